import { describe, expect, it } from 'vitest';
import { declinedNameForms } from '../../src/text/declension.ts';

describe('declined forms of listed names', () => {
  it.each([
    ['Deutsche Bank', 'f', ['Deutschen Bank']],
    ['Islamischer Staat', 'm', ['Islamische Staat', 'Islamischen Staat', 'Islamischen Staats', 'Islamischen Staates']],
    ['Internationales Olympisches Komitee', 'n', ['Internationale Olympische Komitee', 'Internationalen Olympischen Komitee', 'Internationalen Olympischen Komitees']],
    ['Vereinigte Arabische Emirate', 'pl', ['Vereinigten Arabischen Emirate', 'Vereinigten Arabischen Emiraten']],
    ['Europäischer Gerichtshof für Menschenrechte', undefined, ['Europäische Gerichtshof für Menschenrechte', 'Europäischen Gerichtshof für Menschenrechte', 'Europäischen Gerichtshofs für Menschenrechte', 'Europäischen Gerichtshofes für Menschenrechte']],
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
