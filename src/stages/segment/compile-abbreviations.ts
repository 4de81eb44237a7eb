/**
 * Compiles the abbreviation list of a rule pack once into lookup tables. Entries are cut into pieces by the same
 * scanner as the text, so an entry matches whole pieces only: "St." can never match the end of "Angst.", and
 * "z. B." matches "z. B." and "z.B." alike because the whitespace between pieces is not part of the entry.
 */
import type { AbbreviationsFile } from '../../rules/schema.ts';
import { scanPieces } from './scan-pieces.ts';
import { capitaliseFirstLetter, startsLowercase } from './character-tests.ts';

export interface CompiledAbbreviations {
  /** Piece texts of every abbreviation, grouped by their first piece, longest first ("u. a. m." before "u. a."). */
  readonly byFirstPiece: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** True when every entry's second piece is its period ("Dr" "."), so a word without a period after it is skipped cheaply. */
  readonly periodFollowsEveryFirstPiece: boolean;
  /** Ordinal contexts in lower case, for the word before a number ("am", "Am" → "am"). */
  readonly ordinalContextsBefore: ReadonlySet<string>;
  /** Ordinal contexts as written, without a final period, for the word after a number ("März", "Dez"). */
  readonly ordinalContextsAfter: ReadonlySet<string>;
}

export class InvalidAbbreviationError extends Error {
  readonly code = 'segment/invalid-abbreviation';
  constructor(readonly entry: string, reason: string) {
    super(`abbreviation ${JSON.stringify(entry)} ${reason}; write it as it appears in text, with its periods, e.g. "Dr." or "z. B."`);
    this.name = 'InvalidAbbreviationError';
  }
}

/** The texts of the pieces an abbreviation is made of: "Dipl.-Ing." → ["Dipl", ".", "-", "Ing", "."]. */
export function abbreviationPieces(entry: string): string[] {
  const pieces = scanPieces(entry);
  if (pieces.length < 2) throw new InvalidAbbreviationError(entry, 'is not a word followed by a period');
  const firstKind = pieces.kind(0);
  if (firstKind !== 'word' && firstKind !== 'number') throw new InvalidAbbreviationError(entry, 'does not start with a word');
  if (entry.slice(pieces.start(pieces.length - 1)) !== '.') throw new InvalidAbbreviationError(entry, 'does not end in a period');
  return Array.from({ length: pieces.length }, (_, index) => entry.slice(pieces.start(index), pieces.end(index)));
}

/** An entry written in lower case is also found capitalised at a sentence start ("ca." → "Ca."). */
function spellingsOf(entry: string): string[] {
  return startsLowercase(entry) ? [entry, capitaliseFirstLetter(entry)] : [entry];
}

function withoutFinalPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

export function compileAbbreviations(file: AbbreviationsFile): CompiledAbbreviations {
  const byFirstPiece = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const entry of file.abbreviations) {
    for (const spelling of spellingsOf(entry.trim())) {
      const pieces = abbreviationPieces(spelling);
      const key = pieces.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const group = byFirstPiece.get(pieces[0]) ?? [];
      group.push(pieces);
      byFirstPiece.set(pieces[0], group);
    }
  }
  for (const group of byFirstPiece.values()) group.sort((left, right) => right.length - left.length);
  const contexts = file.ordinalContexts ?? [];
  const periodFollowsEveryFirstPiece = [...byFirstPiece.values()].every((group) => group.every((pieces) => pieces[1] === '.'));
  return Object.freeze({
    byFirstPiece,
    periodFollowsEveryFirstPiece,
    ordinalContextsBefore: new Set(contexts.map((word) => withoutFinalPeriod(word).toLowerCase())),
    ordinalContextsAfter: new Set(contexts.map(withoutFinalPeriod)),
  });
}
