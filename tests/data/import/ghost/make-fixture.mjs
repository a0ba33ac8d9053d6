// Builds the Vestnik test site in a running Ghost through its Admin API, then saves Ghost's own export of it.
// Usage: node make-fixture.mjs http://127.0.0.1:2368 <ghost content folder> <output folder> <mail log>
// Needs Node 22 (fetch, FormData, Blob), a fresh Ghost whose owner is not set up yet, and a mail sink on Ghost's SMTP
// port that writes the messages to <mail log> (the second author's invitation link is read from there).
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, join } from 'node:path';

const [ghost, contentFolder, output, mailLog] = process.argv.slice(2);
const admin = `${ghost}/ghost/api/admin`;
const origin = new URL(ghost).origin;
let cookie = '';

async function call(method, path, body, headers = {}) {
    const response = await fetch(`${admin}${path}`, {
        method,
        headers: { Origin: origin, Cookie: cookie, 'Accept-Version': 'v6.0', ...(body && !(body instanceof FormData) ? { 'Content-Type': 'application/json' } : {}), ...headers },
        body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0];
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    // Some answers are words ("Created" for a new session), not JSON.
    return text.startsWith('{') ? JSON.parse(text) : {};
}

// A small PNG of two colours in stripes, so each image is a distinct file.
function png(width, height, [r1, g1, b1], [r2, g2, b2]) {
    const rows = [];
    for (let y = 0; y < height; y++) {
        const row = Buffer.alloc(1 + width * 3);
        for (let x = 0; x < width; x++) {
            const [r, g, b] = Math.floor((x + y) / 16) % 2 ? [r1, g1, b1] : [r2, g2, b2];
            row.set([r, g, b], 1 + x * 3);
        }
        rows.push(row);
    }
    const chunk = (type, data) => {
        const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
        const typeAndData = Buffer.concat([Buffer.from(type), data]);
        const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(typeAndData));
        return Buffer.concat([length, typeAndData, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header.set([8, 2, 0, 0, 0], 8);
    return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buffer) {
    let crc = ~0;
    for (const byte of buffer) {
        crc ^= byte;
        for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xEDB88320 & -(crc & 1));
    }
    return ~crc >>> 0;
}

// The mail sink (Python's smtpd DebuggingServer) prints each line of a message as b'…'; Ghost sends its parts in
// base64, so each run of such lines is decoded too before the link is looked for.
function mailText(log) {
    let text = log;
    let run = '';
    for (const line of log.split('\n')) {
        const part = line.match(/^b'([A-Za-z0-9+/=]*)'$/);
        if (part) { run += part[1]; continue; }
        if (run) { text += Buffer.from(run, 'base64').toString('utf8'); run = ''; }
    }
    return text;
}

async function upload(name, colours) {
    const form = new FormData();
    form.append('file', new Blob([png(640, 400, ...colours)], { type: 'image/png' }), name);
    form.append('purpose', 'image');
    return (await call('POST', '/images/upload/', form)).images[0].url;
}

const text = (value, format = 0) => ({ type: 'extended-text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 });
const block = (type, children, extra = {}) => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra });
const paragraph = (...children) => block('paragraph', children);
const heading = (tag, value) => block('extended-heading', [text(value)], { tag });
const link = (url, value) => block('link', [text(value)], { url, rel: null, target: null, title: null });
const list = (listType, items) => block('list', items.map((item, i) => block('listitem', Array.isArray(item) ? item : [text(item)], { value: i + 1 })), { listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul' });
const lexical = (...children) => JSON.stringify({ root: block('root', children) });

const setUp = (await call('GET', '/authentication/setup/')).setup[0].status;
if (!setUp) await call('POST', '/authentication/setup/', { setup: [{ name: 'Анна Петрова', email: 'anna.petrova@vestnik.test', password: 'Vestnik-fixture-2026!', blogTitle: 'Вестник (Ghost)' }] });
await call('POST', '/session/', { username: 'anna.petrova@vestnik.test', password: 'Vestnik-fixture-2026!' });
const owner = (await call('GET', '/users/me/')).users[0];

// The second author: invited as an Author and accepting the invitation, as a person would.
const roles = (await call('GET', '/roles/?permissions=assign')).roles;
const authorRole = roles.find(role => role.name === 'Author');
await call('POST', '/invites/', { invites: [{ email: 'ivan.smirnov@vestnik.test', role_id: authorRole.id }] });
let token = null;
for (let attempt = 0; attempt < 60 && !token; attempt++) {
    await sleep(1000);
    // The newest invitation counts: a new one for the same address replaces the one before.
    token = [...mailText(readFileSync(mailLog, 'utf8')).matchAll(/signup\/([A-Za-z0-9_=+\-]+)\//g)].at(-1)?.[1] ?? null;
}
if (!token) throw new Error('no invitation arrived at the mail sink');
const accepted = await fetch(`${admin}/authentication/invitation/`, {
    method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ invitation: [{ token, email: 'ivan.smirnov@vestnik.test', name: 'Иван Смирнов', password: 'Vestnik-fixture-2026!' }] }),
});
if (!accepted.ok) throw new Error(`invitation: ${accepted.status} ${await accepted.text()}`);
const ivan = (await call('GET', `/users/?filter=${encodeURIComponent("email:'ivan.smirnov@vestnik.test'")}`)).users[0];

const elections = await upload('vybory.png', [[200, 40, 40], [240, 240, 240]]);
const port1 = await upload('port-utro.png', [[20, 60, 160], [230, 230, 250]]);
const port2 = await upload('port-kran.png', [[20, 140, 60], [250, 250, 230]]);
const harbour = await upload('harbour.png', [[240, 160, 0], [30, 30, 30]]);
const mobile = await upload('arkhiv.png', [[120, 0, 120], [220, 220, 220]]);

const posts = [];
async function post(fields, query = '') {
    const saved = (await call('POST', `/posts/${query}`, { posts: [fields] })).posts[0];
    posts.push(saved);
    return saved;
}

await post({
    title: 'Выборы в городскую думу: итоги',
    slug: 'vybory-v-gorodskuyu-dumu',
    status: 'published',
    published_at: '2026-11-20T09:30:00.000Z',
    custom_excerpt: 'Явка, новые лица и что изменится в работе думы.',
    feature_image: elections,
    feature_image_alt: 'Избирательный участок',
    feature_image_caption: 'Участок № 12 <b>утром</b>',
    tags: [{ name: 'Политика' }, { name: 'Город' }, { name: '#featured-rus' }],
    authors: [{ id: owner.id }],
    lexical: lexical(
        paragraph(text('Городская дума обновилась почти '), text('наполовину', 1), text(': из 35 депутатов '), text('17', 2), text(' — новые.')),
        heading('h2', 'Явка'),
        paragraph(text('Явка составила 41 %, это на 6 пунктов выше, чем в 2021 году. Подробности — в '), link('https://example.org/izbirkom', 'отчёте избиркома'), text('.')),
        list('bullet', ['Центральный округ — 44 %', 'Портовый округ — 39 %', 'Северный округ — 40 %']),
        heading('h3', 'Что дальше'),
        list('number', ['Первое заседание — 1 декабря', 'Выбор председателя', 'Бюджет на 2027 год']),
        block('extended-quote', [text('«Мы ждали перемен и получили их», — сказала председатель избиркома.')]),
        { type: 'image', version: 1, src: elections, width: 640, height: 400, alt: 'Избирательный участок', caption: 'Участок № 12', title: '', href: '', cardWidth: 'regular' },
    ),
});

await post({
    title: 'Порт увеличил грузооборот',
    slug: 'port-uvelichil-gruzooborot',
    status: 'published',
    published_at: '2026-11-22T07:00:00.000Z',
    feature_image: port1,
    tags: [{ name: 'Экономика' }, { name: 'Порт' }],
    authors: [{ id: ivan.id }, { id: owner.id }],
    lexical: lexical(
        paragraph(text('За десять месяцев порт перевалил 12,4 млн тонн грузов.')),
        { type: 'gallery', version: 1, images: [
            { row: 0, src: port1, width: 640, height: 400, fileName: 'port-utro.png', alt: 'Причал утром', caption: 'Причал утром' },
            { row: 0, src: port2, width: 640, height: 400, fileName: 'port-kran.png', alt: 'Новый кран', caption: '' },
        ], caption: 'Порт в ноябре' },
        { type: 'embed', version: 1, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', embedType: 'video', html: '<iframe width="200" height="113" src="https://www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0" allowfullscreen></iframe>', metadata: { title: 'Видео о порте', provider_name: 'YouTube' }, caption: 'Видео: пресс-служба порта' },
        { type: 'bookmark', version: 1, url: 'https://example.org/port-otchet', metadata: { url: 'https://example.org/port-otchet', title: 'Годовой отчёт порта', description: 'Грузооборот, инвестиции и планы.', icon: '', thumbnail: '', publisher: 'Порт', author: '' }, caption: '' },
        paragraph(text('Руководство порта ожидает рекорда к концу года.')),
    ),
});

await post({
    title: 'Harbour traffic hits a record',
    slug: 'harbour-traffic-hits-a-record',
    status: 'published',
    published_at: '2026-11-23T12:15:00.000Z',
    feature_image: harbour,
    tags: [{ name: 'Economy' }],
    authors: [{ id: owner.id }],
    lexical: lexical(
        paragraph(text('The harbour handled more containers in October than in any month before.')),
        { type: 'html', version: 1, html: '<p>Figures from the <strong>port authority</strong>.</p><script>alert("not here")</script>' },
        { type: 'codeblock', version: 1, code: 'SELECT month, teu FROM traffic ORDER BY month;', language: 'sql', caption: '' },
        { type: 'horizontalrule', version: 1 },
        { type: 'callout', version: 1, calloutText: '<p>Record month: <b>October</b></p>', calloutEmoji: '📈', backgroundColor: 'grey' },
        { type: 'markdown', version: 1, markdown: '**Next:** the winter season, with *fewer* ships.' },
    ),
});

await post({
    title: 'Черновик: интервью с директором театра',
    slug: 'intervyu-s-direktorom-teatra',
    status: 'draft',
    tags: [{ name: 'Культура' }],
    authors: [{ id: ivan.id }],
    lexical: lexical(paragraph(text('Вопросы к интервью: сезон, гастроли, новая сцена.'))),
});

await post({
    title: 'Election results will be announced on Monday',
    slug: 'election-results-monday',
    status: 'scheduled',
    published_at: '2030-01-07T08:00:00.000Z',
    tags: [{ name: 'Politics' }],
    authors: [{ id: owner.id }],
    lexical: lexical(paragraph(text('The city election commission will publish the final count on Monday morning.'))),
});

// A post written in the older mobiledoc editor, as archives from before Lexical hold them.
await post({
    title: 'Архив: открытие набережной',
    slug: 'arkhiv-otkrytie-naberezhnoy',
    status: 'published',
    published_at: '2026-10-01T10:00:00.000Z',
    tags: [{ name: 'Город' }],
    authors: [{ id: owner.id }],
    mobiledoc: JSON.stringify({
        version: '0.3.1',
        atoms: [['soft-return', '', {}]],
        markups: [['strong'], ['a', ['href', 'https://example.org/naberezhnaya']]],
        cards: [['image', { src: mobile, alt: 'Набережная', caption: 'Новая набережная' }], ['hr', {}]],
        sections: [
            [1, 'h2', [[0, [], 0, 'Набережная открыта']]],
            [1, 'p', [[0, [0], 1, 'Два километра'], [0, [], 0, ' новой набережной открыли в субботу.'], [1, [], 0, 0], [0, [1], 1, 'Карта маршрута']]],
            [10, 0],
            [3, 'ul', [[[0, [], 0, 'велодорожка']], [[0, [], 0, 'сквер']]]],
            [10, 1],
            [1, 'blockquote', [[0, [], 0, 'Это лучший подарок городу.']]],
        ],
    }),
});

await call('POST', '/pages/', { pages: [{
    title: 'О редакции',
    slug: 'o-redaktsii',
    status: 'published',
    authors: [{ id: owner.id }],
    lexical: lexical(paragraph(text('«Вестник» — городская газета. Пишите нам: redaktsiya@vestnik.test.'))),
}] });

const exported = await fetch(`${admin}/db/`, { headers: { Origin: origin, Cookie: cookie, 'Accept-Version': 'v6.0' } });
if (!exported.ok) throw new Error(`export: ${exported.status} ${await exported.text()}`);
mkdirSync(output, { recursive: true });
const json = await exported.text();
writeFileSync(join(output, 'vestnik-fixture.ghost.json'), JSON.stringify(JSON.parse(json), null, 1) + '\n');

// The images the export names, copied out of Ghost's content folder as a site's content/images would be.
for (const url of [elections, port1, port2, harbour, mobile]) {
    const relative = new URL(url).pathname.replace(/^\/content\/images\//, '');
    const target = join(output, 'images', relative);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(contentFolder, 'images', relative), target);
}
console.log(`exported ${posts.length} posts and 1 page`);
