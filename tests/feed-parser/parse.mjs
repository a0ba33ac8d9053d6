// Reads one feed file with @extractus/feed-extractor and prints what it understood as JSON, so the .NET tests can
// compare it with what Vestnik meant to publish. Usage: node parse.mjs rss|atom|json FILE
import { readFileSync } from 'node:fs';
import { extractFromXml, extractFromJson } from '@extractus/feed-extractor';

const [format, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const full = (entry) => {
  if (format === 'rss') return { content: entry['content:encoded'] ?? '', image: entry.enclosure?.['@_url'] ?? null };
  if (format === 'atom') return { content: typeof entry.content === 'object' ? entry.content['#text'] : entry.content ?? '' };
  return { content: entry.content_html ?? '', image: entry.image ?? null };
};
const options = { descriptionMaxLen: 0, getExtraEntryFields: full, normalization: true };
const feed = format === 'json' ? extractFromJson(JSON.parse(text), options) : extractFromXml(text, options);
process.stdout.write(JSON.stringify(feed));
