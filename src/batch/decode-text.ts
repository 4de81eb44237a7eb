/**
 * Input bytes to text. Most inputs are UTF-8, but German archives and older CMS exports often come in Windows-1252
 * (or ISO-8859-1, which WHATWG decoders read as Windows-1252), and a feed may declare its encoding in its XML
 * declaration. Read as UTF-8, such bytes turn every umlaut into U+FFFD, silently: names no longer match and the text
 * the record holds is not the article's. So a byte-order mark or a declared encoding is honoured, UTF-8 is checked
 * strictly, and bytes that are no valid UTF-8 are read as Windows-1252, with a note the record carries.
 */
import { TextDecoder } from 'node:util';
import type { InputNote, SourceItem } from './source-item.ts';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding the bytes were read in: "utf-8", "utf-16le", "windows-1252" … */
  encoding: string;
  /** What decided it: a byte-order mark, the input's own declaration, or the bytes themselves. */
  basis: 'byte-order mark' | 'declaration' | 'content';
  /** The label the input declared ("ISO-8859-1"), when its declaration decided. */
  declared?: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** What bytes that are no UTF-8 are taken for: a superset of ISO-8859-1 that also has "€", "„" and "“". */
export const fallbackEncoding = 'windows-1252';

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), from the first bytes. */
export function declaredXmlEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)?.[1];
}

/**
 * Decodes a whole input: a byte-order mark decides first (UTF-8, UTF-16), then an encoding the input declares (when
 * the platform knows it), then strict UTF-8, and bytes that are no valid UTF-8 are read as Windows-1252.
 */
export function decodeInputBytes(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8OrFallback(bytes.subarray(3));
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', basis: 'byte-order mark' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', basis: 'byte-order mark' };
  const declaredDecoder = declared ? knownDecoder(declared) : undefined;
  // A declaration of UTF-8 (or of an encoding this platform cannot read) is checked like undeclared bytes.
  if (declaredDecoder && declaredDecoder.encoding !== 'utf-8') {
    // A page saved as UTF-8 that still declares the single-byte encoding it was served in ("charset=iso-8859-1"): its
    // bytes are valid UTF-8 with characters of several bytes, which text in a single-byte encoding all but never is
    // ("Ã¤" for "ä" would be every umlaut read so). The bytes win, and the note says what was declared.
    if (singleByteEncodings.has(declaredDecoder.encoding) && hasMultiByteUtf8(bytes)) {
      try {
        return { text: strictUtf8.decode(bytes), encoding: 'utf-8', basis: 'content', declared };
      } catch {
        // not UTF-8 after all: the declaration holds
      }
    }
    return { text: declaredDecoder.decode(bytes), encoding: declaredDecoder.encoding, basis: 'declaration', declared };
  }
  return decodeUtf8OrFallback(bytes);
}

/** Single-byte encodings a declaration may name wrongly for UTF-8 bytes (WHATWG names). */
const singleByteEncodings: ReadonlySet<string> = new Set([fallbackEncoding, 'iso-8859-2', 'iso-8859-15', 'windows-1250']);

/** Whether the bytes hold a UTF-8 lead byte followed by a continuation byte: a character of several bytes. */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let index = 0; index + 1 < bytes.length; index++) {
    if (bytes[index] >= 0xc2 && bytes[index] <= 0xf4 && (bytes[index + 1] & 0xc0) === 0x80) return true;
  }
  return false;
}

function decodeUtf8OrFallback(bytes: Uint8Array): DecodedText {
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', basis: 'content' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: fallbackEncoding, basis: 'content' };
  }
}

/**
 * What Windows-1252 puts at 0x80-0x9F, where ISO-8859-1 has control characters (the five bytes it leaves undefined
 * keep their code point, as in the WHATWG decoder). Node 20's TextDecoder reads "windows-1252" as ISO-8859-1, so
 * "€", "„" and "“" would come out as control characters; this table is the standard mapping.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 bytes as text: one character per byte. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (character) => String.fromCharCode(windows1252High[character.charCodeAt(0) - 0x80]));
}

/** A decoder for the label, with Windows-1252 (and the labels WHATWG reads as it, "ISO-8859-1") done by our table. */
function knownDecoder(label: string): { encoding: string; decode(bytes: Uint8Array): string } | undefined {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
  return decoder.encoding === fallbackEncoding ? { encoding: fallbackEncoding, decode: decodeWindows1252 } : { encoding: decoder.encoding, decode: (bytes) => decoder.decode(bytes) };
}

/** Whether the bytes, the start of a stream, are valid UTF-8 apart from a character cut off at their end. */
export function startsAsUtf8(bytes: Uint8Array): boolean {
  // A UTF-8 character is at most 4 bytes long: dropping up to 3 bytes at the end leaves whole characters.
  for (let cut = 0; cut <= Math.min(3, bytes.length); cut++) {
    try {
      strictUtf8.decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return false;
}

/** The note a record gets when its input was not read as UTF-8; none for UTF-8. */
export function encodingNote(decoded: Pick<DecodedText, 'encoding' | 'basis' | 'declared'>): InputNote | undefined {
  if (decoded.encoding === 'utf-8' && decoded.declared) return { code: 'input-encoding', message: `read as utf-8: the input declares ${decoded.declared}, but its bytes are UTF-8` };
  if (decoded.encoding === 'utf-8') return undefined;
  const why = decoded.basis === 'declaration' ? `the input declares ${decoded.declared}` : decoded.basis === 'byte-order mark' ? 'by its byte-order mark' : 'the input is not valid UTF-8';
  return { code: 'input-encoding', message: `read as ${decoded.encoding}: ${why}` };
}

/** The item with the note added, when there is one and the item is an article (a problem item has no record to carry it). */
export function withNote(item: SourceItem, note: InputNote | undefined): SourceItem {
  return note && item.kind === 'article' ? { ...item, notes: [...(item.notes ?? []), note] } : item;
}
