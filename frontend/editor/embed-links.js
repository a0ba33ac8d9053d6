// Which addresses the site shows as an embedded post or video. The site's renderer decides that in
// Infrastructure/Text/Embeds/EmbedLinks.cs; this mirrors its rules (exact hosts, ids by pattern) so the editor shows a
// card exactly where the published page will.
const providers = [
    {
        name: "Telegram",
        hosts: ["t.me", "telegram.me"],
        matches: (url) => /^\/[A-Za-z][A-Za-z0-9_]{4,31}\/[1-9][0-9]{0,11}\/?$/.test(url.pathname),
    },
    {
        name: "YouTube",
        hosts: ["youtu.be"],
        matches: (url) => /^\/[A-Za-z0-9_-]{11}\/?$/.test(url.pathname),
    },
    {
        name: "YouTube",
        hosts: ["youtube.com", "www.youtube.com", "m.youtube.com"],
        matches: (url) => {
            if (url.pathname === "/watch" || url.pathname === "/watch/") {
                const ids = url.search.replace(/^\?/, "").split("&").filter((p) => p.startsWith("v="));
                return ids.length === 1 && /^v=[A-Za-z0-9_-]{11}$/.test(ids[0]);
            }
            return /^\/(?:shorts|live|embed)\/[A-Za-z0-9_-]{11}\/?$/.test(url.pathname);
        },
    },
    {
        name: "VK Video",
        hosts: ["vk.com", "www.vk.com", "m.vk.com", "vkvideo.ru", "www.vkvideo.ru", "m.vkvideo.ru"],
        matches: (url) => /^\/video-?[1-9][0-9]{0,11}_[1-9][0-9]{0,11}\/?$/.test(url.pathname),
    },
    {
        name: "X",
        hosts: ["x.com", "www.x.com", "mobile.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com"],
        matches: (url) => /^\/[A-Za-z0-9_]{1,15}\/status\/[1-9][0-9]{0,19}\/?$/.test(url.pathname),
    },
    {
        name: "Rutube",
        hosts: ["rutube.ru", "www.rutube.ru"],
        matches: (url) => /^\/video\/[0-9A-Fa-f]{32}\/?$/.test(url.pathname),
    },
];

/** The provider's name when the address is a supported post or video, otherwise null. */
export function embedProvider(address) {
    if (typeof address !== "string" || address.trim() !== address || !/^https?:\/\/[^\s]+$/i.test(address)) {
        return null;
    }
    let url;
    try {
        url = new URL(address);
    } catch {
        return null;
    }
    if (url.username || url.password || url.port) {
        return null;
    }
    const provider = providers.find((p) => p.hosts.includes(url.hostname) && p.matches(url));
    return provider ? provider.name : null;
}
