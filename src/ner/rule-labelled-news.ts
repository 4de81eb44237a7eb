/**
 * Distant supervision: the 10kGNAD news articles labelled by the pipeline's rules alone (no statistical model),
 * as extra partial training data for the tagger. The rules name persons by role phrases and the knowledge file,
 * places by the place lists, organisations by the knowledge file and institution phrases; nationality adjectives
 * are LOCderiv. Where the rules say nothing, a token is labelled by what is sure: a lower-case word or a known noun
 * is `O` in the partial sense (no PER/ORG/LOC), as is a capitalised word the articles also write in lower case ("Die"
 * opening a sentence); any other capitalised word is unknown (`?`), since the rules miss most names. Needs ../shared;
 * empty without it.
 */
import { join, resolve } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { LabelledSentence } from './corpus.ts';
import { unknownTag } from './train.ts';
import { readNewsArticles } from './unlabelled-text.ts';

const wordPattern = /[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const labelOfEntity: Record<string, string | undefined> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };

export async function readRuleLabelledNews(): Promise<LabelledSentence[]> {
  const articles = readNewsArticles();
  if (articles.length === 0) return [];
  // Imported here: the pipeline itself loads this package's tagger.
  const { loadPipeline } = await import('../index.ts');
  const { compiledLexicons } = await import('../rules/compile-lexicons.ts');
  const { loadRulePack } = await import('../rules/load-pack.ts');
  const { mergeRulePacks } = await import('../rules/merge-packs.ts');
  const packDirectory = resolve(import.meta.dirname, '..', '..', 'pipelines', 'news-de');
  const lexicons = compiledLexicons(mergeRulePacks([loadRulePack(packDirectory)]));
  const definition = join(mkdtempSync(join(tmpdir(), 'depesche-rules-')), 'pipeline.json');
  writeFileSync(
    definition,
    JSON.stringify({
      name: 'rules-only',
      rulePacks: [packDirectory],
      stages: ['detect-language', 'segment', 'recognise-entities', 'link-entities', 'build-record'].map((stage) => (stage === 'recognise-entities' ? { stage, config: { model: false } } : { stage })),
    }),
  );
  const pipeline = await loadPipeline(definition);
  // Words the articles write in lower case somewhere: capitalised at a sentence start they are still no name ("Die", "So").
  const lowerCaseWords = new Set(articles.flatMap((text) => text.match(/(?<![.!?:]\s)\b\p{Ll}[\p{L}]*/gu) ?? []));
  const sentences: LabelledSentence[] = [];
  articles.forEach((text, articleIndex) => {
    const record = pipeline.extract({ id: `news-${articleIndex}`, text });
    if (record.status !== 'ok') return;
    // Each character's label from the rules' name mentions: B- at a mention's first word, I- after.
    const spans = record.entities
      .filter((entity) => labelOfEntity[entity.type])
      .flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'name' || mention.kind === 'metonym').map((mention) => ({ ...mention, label: labelOfEntity[entity.type]! })));
    for (const sentence of record.sentences) {
      const words: string[] = [];
      const tags: string[] = [];
      let named = false;
      for (const match of record.text.slice(sentence.start, sentence.end).matchAll(wordPattern)) {
        const start = sentence.start + match.index!;
        const end = start + match[0].length;
        const word = match[0];
        const span = spans.find((candidate) => candidate.start <= start && end <= candidate.end);
        let tag: string;
        if (span) {
          tag = `${span.start === start ? 'B' : 'I'}-${span.label}`;
          named = true;
        } else if (/^\p{Ll}/u.test(word) && lexicons.adjectiveCountry(word)) tag = 'B-LOCderiv';
        else if (!/^\p{Lu}/u.test(word) || lexicons.isNounOrCompound(word) || lowerCaseWords.has(word.toLowerCase())) tag = 'O';
        else tag = unknownTag;
        // A mention that starts inside a word ("EU-Kommission" split differently) keeps I- only after a B-.
        if (tag.startsWith('I-') && !(tags.at(-1) ?? '').endsWith(tag.slice(2))) tag = `B-${tag.slice(2)}`;
        words.push(word);
        tags.push(tag);
      }
      if (named) sentences.push({ words, tags, partial: true });
    }
  });
  return sentences;
}
