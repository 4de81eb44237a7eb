/**
 * An `.html` file is one article page, as a crawler saved it. The record needs the article, not the page: menus,
 * footers, share buttons and related-article teasers would give names and events that are not the article's.
 *
 * - Text: the `articleBody` of the page's schema.org JSON-LD when it has a long one (news sites publish it for
 *   search engines, and it is the article alone); else the page's `<article>` (the one with the most text), an
 *   element marked `itemprop="articleBody"`, `<main>` or `<body>`, in that order, without navigation, header and
 *   footer, asides, forms, figures, scripts and elements whose role or class says they are page furniture. The text is
 *   the headline, a blank line, and the body, as for feeds; offsets point into that text.
 * - Title: the JSON-LD headline, `og:title`, the first `<h1>`, or `<title>`.
 * - Date: the JSON-LD `datePublished`, `article:published_time`, a `date` meta tag, or the first `<time datetime>`.
 * - URL: `<link rel="canonical">` or `og:url`. The id is the file stem, as for text files.
 * - Encoding: a `<meta charset>` (or its http-equiv form) decides; else decode-text.ts.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { decodeInputBytes, encodingNote } from './decode-text.ts';
import { fileStem } from './file-stem.ts';
import { htmlToText } from './html-to-text.ts';
import { readInputBytes } from './open-input.ts';
import type { SourceItem } from './source-item.ts';

// The DOM types, as htmlparser2's own functions give them (its DOM package is not a dependency of ours).
type AnyNode = ReturnType<typeof parseDocument>['children'][number];
type Element = NonNullable<ReturnType<typeof DomUtils.findOne>>;

/** Elements that are page furniture wherever they stand. */
const furnitureElements = new Set(['nav', 'header', 'footer', 'aside', 'form', 'figure', 'script', 'style', 'noscript', 'template', 'iframe', 'button', 'svg']);
/** ARIA roles of page furniture. */
const furnitureRoles = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
/** Class or id words of page furniture: comments, sharing, teasers, ads, consent banners. */
const furnitureNames = /(^|[\s_-])(comments?|share|sharing|social|related|teaser|newsletter|advert|ads?|banner|cookie|consent|paywall|breadcrumbs?|subscribe|promo)($|[\s_-])/i;
/** An `articleBody` shorter than this is a summary, not the article. */
const minimumArticleBody = 200;

interface PageFacts {
  headline?: string;
  articleBody?: string;
  datePublished?: string;
  url?: string;
}

export async function* readHtmlFile(path: string, gzip = false): AsyncGenerator<SourceItem> {
  const bytes = await readInputBytes(path, gzip);
  const decoded = decodeInputBytes(bytes, declaredHtmlCharset(bytes));
  const id = fileStem(path);
  const article = articleFromHtml(decoded.text);
  if (!article) {
    yield { kind: 'problem', id, code: 'empty-text', message: `${path}: the page holds no article text`, input: path };
    return;
  }
  const note = encodingNote(decoded);
  yield { kind: 'article', article: { id, ...article }, input: path, ...(note ? { notes: [note] } : {}) };
}

