/** Sentences of a match report, by their words, scores and minute marks (cues.json `sportsCues`). */
import type { Doc } from './types.ts';

/**
 * A sentence of a match report: it has a sports word ("Halbzeit", also ending a compound: "ATP-Masters-Turniers"), a
 * score ("2:0", not a time: "9:30 Uhr"; also in front of a compound, "3:2-Auswärtssieg", or of several sets, "6:2,7:5")
 * or a minute mark ("(44.)", "in der 48. Minute").
 */
export function isMatchReportSentence(doc: Doc, sentenceIndex: number, sportsWords: ReadonlySet<string>): boolean {
  const tokens = doc.tokens!;
  const sentence = doc.sentences![sentenceIndex];
  for (let index = sentence.tokenStart; index < sentence.tokenEnd; index++) {
    const text = tokens[index].text;
    const lower = text.toLowerCase();
    // Also as a part of a hyphenated compound: "ATP-Masters-1000-Turniers", "ATP-Tennis-Tour".
    if (sportsWords.has(lower) || (lower.includes('-') && lower.split('-').some((part) => sportsWords.has(part)))) return true;
    // A score, also of several sets: "2:1", "6:2,7:5".
    const score = /^(\d{1,2}):(\d{1,2})(?:$|-\p{L}|,\d{1,2}:\d{1,2})/u.exec(text);
    if (score && Number(score[1]) <= 15 && Number(score[2]) <= 15 && tokens[index + 1]?.text !== 'Uhr') return true;
    if (text === '(' && /^\d{1,3}\.$/.test(tokens[index + 1]?.text ?? '') && (tokens[index + 2]?.text === ')' || tokens[index + 2]?.text === '/')) return true;
    if (/^\d{1,3}\.$/.test(text) && /^(?:Spiel)?[Mm]inute$/.test(tokens[index + 1]?.text ?? '')) return true;
  }
  return false;
}
