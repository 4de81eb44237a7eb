/**
 * Reduces an HTML fragment (feed descriptions, Atom content) to plain text: tags dropped, entities decoded,
 * block elements turned into line breaks, script/style contents removed. The result is the text the record
 * holds, so every offset the pipeline produces points into it.
 */
import { Parser } from 'htmlparser2';

/** Blocks that separate paragraphs: a blank line, so the segmenter sees a paragraph break. */
const paragraphElements = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol', 'dl', 'figure', 'hr']);
/** Blocks that only start a new line. */
const lineElements = new Set(['br', 'div', 'li', 'dt', 'dd', 'tr', 'section', 'article', 'header', 'footer', 'aside', 'figcaption', 'address', 'main', 'nav']);
const droppedElements = new Set(['script', 'style', 'noscript', 'template']);

export function htmlToText(html: string): string {
  const pieces: string[] = [];
  let droppedDepth = 0;
  // Breaks are requested, not written: `</li><li>` is one line break, not two. `<br>` adds up (two make a blank line).
  let pendingBreaks = 0;
  const requestBreak = (name: string): void => {
    if (name === 'br') pendingBreaks = Math.min(2, pendingBreaks + 1);
    else if (paragraphElements.has(name)) pendingBreaks = 2;
    else if (lineElements.has(name)) pendingBreaks = Math.max(pendingBreaks, 1);
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (droppedElements.has(name)) droppedDepth += 1;
        requestBreak(name);
      },
      onclosetag(name) {
        if (droppedElements.has(name)) droppedDepth = Math.max(0, droppedDepth - 1);
        if (name !== 'br' && name !== 'hr') requestBreak(name);
      },
      ontext(text) {
        if (droppedDepth > 0) return;
        // Source line breaks inside a paragraph are layout, not structure; non-breaking spaces are kept.
        const flowed = text.replace(/[ \t\r\n\f]+/g, ' ');
        if (pendingBreaks > 0) {
          if (flowed.trim() === '') return;
          if (pieces.length > 0) pieces.push('\n'.repeat(pendingBreaks));
          pendingBreaks = 0;
        }
        pieces.push(flowed);
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return normalizeLines(pieces.join(''));
}

/** Trims each line, keeps at most one blank line between paragraphs, trims the whole. */
export function normalizeLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
