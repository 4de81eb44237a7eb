/** How a name is written in the text, against how the lists write it. */
import type { Mention } from '../doc/types.ts';
import type { CompiledLexicons } from './compile-lexicons.ts';

/**
 * Whether the mention is a name in the genitive: it ends in -s and its place or knowledge entry is not written so
 * ("Israels", "Moskaus"; but "Paris" is the name itself). A name no list knows counts when it ends in -s.
 */
export function isGenitiveName(mention: Mention, lexicons: CompiledLexicons): boolean {
  if (!mention.text.endsWith('s')) return false;
  const entry = mention.key ? (lexicons.placeById.get(mention.key) ?? lexicons.knowledgeById.get(mention.key)) : undefined;
  if (!entry) return true;
  return entry.name !== mention.text && !(entry.aliases ?? []).includes(mention.text);
}
