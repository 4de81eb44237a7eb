import { describe, expect, it } from 'vitest';
import { bodyOf, createLanguageDetector } from '../../src/stages/detect-language/detect-language-stage.ts';
import { loadRulesOnlyPipeline } from '../helpers/pipelines.ts';

const config = {
  candidates: ['deu', 'eng', 'fra', 'ita', 'spa', 'nld', 'pol'],
  accept: ['deu'],
  minimumLetters: 40,
  minimumConfidence: 0.6,
  sampleLength: 1000,
  processUndetermined: true,
  functionWordLetters: 200,
};
const detectLanguage = createLanguageDetector(config);

describe('detect-language', () => {
  it.each([
    ['deu', 'Titel\nDie Bundesregierung hat am Mittwoch neue Hilfen für die Landwirtschaft beschlossen, wie ein Sprecher mitteilte.'],
    ['eng', 'Title\nThe government announced on Wednesday that it would extend support for farmers, a spokesman said.'],
    ['fra', 'Titre\nLe gouvernement a annoncé mercredi une nouvelle aide pour les agriculteurs, selon un porte-parole.'],
    ['ita', 'Titolo\nIl governo ha annunciato mercoledì nuovi aiuti per gli agricoltori, ha detto un portavoce del ministero.'],
  ])('detects %s on the body', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('settles short sentences by their function words where trigrams misread them', () => {
    // franc's trigrams alone: French and Turkish.
    // English: "in" counts for German as much as for English.
    for (const text of ['Die Übergabe lief am Donnerstag laut Polizei geordnet.', 'Die Kritik kommt zu spät, sagte Ministerin Anna Kalnina.', 'Das bestätigte Herr Kowalczyk am Montag in Riga.']) {
      expect(createLanguageDetector({ ...config, candidates: [...config.candidates, 'tur'], functionWordLetters: 0 })(text).code).not.toBe('deu');
      expect(createLanguageDetector({ ...config, candidates: [...config.candidates, 'tur'] })(text).code).toBe('deu');
    }
    // A letter only German writes counts as a German word: "das" is Portuguese too.
    const withPortuguese = { ...config, candidates: [...config.candidates, 'por', 'tur'] };
    expect(createLanguageDetector(withPortuguese)('Das bestätigte Prof. Dr. Anna Kowalczyk am Montag.').code).toBe('deu');
    expect(createLanguageDetector(withPortuguese)('Cumhurbaşkanı Erdoğan bugün Ankara’da bir açıklama yaptı.').code).toBe('tur');
    // Other languages' short sentences stay theirs.
    expect(detectLanguage('Angela Merkel said she would travel to Paris next week.').code).toBe('eng');
    expect(detectLanguage('De president heeft de kanselier maandag in Berlijn ontmoet.').code).toBe('nld');
    expect(detectLanguage('Il presidente ha incontrato la cancelliera a Berlino lunedì.').code).toBe('ita');
  });

  it('judges no short text without function words whose letters the guessed language never writes ("ü" in an English guess)', () => {
    // Trigrams of names alone: English.
    expect(detectLanguage('Bürgermeister Janis Berzins kritisierte Russland.').code).toBe('und');
    // An English sentence with a German name keeps its function words' language.
    expect(detectLanguage('Thomas Müller scored twice for Bayern on Saturday.').code).toBe('eng');
  });

  it('reads no language into links, @handles and the "#" of hashtags', () => {
    // A post reads as its words alone would, links and handles or not.
    for (const words of ['Sturm über Kiel: Fähren fallen aus, der Hafen bleibt geschlossen', 'Stellenabbau bei der Bahn: Der Konzernchef stellt neue Pläne vor']) {
      const post = `@kieler_blatt ${words} https://t.co/Xq7ZbYwKp2 https://t.co/Lm3KdR9vTq #Sturm`;
      expect(detectLanguage(post)).toEqual(detectLanguage(`${words} Sturm`));
    }
    // Links alone leave too few letters to judge.
    expect(detectLanguage('https://t.co/Xq7ZbYwKp2 https://t.co/Lm3KdR9vTqAbCdEfGhIjKlMnOpQr @kieler_blatt')).toEqual({ code: 'und', confidence: 0 });
  });

  it('says und for text too short to judge (franc alone reads "Bahn streikt" as Low German)', () => {
    expect(detectLanguage('Bahn streikt')).toEqual({ code: 'und', confidence: 0 });
  });

  it('detects on the body, not the title line', () => {
    expect(bodyOf('Title line\nBody text')).toBe('Body text');
    expect(bodyOf('Only one line')).toBe('Only one line');
  });

  it('skips articles in a language the pipeline does not accept', async () => {
    const pipeline = await loadRulesOnlyPipeline();
    const record = pipeline.extract({ id: 'en', text: 'Trade talks\nThe British prime minister met the French president in Paris on Monday to discuss trade and security.' });
    expect(record.status).toBe('skipped');
    if (record.status !== 'error') {
      expect(record.language.code).toBe('eng');
      expect(record.entities).toEqual([]);
      expect(record.messages.map((message) => message.code)).toContain('language-not-accepted');
    }
  });
});
