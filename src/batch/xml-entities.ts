/**
 * Decodes the five predefined XML entities and numeric character references. Used on raw feed content taken
 * outside CDATA sections, where the XML layer's escaping has to be undone before the HTML layer is read.
 */
const predefined: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith('#')) {
      const codePoint = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return predefined[name];
  });
}

/**
 * Raw element content as a stop node yields it: CDATA sections are taken verbatim, everything else is
 * entity-decoded. Escaped HTML (`&lt;p&gt;`) and CDATA-wrapped HTML both come out as HTML.
 */
export function unwrapRawXmlContent(raw: string): string {
  const parts: string[] = [];
  let position = 0;
  while (position < raw.length) {
    const cdataStart = raw.indexOf('<![CDATA[', position);
    if (cdataStart === -1) {
      parts.push(decodeXmlEntities(raw.slice(position)));
      break;
    }
    parts.push(decodeXmlEntities(raw.slice(position, cdataStart)));
    const cdataEnd = raw.indexOf(']]>', cdataStart + 9);
    const end = cdataEnd === -1 ? raw.length : cdataEnd;
    parts.push(raw.slice(cdataStart + 9, end));
    position = end + 3;
  }
  return parts.join('');
}
