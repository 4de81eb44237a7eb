import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultNerModelPath, loadNerModel } from '../../src/ner/index.ts';

// The shipped artifact is committed; if it is missing, `npm run train:ner` rebuilds it.
describe.skipIf(!existsSync(defaultNerModelPath))('shipped NER model', () => {
  const words = 'Der tschechische Ministerpräsident Petr Fiala traf in Prag Vertreter der Europäischen Union .'.split(' ');

  it('loads in well under a second and is cached', () => {
    const start = performance.now();
    const model = loadNerModel();
    expect(performance.now() - start).toBeLessThan(1500);
    expect(loadNerModel()).toBe(model);
    expect(model.tags).toContain('B-LOCderiv');
  });

  it('tags the reference sentence sensibly', () => {
    const tags = loadNerModel().tag(words);
    expect(tags).toHaveLength(words.length);
    expect(tags[1]).toBe('B-LOCderiv'); // tschechische
    expect(tags[2]).toBe('O'); // Ministerpräsident: a common noun
    expect(tags.slice(3, 5)).toEqual(['B-PER', 'I-PER']); // Petr Fiala
    expect(tags[7]).toBe('B-LOC'); // Prag
    expect(tags[5]).toBe('O');
    expect(tags[12]).toBe('O');
  });

  it.each([
    [['Angela', 'Merkel', 'sprach', 'in', 'Berlin', '.'], { 0: 'B-PER', 1: 'I-PER', 4: 'B-LOC' }],
    [['Die', 'Regierung', 'in', 'Wien', 'lehnte', 'den', 'Plan', 'ab', '.'], { 1: 'O', 3: 'B-LOC', 6: 'O' }],
  ] as const)('tags %j', (sentence, expected) => {
    const tags = loadNerModel().tag(sentence);
    for (const [index, tag] of Object.entries(expected)) expect(tags[Number(index)], sentence[Number(index)]).toBe(tag);
  });

  it('gives a confidence in [0, 1] per token and the same tags as tag()', () => {
    const model = loadNerModel();
    const { tags, confidences } = model.tagWithScores(words);
    expect(tags).toEqual(model.tag(words));
    expect(confidences).toHaveLength(words.length);
    for (const confidence of confidences) {
      expect(confidence).toBeGreaterThanOrEqual(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
    expect(model.tag([])).toEqual([]);
  });
});
