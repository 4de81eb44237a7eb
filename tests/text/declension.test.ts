import { describe, expect, it } from 'vitest';
import { declinedNameForms, nominativeOfDeclinedName } from '../../src/text/declension.ts';

describe('declined forms of listed names', () => {
  it.each([
    ['Deutsche Bank', 'f', ['Deutschen Bank', 'Deutscher Bank']],
    ['Islamischer Staat', 'm', ['Islamische Staat', 'Islamischen Staat', 'Islamischem Staat', 'Islamischen Staats', 'Islamischen Staates']],
    ['Internationales Olympisches Komitee', 'n', ['Internationale Olympische Komitee', 'Internationalen Olympischen Komitee', 'Internationalem Olympischem Komitee', 'Internationalen Olympischen Komitees']],
    ['Vereinigte Arabische Emirate', 'pl', ['Vereinigten Arabischen Emirate', 'Vereinigten Arabischen Emiraten']],
    ['Demokratische Republik Kongo', 'f', ['Demokratischen Republik Kongo', 'Demokratischer Republik Kongo']],
    ['Europäischer Gerichtshof für Menschenrechte', undefined, ['Europäische Gerichtshof für Menschenrechte', 'Europäischen Gerichtshof für Menschenrechte', 'Europäischem Gerichtshof für Menschenrechte', 'Europäischen Gerichtshofs für Menschenrechte', 'Europäischen Gerichtshofes für Menschenrechte']],
  ] as const)('%s (%s)', (name, gender, forms) => {
    expect(declinedNameForms(name, gender)).toEqual(forms);
  });

  it('takes the gender from the adjective where the list gives none, and declines no other names', () => {
    expect(declinedNameForms('Bayerischer Rundfunk', undefined)).toContain('Bayerischen Rundfunks');
    expect(declinedNameForms('Arbeiterpartei Kurdistans', undefined)).toEqual([]);
    expect(declinedNameForms('SPD', 'f')).toEqual([]);
    expect(declinedNameForms('Rassemblement National', undefined)).toEqual([]);
  });
});

describe('the nominative of a declined name', () => {
  const nouns = new Set(['Rundfunk', 'Krieg', 'Zentrum', 'Staat', 'Forschungsrat']);
  const known = (word: string) => nouns.has(word);
  const neuter = ['um', 'ment', 'institut'];
  it.each([
    [['Deutschen', 'Welle'], 'der', 'Deutsche Welle'],
    [['Bayerischen', 'Rundfunks'], 'des', 'Bayerischer Rundfunk'],
    [['Kalten', 'Krieges'], 'des', 'Kalter Krieg'],
    [['Deutschen', 'Zentrum', 'für', 'Infektionsforschung'], 'vom', 'Deutsches Zentrum für Infektionsforschung'],
    [['Dreißigjährigen', 'Krieg'], 'dem', 'Dreißigjähriger Krieg'],
    [['Europäischen', 'Forschungsrates'], 'des', 'Europäischer Forschungsrat'],
    [['Kommunistischen', 'Partei'], 'zur', 'Kommunistische Partei'],
  ])('%j after "%s" is %s', (words, article, expected) => {
    expect(nominativeOfDeclinedName(words, article, known, neuter)).toBe(expected);
  });

  it('reads a name that ends in a place after its noun, where a place list knows it', () => {
    const place = (word: string) => word === 'Riga';
    expect(nominativeOfDeclinedName(['Technischen', 'Universität', 'Riga'], 'der', known, neuter, place)).toBe('Technische Universität Riga');
    expect(nominativeOfDeclinedName(['Technischen', 'Universität', 'Kalnu'], 'der', known, neuter, place)).toBeUndefined();
  });

  it('leaves names it cannot read alone', () => {
    // "Kronen" is no adjective; no article says nothing; a genitive that leaves no noun is no genitive.
    expect(nominativeOfDeclinedName(['Kronen', 'Zeitung'], 'der', known, neuter)).toBeUndefined();
    expect(nominativeOfDeclinedName(['Deutschen', 'Welle'], 'und', known, neuter)).toBeUndefined();
    expect(nominativeOfDeclinedName(['Bayerischen', 'Geschichts'], 'des', known, neuter)).toBeUndefined();
  });
});
