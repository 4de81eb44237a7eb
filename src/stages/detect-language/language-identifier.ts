/**
 * franc's `francAll` without its per-article garbage: the same ordered [language, score] list, computed from the
 * same data. franc (the project's chosen detector) is kept as the source of truth: its trigram models and script
 * expressions are read from the package at load time (`franc/data.js` and `franc/expressions.js` are files it
 * publishes, and without an `exports` map they are importable), and tests compare every result with `francAll`.
 *
 * We do not call `francAll` per article because it was a tenth of the pipeline's time and its biggest allocator:
 * each call runs some thirty global script expressions with `match` (an array of matches each), builds a
 * three-character string per text position and an object keyed by those strings, and a tuple per trigram.
 * Here script detection and cleaning are look-ups in a per-code-unit table, trigrams are numbers counted in a
 * reused hash table, and the candidate models are one table from trigram to the rank in every candidate.
 *
 * What franc does, and this repeats (franc 6.2, trigram-utils 2, n-gram 2):
 * - an empty text, or one shorter than `minLength` code units, is `und`; only the first 2,048 units are read;
 * - the script is the expression matching the most units (the first in franc's order on a tie); a script franc
 *   has no models for stands for one language (`cmn`, `ell`, …) or is `und` when nothing matched or it is not
 *   allowed; a script with models but no allowed language is `und`;
 * - the text is cleaned: runs of U+0021–U+0040 (ASCII punctuation, digits, symbols) and white space become one
 *   space, the ends are trimmed, everything is lower-cased; then padded with a space on each side;
 * - a language's distance sums, over the distinct trigrams of the text, |occurrences − rank − 1| when its model
 *   has the trigram (the rank is the position in the model), 300 when it does not;
 * - languages are sorted by distance, stably (ties keep franc's data order), and scored
 *   1 − (distance − best) / (text length × 300 − best).
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { CodeUnitTable, contextualUnit, separatorUnit } from './code-unit-table.ts';
import { TrigramCounts, TrigramVocabulary } from './trigram-tables.ts';

export type LanguageScore = [language: string, score: number];

export interface LanguageIdentifierOptions {
  /** Languages to allow (ISO 639-3); empty allows all. franc's `only`. */
  only?: readonly string[];
  /** Languages never to return. franc's `ignore`. */
  ignore?: readonly string[];
  /** Texts shorter than this many code units are `und`. franc's `minLength`, default 10. */
  minLength?: number;
}

/** franc reads at most this many code units. */
const maximumSampleLength = 2048;
/** franc's distance for a text trigram the language's model does not have. */
const absentTrigramPenalty = 300;
/** franc's default `minLength`. */
const defaultMinimumLength = 10;
const space = 0x20;

/** The allowed languages of one script, with one trigram table for all of them. */
interface ScriptModel {
  languages: readonly string[];
  vocabulary: TrigramVocabulary;
  /** `ranks[id * languages.length + language]`: the trigram's position in that language's model, -1 when absent. */
  ranks: Int32Array;
  /** Scratch for one text: distance per language, and languages in score order. */
  distances: Int32Array;
  order: Int32Array;
}

function isAllowed(language: string, only: readonly string[], ignore: readonly string[]): boolean {
  return (only.length === 0 || only.includes(language)) && !ignore.includes(language);
}

function undetermined(): LanguageScore[] {
  return [['und', 1]];
}

/** franc's model strings list a language's trigrams by rank, separated by `|`. */
function buildScriptModel(models: Record<string, string>, languages: readonly string[]): ScriptModel {
  const rankedTrigrams = languages.map((language) => models[language].split('|'));
  const vocabulary = new TrigramVocabulary(rankedTrigrams.reduce((total, trigrams) => total + trigrams.length, 0));
  // Text trigrams are always three code units; a model entry of another length could never match one.
  const idsByLanguage = rankedTrigrams.map((trigrams) =>
    trigrams.map((trigram) => (trigram.length === 3 ? vocabulary.add(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2)) : -1)),
  );
  const ranks = new Int32Array(vocabulary.size * languages.length).fill(-1);
  idsByLanguage.forEach((ids, language) => {
    ids.forEach((id, rank) => {
      // franc keeps the first rank of a trigram listed twice: it fills its table from the end of the list.
      if (id !== -1 && ranks[id * languages.length + language] === -1) ranks[id * languages.length + language] = rank;
    });
  });
  return { languages, vocabulary, ranks, distances: new Int32Array(languages.length), order: new Int32Array(languages.length) };
}

/** Sorts `order` by `distances`, keeping equal distances in their original order as `Array.prototype.sort` does. */
function sortStablyByDistance(order: Int32Array, distances: Int32Array): void {
  for (let index = 0; index < order.length; index++) order[index] = index;
  for (let index = 1; index < order.length; index++) {
    const language = order[index];
    let place = index;
    while (place > 0 && distances[order[place - 1]] > distances[language]) {
      order[place] = order[place - 1];
      place--;
    }
    order[place] = language;
  }
}

/** Where `count` is the highest, the first on a tie, as franc picks its script; -1 for no scripts. */
function indexOfHighest(counts: Int32Array): number {
  let top = -1;
  let topCount = -1;
  for (let index = 0; index < counts.length; index++) {
    if (counts[index] > topCount) {
      topCount = counts[index];
      top = index;
    }
  }
  return top;
}

