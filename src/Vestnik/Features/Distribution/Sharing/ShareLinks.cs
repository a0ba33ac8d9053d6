using Microsoft.Extensions.Options;
using Vestnik.Features.Site;

namespace Vestnik.Features.Distribution.Sharing;

/// <summary>One button of the share bar: the first-party counting link and the network's own share URL behind it.</summary>
public sealed record ShareLink(string Network, string Name, string Url, string NetworkUrl);

/// <summary>Builds share links for an article: the canonical URL (with optional UTM tags) and the headline.</summary>
public sealed class ShareLinks(PublicUrl publicUrl, IOptions<DistributionOptions> options)
{
    /// <summary>The buttons of the share bar; each goes through <c>/share/{network}/{id}</c>, which counts the click.</summary>
    public IReadOnlyList<ShareLink> For(HttpRequest request, int articleId, string articlePath, string title) =>
        ShareNetworks.All
            .Select(n => new ShareLink(n.Key, n.Name, ClickPath(n.Key, articleId), NetworkUrl(request, n, articlePath, title)))
            .ToList();

    /// <summary>The network's own share URL for an article; the click endpoint redirects only here.</summary>
    public string NetworkUrl(HttpRequest request, ShareNetwork network, string articlePath, string title) =>
        network.ShareUrl(SharedUrl(request, articlePath, network.Key), title);

    public static string ClickPath(string network, int articleId) => $"/share/{network}/{articleId}";

    /// <summary>The canonical URL, with <c>utm_*</c> parameters when configured; "{network}" in a value names the network.</summary>
    private string SharedUrl(HttpRequest request, string articlePath, string? network)
    {
        var canonical = publicUrl.Absolute(request, articlePath);
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.UtmSource) || network is null)
        {
            return canonical;
        }
        var tags = new List<string> { "utm_source=" + Uri.EscapeDataString(o.UtmSource.Replace("{network}", network, StringComparison.Ordinal)) };
        if (!string.IsNullOrWhiteSpace(o.UtmMedium))
        {
            tags.Add("utm_medium=" + Uri.EscapeDataString(o.UtmMedium.Replace("{network}", network, StringComparison.Ordinal)));
        }
        if (!string.IsNullOrWhiteSpace(o.UtmCampaign))
        {
            tags.Add("utm_campaign=" + Uri.EscapeDataString(o.UtmCampaign.Replace("{network}", network, StringComparison.Ordinal)));
        }
        return canonical + "?" + string.Join('&', tags);
    }
}
