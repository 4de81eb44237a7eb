/**
 * What franc's text cleaning and script detection need to know about one UTF-16 code unit: whether it separates
 * words, what it lower-cases to, and which of franc's script expressions match it. Each answer comes from the
 * same JavaScript operations franc relies on (`toLowerCase`, `\s`, the script expressions themselves), asked once
 * per code unit, so that reading an article is array look-ups instead of regular expressions and new strings.
 *
 * The answers are filled in on first sight of a code unit rather than up front: asking all 65,536 units costs
 * about 0.2 s, while an article meets a few dozen distinct units. The table belongs to one identifier, so two
 * pipelines never share it; filling it in never changes an answer, only when it is computed.
 */

/** Not asked yet. */
const unknownUnit = 0;
/** Punctuation, digit, symbol of U+0021–U+0040, or white space: franc's cleaning turns runs of these into one space. */
export const separatorUnit = 1;
/** A unit whose lower case is one unit, whatever surrounds it. */
export const simpleUnit = 2;
/**
 * A unit the per-unit route cannot reproduce: a surrogate (a pair lower-cases and matches scripts as a whole),
 * a unit whose lower case is longer (İ → i̇), or one lower-cased by context (Σ → σ or final ς).
 */
export const contextualUnit = 3;

export type UnitKind = typeof separatorUnit | typeof simpleUnit | typeof contextualUnit;

const unitCount = 0x10000;

/** trigram-utils' cleaning replaces U+0021–U+0040 and collapses `\s`; a unit is a separator if either applies. */
const separatorPattern = /^[\u0021-\u0040\s]$/;

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** Σ lower-cases to ς at the end of a word: a unit whose lower case after a letter differs needs its context. */
function lowerCaseDependsOnContext(character: string, lowered: string): boolean {
  return `a${character}`.toLowerCase() !== `a${lowered}`;
}

export class CodeUnitTable {
  private readonly kinds = new Uint8Array(unitCount);
  private readonly lowered = new Uint16Array(unitCount);
  private readonly scriptSetIds = new Int32Array(unitCount);
  /** Distinct sets of matching scripts (indices into the expressions), shared by the units that have them. */
  private readonly scriptSets: number[][] = [];
  private readonly scriptSetIdsByKey = new Map<string, number>();
  /** Non-global, sticky copies: asked about a one-unit string at position 0, with no `lastIndex` carried over. */
  private readonly stickyExpressions: RegExp[];

  constructor(scriptExpressions: readonly RegExp[]) {
    this.stickyExpressions = scriptExpressions.map((expression) => new RegExp(expression.source, 'y'));
  }

  kindOf(unit: number): UnitKind {
    if (this.kinds[unit] === unknownUnit) this.describe(unit);
    return this.kinds[unit] as UnitKind;
  }

  /** The lower case of a separator or simple unit (call `kindOf` first). */
  lowerCaseOf(unit: number): number {
    return this.lowered[unit];
  }

  /** Indices of the script expressions that match this unit on its own (not meaningful for surrogates). */
  scriptsOf(unit: number): readonly number[] {
    if (this.kinds[unit] === unknownUnit) this.describe(unit);
    return this.scriptSets[this.scriptSetIds[unit]];
  }

  private describe(unit: number): void {
    const character = String.fromCharCode(unit);
    const lowered = character.toLowerCase();
    if (separatorPattern.test(character)) this.kinds[unit] = separatorUnit;
    else if (isSurrogate(unit) || lowered.length !== 1 || lowerCaseDependsOnContext(character, lowered)) this.kinds[unit] = contextualUnit;
    else this.kinds[unit] = simpleUnit;
    this.lowered[unit] = lowered.charCodeAt(0);
    this.scriptSetIds[unit] = this.scriptSetIdOf(isSurrogate(unit) ? [] : this.matchingScripts(character));
  }

  private matchingScripts(character: string): number[] {
    const matching: number[] = [];
    this.stickyExpressions.forEach((expression, index) => {
      expression.lastIndex = 0;
      const match = expression.exec(character);
      if (match !== null && match[0].length === 1) matching.push(index);
    });
    return matching;
  }

  private scriptSetIdOf(scripts: number[]): number {
    const key = scripts.join(',');
    let id = this.scriptSetIdsByKey.get(key);
    if (id === undefined) {
      id = this.scriptSets.length;
      this.scriptSets.push(scripts);
      this.scriptSetIdsByKey.set(key, id);
    }
    return id;
  }
}
