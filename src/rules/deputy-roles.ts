/** Deputies' roles: a description with a deputy's marker names no holder of the office itself. */
import type { CompiledLexicons } from './compile-lexicons.ts';

/** Whether a role phrase's words hold a deputy's marker (grammar `deputyMarkers`): "der stellvertretende Außenminister". */
export function isDeputyDescription(text: string, lexicons: CompiledLexicons): boolean {
  return text
    .toLowerCase()
    .split(/\s+/)
    .some((word) => lexicons.grammar.deputyMarkers.some((marker) => word.startsWith(marker)));
}
