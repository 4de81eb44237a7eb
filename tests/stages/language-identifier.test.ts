/**
 * The language identifier must give exactly what `francAll` gives (it replaces franc's per-article work, not its
 * judgement): the same languages in the same order with the same scores, on news text and on every odd input we
 * could think of. Add a text to `edgeCases` or a candidate list to `optionSets` to extend the comparison.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/batch/read-csv.ts';
import { bodyOf } from '../../src/stages/detect-language/detect-language-stage.ts';
import { LanguageIdentifier, type LanguageIdentifierOptions } from '../../src/stages/detect-language/language-identifier.ts';

const repositoryRoot = join(import.meta.dirname, '..', '..');
const newsCorpus = join(repositoryRoot, '..', 'shared', 'data', 'news-de', '10kGNAD-test.csv');
const stageCandidates = ['deu', 'eng', 'fra', 'ita', 'spa', 'por', 'nld', 'pol', 'tur'];
const stageOptions = { only: stageCandidates, minLength: 1 };

const optionSets: [string, LanguageIdentifierOptions][] = [
  ['the stage’s candidates', stageOptions],
  ['the stage test’s candidates', { only: ['deu', 'eng', 'fra', 'ita', 'spa', 'nld', 'pol'], minLength: 1 }],
  ['candidates across scripts', { only: ['deu', 'eng', 'rus', 'ukr', 'cmn', 'jpn', 'ell', 'arb', 'heb'], minLength: 1 }],
  ['all languages, franc’s default minimum length', {}],
  ['ignored languages', { ignore: ['deu', 'nds', 'cmn'] }],
  ['no allowed language in the Latin script', { only: ['rus'], minLength: 1 }],
];

const edgeCases = [
  '', ' ', 'a', 'ab', 'abc', 'Bahn streikt', '1234567890', '12. 03. 2025, 14:30 Uhr', '!!!???...', '"()[]{}<>@#$%',
  '\t\n\r\v\f', '\u00a0\u2000\u2028\u2029\u3000\ufeff Text \u202f mit\u205fRaum', '  führende und folgende Leerzeichen  ',
  'Straße', 'ÄÖÜ äöü ß ẞ', 'Österreichs Ärzte: Kund:innen, Bürger*innen – „Zitat“ ‚halb‘ »Guillemets«',
  'The government announced on Wednesday that it would extend support for farmers.',
  'Le gouvernement a annoncé mercredi une nouvelle aide pour les agriculteurs.',
  'Il governo ha annunciato mercoledì nuovi aiuti per gli agricoltori.',
  'El gobierno anunció el miércoles nuevas ayudas para los agricultores.',
  'O governo anunciou na quarta-feira novas ajudas para os agricultores.',
  'De regering heeft woensdag nieuwe steun voor boeren aangekondigd.',
  'Rząd ogłosił w środę nową pomoc dla rolników.',
  'Hükümet çarşamba günü çiftçiler için yeni yardımları açıkladı. İstanbul, İzmir',
  'Москва сегодня объявила о новых мерах.', 'Київ і Харків', 'Η κυβέρνηση ανακοίνωσε ΣΗΜΕΡΑ. ΟΔΟΣ.ΣΟΦΙΑΣ',
  '北京今天宣布了新的措施。', '東京都は本日、新しい対策を発表しました。', '서울은 오늘 새로운 조치를 발표했다',
  'أعلنت الحكومة اليوم عن إجراءات جديدة', 'הממשלה הודיעה היום', 'सरकार ने आज नई घोषणा की',
  'Berlin 😀 Paris 🇩🇪🇫🇷 👍🏽 Text mit Emoji', '😀😀😀😀😀😀😀😀😀😀', '𠀀𠀁𠀂 CJK extension B', '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇 ab', '𝼀𝼁𝼂𝼃𝼄𝼅 𐐀𐐁 ab', '🈀🈀🈀🈀 ab', '𐐀𐐁𐐂𐐃 DESERET UND LATEIN',
  '𐐀𐐁 Deseret', 'lone \ud800 surrogate \udc00 halves',
  'Mischtext: Путин trifft Macron in 東京 und sagt „Ja“.', 'K Kelvin Å Angström ﬁ ligature', 'ΣΣΣ σσσ ς', 'I\u0307 combining',
  'Wien – Die Gewerkschaft GPA-djp sieht Handlungsbedarf bei sogenannten All-in-Verträgen.',
];

/** Texts built from every code unit of the Basic Multilingual Plane, each between letters and at a word's end. */
function everyCodeUnitTexts(): string[] {
  const texts: string[] = [];
  for (let start = 0; start < 0x10000; start += 64) {
    let text = 'Ab ';
    for (let unit = start; unit < start + 64; unit++) text += `x${String.fromCharCode(unit)}y Z${String.fromCharCode(unit)} `;
    texts.push(text);
  }
  return texts;
}

