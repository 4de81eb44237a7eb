/**
 * An `.html` file is one article page, as a crawler saved it. The record needs the article, not the page: menus,
 * footers, share buttons and related-article teasers would give names and events that are not the article's.
 *
 * - Text: the `articleBody` of the page's schema.org JSON-LD when it has a long one (news sites publish it for
 *   search engines, and it is the article alone); else the page's `<article>` (the one with the most text), an
 *   element marked `itemprop="articleBody"`, the element whose paragraphs hold the most text outside links, `<main>`
 *   or `<body>`, in that order, without navigation, header and footer, asides, forms, figures, scripts and elements
 *   whose role or class says they are page furniture, and, where the page marks no article, without blocks whose
 *   text is mostly links. The text is the headline, a blank line, and the body, as for feeds; offsets point into that
 *   text.
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
  try {
    return articleFromDom(html);
  } catch (error) {
    // A page nested thousands of elements deep overflows the stack of the DOM walks: its text is read as a stream
    // then, the whole page, furniture included, rather than lost.
    if (!(error instanceof RangeError)) throw error;
    const text = htmlToText(html);
    return text.trim() === '' ? undefined : { text };
  }
}

function articleFromDom(html: string): { text: string; title?: string; publishedAt?: string; url?: string } | undefined {
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
  const names = `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;
  // "newsCaption", "imgcaption": a caption's name is often run together with its box's.
  return furnitureNames.test(names) || /caption/i.test(names);
}

/** Letters of text, spaces not counted. */
function textLength(element: Element): number {
  return DomUtils.textContent(element).replace(/\s+/g, '').length;
}

/** Letters of text inside links. */
function linkTextLength(element: Element): number {
  return DomUtils.findAll((candidate) => candidate.name === 'a', element.children).reduce((sum, link) => sum + textLength(link), 0);
}

/** A paragraph shorter than this (letters outside links) is a caption, a teaser line or a menu entry, no article text. */
const minimumParagraph = 40;
/** Letters of paragraph text a container must gather to be taken for the article. */
const minimumArticleText = 300;

/**
 * On a page without `<article>` or `articleBody`, the element whose paragraphs hold the most text outside links: each
 * `<p>` of some length counts for its parent in full and for its grandparent by half, so the column of the story wins
 * over the page's body with its menus, tickers and teaser lists (the way readability tools score a page), with its
 * siblings that carry the lead. Undefined where no element gathers enough.
 */
function densestContainer(nodes: AnyNode[]): Element[] | undefined {
  const scores = new Map<Element, number>();
  for (const paragraph of DomUtils.findAll((element) => element.name === 'p', nodes)) {
    const own = textLength(paragraph) - linkTextLength(paragraph);
    if (own < minimumParagraph) continue;
    const parent = paragraph.parent as Element | null;
    if (parent?.type !== 'tag') continue;
    scores.set(parent, (scores.get(parent) ?? 0) + own);
    const grandparent = parent.parent as Element | null;
    if (grandparent?.type === 'tag') scores.set(grandparent, (scores.get(grandparent) ?? 0) + own / 2);
  }
  let best: Element | undefined;
  for (const [element, score] of scores) if (score >= minimumArticleText && (!best || score > scores.get(best)!)) best = element;
  if (!best) return undefined;
  // The story's lead often stands beside its column ("<p class=intro>", a teaser block before the body): siblings
  // with a fair part of the best score, or a paragraph of their own with few links, belong to it.
  const bestScore = scores.get(best)!;
  const siblings = (best.parent?.children ?? [best]).filter((node): node is Element => node.type === 'tag');
  const bestIndex = siblings.indexOf(best);
  return siblings.filter((sibling, index) => {
    if (sibling === best) return true;
    if (isFurniture(sibling)) return false;
    const score = scores.get(sibling) ?? 0;
    // Before the column, a block with one paragraph of its own is its lead; after it, teaser boxes are common.
    if (score >= bestScore * siblingShare || (index < bestIndex && score >= leadParagraph)) return true;
    // So is a paragraph, or before the column any block, of some length with few links ("<div class=lead>…</div>").
    const length = textLength(sibling);
    return (sibling.name === 'p' || index < bestIndex) && length >= leadParagraph && linkTextLength(sibling) / length < 0.25;
  });
}

/** What part of the best container's score a sibling needs to be taken with it. */
const siblingShare = 0.2;
/** Letters a paragraph beside the best container needs to be taken with it. */
const leadParagraph = 80;

/** Lists, tables and blocks whose text is mostly links: menus, tag clouds, teaser lists, tickers. */
const linkListElements = new Set(['ul', 'ol', 'table', 'div', 'section', 'dl']);

function isLinkList(element: Element): boolean {
  if (!linkListElements.has(element.name)) return false;
  const length = textLength(element);
  const links = linkTextLength(element);
  // Not a block with a paragraph's worth of text of its own besides its links.
  return length > 0 && links / length > 0.5 && length - links < minimumArticleText;
}

/** The article's container, its furniture removed, as text. */
function bodyFromDom(nodes: AnyNode[]): string {
  const articles = DomUtils.findAll((element) => element.name === 'article', nodes);
  const marked = articles.sort((a, b) => textLength(b) - textLength(a))[0] ?? DomUtils.findOne((element) => element.attribs.itemprop === 'articleBody', nodes);
  const densest = marked ? undefined : densestContainer(nodes);
  const fallback = marked ?? DomUtils.findOne((element) => element.name === 'main', nodes) ?? DomUtils.findOne((element) => element.name === 'body', nodes);
  if (!densest && !fallback) return htmlToText(DomUtils.getOuterHTML(nodes));
  // A chosen element's inner HTML; the densest column and its siblings each with their own tag, for their paragraphs.
  const parts = densest ?? [fallback!];
  for (const part of parts) {
    // The headline is the text's first line already; inside the container it would come twice.
    for (const furniture of DomUtils.findAll((element) => isFurniture(element) || element.name === 'h1', part.children)) DomUtils.removeElement(furniture);
    // Where the page marks no article, blocks of links in what was chosen are the page's, not the story's.
    if (!marked) for (const list of DomUtils.findAll(isLinkList, part.children)) DomUtils.removeElement(list);
  }
  return htmlToText(densest ? densest.map((part) => DomUtils.getOuterHTML(part)).join('\n') : DomUtils.getInnerHTML(fallback!));
}
