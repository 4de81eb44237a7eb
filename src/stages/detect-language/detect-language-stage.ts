/**
 * Language gate. franc misreads short or unrestricted German ("Bahn streikt" → nds), so it is restricted to a
 * candidate list, run on the body (the title line is often too short and full of names), and asked for nothing on
 * texts too short to judge: those get `und`. Articles whose language is not accepted are marked skipped.
 */
import { z } from 'zod';
import type { Doc, LanguageGuess } from '../../doc/types.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { createFunctionWordCounter } from './function-words.ts';
import { LanguageIdentifier } from './language-identifier.ts';

const configSchema = z.strictObject({
  /** ISO 639-3 codes franc may choose from. */
  candidates: z.array(z.string().regex(/^[a-z]{3}$/)).default(['deu', 'eng', 'fra', 'ita', 'spa', 'por', 'nld', 'pol', 'tur']),
  /** Languages the rest of the pipeline processes. */
  accept: z.array(z.string().regex(/^[a-z]{3}$/)).default(['deu']),
  /** How much of the body franc reads. */
  sampleLength: z.number().int().positive().default(400),
  /** Below this many letters of body text the language is `und`. */
  minimumLetters: z.number().int().nonnegative().default(40),
  /** Below this confidence the guess is not trusted and the language is `und`: franc's short-text guesses flip easily. */
  minimumConfidence: z.number().min(0).max(1).default(0.6),
  /** Whether an undetermined (too short) text is processed as if accepted: a German pipeline fed a headline should still try. */
  processUndetermined: z.boolean().default(true),
  /**
   * Below this many letters of body text, function words ("der", "und", "the", "et") settle what franc's trigrams
   * cannot: a language with at least two of them and more than twice any other's wins. One German sentence of 40–59
   * letters went to another language 1.5 % of the time on trigrams alone.
   */
  functionWordLetters: z.number().int().nonnegative().default(200),
});

export type DetectLanguageConfig = z.infer<typeof configSchema>;

/** The body: everything after the first line when there is more than one line. */
export function bodyOf(text: string): string {
  const newline = text.indexOf('\n');
  const body = newline === -1 ? text : text.slice(newline + 1);
  return body.trim().length > 0 ? body : text;
}

/**
 * The text without what belongs to no language: links, @handles, and the "#" of hashtags (the word stays). A tweet's
 * link of random letters ("https://t.co/eY1TBIpGi7") had outweighed its German ("Flughafen Lübeck erneut insolvent").
 */
function withoutWebTokens(text: string): string {
  // Only the guess reads this text, no offset: spaces left by what went are collapsed, as they would be in prose.
  return text
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
    .replace(/(^|[\s(])@\w+/g, '$1')
    .replace(/#(?=\p{L})/gu, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** Letters in the text, counted up to `enough` (no need to count a long article to the end). */
function countLetters(text: string, enough: number): number {
  let letters = 0;
  const pattern = /\p{L}/gu;
  // `test` advances `lastIndex` as `exec` does but builds no match array: exec was most of the stage's garbage.
  while (letters < enough && pattern.test(text)) letters++;
  return letters;
}

/**
 * The language guess for an article's text. The identifier gives franc's `francAll` results from franc's data
 * without franc's per-article cost (see language-identifier.ts), so it is built once here, not per article.
 */
export function createLanguageDetector(config: DetectLanguageConfig): (text: string) => LanguageGuess {
  const identifier = new LanguageIdentifier({ only: config.candidates, minLength: 1 });
  const countFunctionWords = createFunctionWordCounter(config.candidates);
  return (text) => {
    // Links can be long: a stretch four samples long is cleaned, never the whole of a long article.
    const body = withoutWebTokens(bodyOf(text).slice(0, config.sampleLength * 4));
    const letters = countLetters(body, Math.max(config.minimumLetters, config.functionWordLetters));
    if (letters < config.minimumLetters) return { code: 'und', confidence: 0 };
    // franc scores the best candidate 1 and the others relative to it; the gap to the runner-up is how sure it is.
    // The first `sampleLength` characters decide as well as the whole article, at a fraction of the cost.
    const sample = body.slice(0, config.sampleLength);
    const [best, runnerUp] = identifier.scoreLanguages(sample);
    const gap = best && best[0] !== 'und' ? 1 - (runnerUp?.[1] ?? 0) : 0;
    const confidence = Math.round(Math.min(1, 0.5 + gap * 2.5) * 1000) / 1000;
    const trigramGuess = best && best[0] !== 'und' && confidence >= config.minimumConfidence ? best[0] : 'und';
    if (letters < config.functionWordLetters) {
      const byWords = decisiveFunctionWords(countFunctionWords(sample));
      if (byWords && byWords !== trigramGuess) return { code: byWords, confidence: config.minimumConfidence };
      // "Bürgermeister Janis Berzins kritisierte Russland.": a short text without function words whose letters the
      // guessed language never writes is not judged ("ä", "ß" only German writes among the usual candidates; "ö", "ü"
      // German and Turkish), so it is not skipped for trigrams a few names decided.
      if (!byWords && trigramGuess !== 'und' && !writesLettersOf(trigramGuess, sample)) return { code: 'und', confidence };
    }
    return trigramGuess === 'und' ? { code: 'und', confidence } : { code: trigramGuess, confidence };
  };
}

/** Letters that only some languages write, with those languages (ISO 639-3), among franc's usual candidates. */
const distinctiveLetters: readonly [RegExp, ReadonlySet<string>][] = [
  [/[äÄß]/u, new Set(['deu'])],
  [/[öÖüÜ]/u, new Set(['deu', 'tur'])],
];

/** Whether the language writes every distinctive letter the text holds. */
function writesLettersOf(language: string, text: string): boolean {
  return distinctiveLetters.every(([letters, languages]) => languages.has(language) || !letters.test(text));
}

/** The language with at least two function words and more than twice any other's count, if one has. */
function decisiveFunctionWords(counts: ReadonlyMap<string, number>): string | undefined {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  return top && top[1] >= 2 && top[1] > 2 * (second?.[1] ?? 0) ? top[0] : undefined;
}

export const detectLanguageStage = defineStage({
  name: 'detect-language',
  description: 'Detects the language of the article body with franc; skips articles in languages the pipeline does not accept.',
  requires: [],
  assigns: ['language'],
  configSchema,
  create(config) {
    const detectLanguage = createLanguageDetector(config);
    return (doc: Doc): Doc => {
      const language = detectLanguage(doc.text);
      const accepted = config.accept.includes(language.code) || (language.code === 'und' && config.processUndetermined);
      if (accepted) {
        const messages = language.code === 'und'
          ? [...doc.messages, { code: 'language-undetermined', severity: 'warning' as const, message: `the text is too short to tell its language (under ${config.minimumLetters} letters); processed as ${config.accept[0]}` }]
          : doc.messages;
        return { ...doc, language, messages };
      }
      return {
        ...doc,
        language,
        skipped: { reason: `language ${language.code} is not among the accepted ${config.accept.join(', ')}` },
        messages: [...doc.messages, { code: 'language-not-accepted', severity: 'info', message: `detected language ${language.code}; this pipeline processes ${config.accept.join(', ')}` }],
      };
    };
  },
});