/** Deterministic pseudo-random texts mixing scripts, digits, punctuation and odd white space. */
function randomTexts(count: number): string[] {
  const alphabet = [...'aeiounrstdhlcgmbfwkzpvjyxq AEIOUNRSTDÄÖÜäöüßéèàçñ .,;:!?-–"„“0123456789\n\t\u00a0Σσςαβγδ İıПриветмир中文字日本한국ابت😀🇩🇪'];
  let state = 20260126;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 0x1_0000_0000;
  };
  return Array.from({ length: count }, () => {
    const length = Math.floor(next() * 120);
    let text = '';
    for (let index = 0; index < length; index++) text += alphabet[Math.floor(next() * alphabet.length)];
    return text;
  });
}

function fixtureTexts(): string[] {
  const directory = join(repositoryRoot, 'fixtures', 'articles');
  return readdirSync(directory).flatMap((name) => {
    const content = readFileSync(join(directory, name), 'utf8');
    if (name.endsWith('.json')) return [(JSON.parse(content) as { text: string }).text];
    if (name.endsWith('.jsonl')) return content.split('\n').filter((line) => line.trim()).map((line) => (JSON.parse(line) as { text: string }).text);
    return [content];
  });
}

/** The text as the stage hands it over, and longer and shorter cuts of it (franc reads at most 2,048 units). */
function samplesOf(text: string): string[] {
  const body = bodyOf(text);
  return [body.slice(0, 400), body.slice(0, 1000), body.slice(0, 37), text];
}

function expectSameAsFranc(identifier: LanguageIdentifier, options: LanguageIdentifierOptions, texts: string[]): void {
  for (const text of texts) {
    const expected = francAll(text, { ...options, only: options.only && [...options.only], ignore: options.ignore && [...options.ignore] });
    const actual = identifier.scoreLanguages(text);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) expect({ text, actual }).toEqual({ text, actual: expected });
  }
}

describe('language identifier gives exactly what francAll gives', () => {
  describe.each(optionSets)('with %s', (_name, options) => {
    const identifier = new LanguageIdentifier(options);

    it('on the edge cases', () => expectSameAsFranc(identifier, options, edgeCases));
    it('on the fixture articles', () => expectSameAsFranc(identifier, options, fixtureTexts().flatMap(samplesOf)));
    it('on random mixed-script texts', () => expectSameAsFranc(identifier, options, randomTexts(1500)));
  });

  it('on every code unit of the Basic Multilingual Plane', () => {
    for (const options of [stageOptions, { only: ['deu', 'rus', 'ell', 'cmn'], minLength: 1 }]) {
      expectSameAsFranc(new LanguageIdentifier(options), options, everyCodeUnitTexts());
    }
  });

  it.skipIf(!existsSync(newsCorpus))('on the 1,028 news articles of the 10kGNAD test split, sampled as the stage samples', async () => {
    const identifier = new LanguageIdentifier(stageOptions);
    const texts: string[] = [];
    for await (const item of readCsv(newsCorpus, { textColumn: '2', delimiter: ';', quote: "'", hasHeader: false })) {
      if (item.kind === 'article') texts.push(item.article.text);
    }
    expect(texts).toHaveLength(1028);
    expectSameAsFranc(identifier, stageOptions, texts.flatMap(samplesOf));
  });
});
