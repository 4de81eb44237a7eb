/** The segmentation stage: sentences and lossless tokens with offsets, using the abbreviations of the rule packs. */
import { z } from 'zod';
import type { Doc } from '../../doc/types.ts';
import { defineStage } from '../../pipeline/stage.ts';
import { compileSegmenter } from './index.ts';

export const segmentStage = defineStage({
  name: 'segment',
  description: 'Splits German text into sentences and lossless tokens (abbreviations, ordinals, dates, quotes, compounds).',
  requires: [],
  assigns: ['sentences', 'tokens'],
  configSchema: z.strictObject({}),
  create(_config, context) {
    const segmenter = compileSegmenter({
      abbreviations: [...context.rules.abbreviations],
      ordinalContexts: [...context.rules.ordinalContexts],
    });
    return (doc: Doc): Doc => {
      const { sentences, tokens } = segmenter.segment(doc.text);
      return { ...doc, sentences, tokens };
    };
  },
});
