/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with fast-xml-parser after a validation pass that locates the
 * first problem (line and column) of a broken file. Each item becomes one article whose text is
 * `title + "\n\n" + plain-text body`, so the title is the first line and offsets point into what the record holds.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fileStem } from './file-stem.ts';
import { readInputText } from './open-input.ts';
import { encodingNote, withNote } from './decode-text.ts';
import { htmlToText, normalizeLines } from './html-to-text.ts';
import type { SourceItem } from './source-item.ts';
import { unwrapRawXmlContent } from './xml-entities.ts';

type XmlNode = Record<string, unknown>;

/** Body elements are kept raw (stop nodes) so CDATA and escaped HTML can be told apart. */
const bodyElements = ['description', 'content:encoded', 'content', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  stopNodes: bodyElements.map((name) => `*.${name}`),
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node.trim() || undefined;
  if (Array.isArray(node)) return textOf(node[0]);
  if (node && typeof node === 'object') return textOf((node as XmlNode)['#text']);
  return undefined;
}

function attributeOf(node: unknown, name: string): string | undefined {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    const value = (node as XmlNode)[`@_${name}`];
    return typeof value === 'string' ? value : undefined;
  }
  return undefined;
}

/** Plain text of a raw body element; Atom `type="text"` content is not HTML. */
export function bodyText(node: unknown): string {
  const raw = typeof node === 'string' ? node : textOf(node);
  if (!raw) return '';
  const unwrapped = unwrapRawXmlContent(raw);
  return attributeOf(node, 'type') === 'text' ? normalizeLines(unwrapped) : htmlToText(unwrapped);
}

/** Atom links: the `alternate` one (or the first without rel); RSS links: the element text. */
function linkOf(item: XmlNode): string | undefined {
  const links = (item.link as unknown[] | undefined) ?? [];
  for (const link of links) {
    const href = attributeOf(link, 'href');
    const rel = attributeOf(link, 'rel');
    if (href && (rel === undefined || rel === 'alternate')) return href;
  }
  for (const link of links) {
    const text = typeof link === 'string' ? link.trim() : attributeOf(link, 'href') ?? textOf(link);
    if (text) return text;
  }
  return undefined;
}

/** RFC 822 dates (RSS) become ISO 8601 so later stages can resolve relative dates; unparsable ones are kept. */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

export function articleItemFromFeedEntry(item: XmlNode, index: number, input: string): SourceItem {
  const fallbackId = `${fileStem(input)}#${index + 1}`;
  const url = linkOf(item);
  const id = textOf(item.guid) ?? textOf(item.id) ?? url ?? fallbackId;
  const title = textOf(item.title) ? normalizeLines(textOf(item.title)!.replace(/\s+/g, ' ')) : undefined;
  // The first non-empty of content:encoded / description / content / summary, in that order of preference.
  const body = ['content:encoded', 'content', 'description', 'summary'].map((name) => bodyText(item[name])).find((text) => text !== '') ?? '';
  const text = [title, body].filter(Boolean).join('\n\n');
  if (text === '') return { kind: 'problem', id, code: 'empty-text', message: `feed item ${index + 1} has neither title nor content`, input };
  const publishedAt = toIsoDate(textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item.published) ?? textOf(item.updated));
  return {
    kind: 'article',
    article: { id, text, ...(title ? { title } : {}), ...(url ? { url } : {}), ...(publishedAt ? { publishedAt } : {}) },
    input,
  };
}

/** Parses a whole feed document; yields one problem item naming file, line and column when it is broken. */
export function* feedItems(xml: string, input: string): Generator<SourceItem> {
  const problem = (message: string, line?: number): SourceItem => ({
    kind: 'problem', id: fileStem(input), code: 'invalid-feed', message, input, ...(line ? { line } : {}),
  });
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    yield problem(`${input}:${line}:${col}: ${msg}`, line);
    return;
  }
  const document = parser.parse(xml) as XmlNode;
  const rss = document.rss as XmlNode | undefined;
  // An empty element parses as an empty string, so presence is tested with `in`, not truthiness.
  const hasChannel = !!rss && typeof rss === 'object' && 'channel' in rss;
  const channel = hasChannel && typeof rss.channel === 'object' ? (rss.channel as XmlNode) : undefined;
  const rdf = typeof document['rdf:RDF'] === 'object' ? (document['rdf:RDF'] as XmlNode) : undefined;
  const atom = typeof document.feed === 'object' ? (document.feed as XmlNode) : undefined;
  const entries = (channel?.item ?? rdf?.item ?? (atom && typeof atom === 'object' ? atom.entry : undefined)) as XmlNode[] | undefined;
  if (!hasChannel && document['rdf:RDF'] === undefined && document.feed === undefined) {
    yield problem(`${input}: not an RSS or Atom feed (root element is <${Object.keys(document).find((key) => !key.startsWith('?')) ?? 'none'}>)`);
    return;
  }
  for (const [index, entry] of (entries ?? []).entries()) yield articleItemFromFeedEntry(entry, index, input);
}

export async function* readFeed(input: string, gzip = false): AsyncGenerator<SourceItem> {
  const decoded = await readInputText(input, gzip, 'xml');
  const note = encodingNote(decoded);
  for (const item of feedItems(decoded.text, input)) yield withNote(item, note);
}
