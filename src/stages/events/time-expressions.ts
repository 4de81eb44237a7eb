/**
 * Time expressions near an event, resolved against the article's publication date where that is possible:
 * "am Dienstag" (the last Tuesday on or before publication, or the next one for planned events), "am 3. März",
 * "3. März 2025", "gestern", "morgen", "im März". Words come from the grammar file (months, weekdays, relative days).
 */
import type { Doc, TimeExpression } from '../../doc/types.ts';
import type { GrammarFile } from '../../rules/schema.ts';

export interface TimeWords {
  months: ReadonlyMap<string, number>;
  weekdays: ReadonlyMap<string, number>;
  relativeDays: ReadonlyMap<string, number>;
}

export function compileTimeWords(grammar: GrammarFile): TimeWords {
  return {
    months: new Map(Object.entries(grammar.months)),
    weekdays: new Map(Object.entries(grammar.weekdays)),
    relativeDays: new Map(Object.entries(grammar.relativeDays).map(([word, days]) => [word.toLowerCase(), days])),
  };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function publicationDate(publishedAt?: string): Date | undefined {
  if (!publishedAt) return undefined;
  const date = new Date(publishedAt.length === 10 ? `${publishedAt}T12:00:00Z` : publishedAt);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The weekday a word names (1 Monday … 7 Sunday), also joined with a time of day: "Dienstagabend", "Montagmorgen". */
export function weekdayOf(word: string, words: TimeWords): number | undefined {
  return words.weekdays.get(word) ?? words.weekdays.get(word.replace(/(früh|morgen|vormittag|mittag|nachmittag|abend|nacht)$/, ''));
}

/** Finds the first time expression in `[tokenStart, tokenEnd)`. `future` picks the next weekday rather than the last. */
export function findTimeExpression(doc: Doc, tokenStart: number, tokenEnd: number, words: TimeWords, future: boolean): TimeExpression | undefined {
  const tokens = doc.tokens!;
  const published = publicationDate(doc.source.publishedAt);
  const span = (from: number, to: number, value?: string): TimeExpression => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    return { start, end, text: doc.text.slice(start, end), ...(value ? { value } : {}) };
  };
  for (let index = tokenStart; index < tokenEnd; index++) {
    const word = tokens[index].text;
    const month = words.months.get(tokens[index + 1]?.text ?? '');
    // "3. März" or "3. März 2025"
    if (index + 1 < tokenEnd && /^\d{1,2}\.$/.test(word) && month) {
      const day = Number.parseInt(word, 10);
      const yearToken = tokens[index + 2];
      const explicitYear = index + 2 < tokenEnd && /^\d{4}$/.test(yearToken?.text ?? '') ? Number(yearToken.text) : undefined;
      const year = explicitYear ?? published?.getUTCFullYear();
      const value = year && day >= 1 && day <= 31 ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
      const from = index > tokenStart && /^(am|vom|bis|zum|seit)$/i.test(tokens[index - 1].text) ? index - 1 : index;
      return span(from, explicitYear ? index + 3 : index + 2, value);
    }
    // "Dienstag", and its compounds with a time of day: "Dienstagabend", "Montagmorgen".
    const weekday = weekdayOf(word, words);
    if (weekday) {
      let value: string | undefined;
      if (published) {
        const publishedWeekday = ((published.getUTCDay() + 6) % 7) + 1;
        const back = (publishedWeekday - weekday + 7) % 7;
        value = isoDate(future ? addDays(published, (weekday - publishedWeekday + 7) % 7 || 7) : addDays(published, -back));
      }
      const from = index > tokenStart && /^(am|vom|bis|seit|ab)$/i.test(tokens[index - 1].text) ? index - 1 : index;
      return span(from, index + 1, value);
    }
    // "gestern"; a noun of one ("Vortag") after "am" or "vom": "sein Telefonat mit Putin vom Vortag".
    const relative = words.relativeDays.get(word.toLowerCase());
    const afterArticle = index > tokenStart && /^(am|vom)$/i.test(tokens[index - 1].text);
    if (relative !== undefined && (word === word.toLowerCase() || afterArticle)) {
      return span(afterArticle ? index - 1 : index, index + 1, published ? isoDate(addDays(published, relative)) : undefined);
    }
    if (month && /^(im|seit|ab|bis|Anfang|Ende|Mitte)$/i.test(word)) {
      const yearToken = tokens[index + 2];
      const explicitYear = index + 2 < tokenEnd && /^\d{4}$/.test(yearToken?.text ?? '') ? Number(yearToken.text) : undefined;
      const year = explicitYear ?? published?.getUTCFullYear();
      return span(index, explicitYear ? index + 3 : index + 2, year ? `${year}-${String(month).padStart(2, '0')}` : undefined);
    }
  }
  return undefined;
}
