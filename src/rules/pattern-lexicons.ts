/** The lexicons a pattern token can name (`inLexicon`, `notInLexicon` in patterns.jsonl). */
export const patternLexiconNames = ['common-nouns', 'places', 'noun-compounds', 'first-names', 'function-words'] as const;