/** The charset a page declares in its first 2 KB: `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head)?.[1];
}

/** The article of a page: text (headline, blank line, body), title, date and URL; undefined when it has no text. */
export function articleFromHtml(html: string): { text: string; title?: string; publishedAt?: string; url?: string } | undefined {
  const document = parseDocument(html, { lowerCaseTags: true, lowerCaseAttributeNames: true });
  const facts = linkedDataFacts(document.children);
  const meta = (name: string) => metaContent(document.children, name);
  const firstHeading = DomUtils.findOne((element) => element.name === 'h1', document.children);
  const pageTitle = DomUtils.findOne((element) => element.name === 'title', document.children);
  const title = clean(facts.headline ?? meta('og:title') ?? (firstHeading ? DomUtils.textContent(firstHeading) : undefined) ?? (pageTitle ? DomUtils.textContent(pageTitle) : undefined));
  const time = DomUtils.findOne((element) => element.name === 'time' && element.attribs.datetime !== undefined, document.children);
  const publishedAt = clean(facts.datePublished ?? meta('article:published_time') ?? meta('date') ?? meta('dc.date') ?? meta('pubdate') ?? time?.attribs.datetime);
  const canonical = DomUtils.findOne((element) => element.name === 'link' && /(^|\s)canonical(\s|$)/i.test(element.attribs.rel ?? ''), document.children);
  const url = clean(canonical?.attribs.href ?? meta('og:url') ?? facts.url);

  const body = facts.articleBody && facts.articleBody.trim().length >= minimumArticleBody ? bodyFromPlainText(facts.articleBody) : bodyFromDom(document.children);
  const withoutHeadline = title && body.startsWith(title) ? body.slice(title.length).trimStart() : body;
  const text = [title, withoutHeadline].filter((part) => part && part.trim() !== '').join('\n\n');
  if (text.trim() === '') return undefined;
  return { text, ...(title ? { title } : {}), ...(publishedAt ? { publishedAt } : {}), ...(url ? { url } : {}) };
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}

function metaContent(nodes: AnyNode[], name: string): string | undefined {
  const element = DomUtils.findOne((candidate) => candidate.name === 'meta' && (candidate.attribs.property ?? candidate.attribs.name ?? '').toLowerCase() === name, nodes);
  return element?.attribs.content;
}

/** Headline, body, date and URL from the page's JSON-LD: a NewsArticle, Article or ReportageNewsArticle object, also inside a `@graph`. */
function linkedDataFacts(nodes: AnyNode[]): PageFacts {
  for (const script of DomUtils.findAll((element) => element.name === 'script' && (element.attribs.type ?? '').toLowerCase() === 'application/ld+json', nodes)) {
    let value: unknown;
    try {
      value = JSON.parse(DomUtils.textContent(script));
    } catch {
      continue;
    }
    const article = findArticleObject(value);
    if (article) {
      const text = (key: string) => (typeof article[key] === 'string' ? (article[key] as string) : undefined);
      return { headline: text('headline'), articleBody: text('articleBody'), datePublished: text('datePublished'), url: text('url') };
    }
  }
  return {};
}

function findArticleObject(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) {
    for (const element of value) {
      const found = findArticleObject(element);
      if (found) return found;
    }
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const object = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((type) => typeof type === 'string' && /Article$/.test(type))) return object;
  return findArticleObject(object['@graph']);
}

/** A JSON-LD body: paragraphs as the site separates them (blank lines), single line breaks kept. */
function bodyFromPlainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isFurniture(element: Element): boolean {
  if (furnitureElements.has(element.name)) return true;
  if (furnitureRoles.has((element.attribs.role ?? '').toLowerCase())) return true;
  return furnitureNames.test(`${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`);
}

/** The article's container, its furniture removed, as text. */
function bodyFromDom(nodes: AnyNode[]): string {
  const textLength = (element: Element) => DomUtils.textContent(element).replace(/\s+/g, '').length;
  const articles = DomUtils.findAll((element) => element.name === 'article', nodes);
  const container =
    articles.sort((a, b) => textLength(b) - textLength(a))[0] ??
    DomUtils.findOne((element) => element.attribs.itemprop === 'articleBody', nodes) ??
    DomUtils.findOne((element) => element.name === 'main', nodes) ??
    DomUtils.findOne((element) => element.name === 'body', nodes);
  if (!container) return htmlToText(DomUtils.getOuterHTML(nodes));
  // The headline is the text's first line already; inside the container it would come twice.
  for (const furniture of DomUtils.findAll((element) => isFurniture(element) || element.name === 'h1', container.children)) DomUtils.removeElement(furniture);
  return htmlToText(DomUtils.getInnerHTML(container));
}