export class LanguageIdentifier {
  private readonly only: readonly string[];
  private readonly ignore: readonly string[];
  private readonly minimumLength: number;
  private readonly scriptNames: readonly string[];
  /** Global copies of franc's expressions, for texts with surrogate pairs, counted exactly as franc counts. */
  private readonly scriptExpressions: readonly RegExp[];
  /** Per script (same order as the names), its model, or undefined when franc has no trigram data for it. */
  private readonly scriptModels: readonly (ScriptModel | undefined)[];
  private readonly codeUnits: CodeUnitTable;
  private readonly scriptCounts: Int32Array;
  private readonly trigramCounts = new TrigramCounts();
  /** The cleaned, padded text as code units. */
  private units = new Uint16Array(maximumSampleLength + 2);

  constructor(options: LanguageIdentifierOptions = {}) {
    this.only = [...(options.only ?? [])];
    this.ignore = [...(options.ignore ?? [])];
    this.minimumLength = options.minLength ?? defaultMinimumLength;
    this.scriptNames = Object.keys(expressions);
    this.scriptExpressions = this.scriptNames.map((name) => new RegExp(expressions[name].source, expressions[name].flags));
    this.scriptModels = this.scriptNames.map((name) => {
      const models = Object.hasOwn(data, name) ? data[name] : undefined;
      return models === undefined ? undefined : buildScriptModel(models, Object.keys(models).filter((language) => isAllowed(language, this.only, this.ignore)));
    });
    this.codeUnits = new CodeUnitTable(this.scriptExpressions);
    this.scriptCounts = new Int32Array(this.scriptNames.length);
  }

  /** The allowed languages, most likely first, scored as `francAll(text, options)` scores them. */
  scoreLanguages(text: string): LanguageScore[] {
    if (!text || text.length < this.minimumLength) return undetermined();
    const sample = text.slice(0, maximumSampleLength);
    this.countScriptMatches(sample);
    const script = indexOfHighest(this.scriptCounts);
    if (script === -1) return undetermined();
    const model = this.scriptModels[script];
    if (model === undefined) {
      const language = this.scriptNames[script];
      return this.scriptCounts[script] === 0 || !isAllowed(language, this.only, this.ignore) ? undetermined() : [[language, 1]];
    }
    if (model.languages.length === 0) return undetermined();
    this.trigramCounts.countTrigrams(this.units, this.writePaddedCleanText(sample));
    this.measureDistances(model);
    sortStablyByDistance(model.order, model.distances);
    return this.normalisedScores(model, sample.length);
  }

  /** Per script, how many matches its expression has in the text: franc's `text.match(expression).length`. */
  private countScriptMatches(text: string): void {
    this.scriptCounts.fill(0);
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      // A surrogate pair is one match of two units, and one half is not matched on its own: ask the expressions.
      if (unit >= 0xd800 && unit <= 0xdfff) return this.countScriptMatchesWithExpressions(text);
      for (const script of this.codeUnits.scriptsOf(unit)) this.scriptCounts[script]++;
    }
  }

  private countScriptMatchesWithExpressions(text: string): void {
    this.scriptExpressions.forEach((expression, script) => {
      this.scriptCounts[script] = text.match(expression)?.length ?? 0;
    });
  }

  /** Writes ' ' + cleaned text + ' ' into `units` (see the file comment) and returns its length. */
  private writePaddedCleanText(text: string): number {
    const units = this.ensureUnitCapacity(text.length + 2);
    let length = 0;
    units[length++] = space;
    let separated = false;
    for (let index = 0; index < text.length; index++) {
      const unit = text.charCodeAt(index);
      const kind = this.codeUnits.kindOf(unit);
      if (kind === separatorUnit) {
        // Separators at the start are trimmed, so only one after a word counts; at the end it is dropped.
        separated = length > 1;
      } else if (kind === contextualUnit) {
        return this.writePaddedCleanTextWithStrings(text);
      } else {
        if (separated) units[length++] = space;
        separated = false;
        units[length++] = this.codeUnits.lowerCaseOf(unit);
      }
    }
    units[length++] = space;
    return length;
  }

  /** The same cleaning through whole-string operations, for the rare text whose lower case needs its context. */
  private writePaddedCleanTextWithStrings(text: string): number {
    const cleaned = text.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    const units = this.ensureUnitCapacity(cleaned.length + 2);
    units[0] = space;
    for (let index = 0; index < cleaned.length; index++) units[index + 1] = cleaned.charCodeAt(index);
    units[cleaned.length + 1] = space;
    return cleaned.length + 2;
  }

  private ensureUnitCapacity(length: number): Uint16Array {
    if (this.units.length < length) this.units = new Uint16Array(length);
    return this.units;
  }

  private measureDistances(model: ScriptModel): void {
    const { distances, ranks, vocabulary } = model;
    const languageCount = model.languages.length;
    const counts = this.trigramCounts;
    const units = this.units;
    distances.fill(0);
    let absentFromAll = 0;
    for (let index = 0; index < counts.distinct; index++) {
      const position = counts.positionOf(index);
      const id = vocabulary.idOf(units[position], units[position + 1], units[position + 2]);
      if (id === -1) {
        absentFromAll++;
        continue;
      }
      const occurrences = counts.countOf(index);
      for (let language = 0; language < languageCount; language++) {
        const rank = ranks[id * languageCount + language];
        distances[language] += rank === -1 ? absentTrigramPenalty : Math.abs(occurrences - rank - 1);
      }
    }
    for (let language = 0; language < languageCount; language++) distances[language] += absentFromAll * absentTrigramPenalty;
  }

  /** franc's normalisation, written as franc computes it so the floating-point results are identical. */
  private normalisedScores(model: ScriptModel, sampleLength: number): LanguageScore[] {
    const { distances, order, languages } = model;
    const best = distances[order[0]];
    const range = sampleLength * absentTrigramPenalty - best;
    const scores: LanguageScore[] = [];
    for (const language of order) scores.push([languages[language], 1 - (distances[language] - best) / range || 0]);
    return scores;
  }
}
