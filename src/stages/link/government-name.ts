/** The name given to a country's government when a metonym stands for it: "Russische Regierung", else "Regierung von X". */
import type { CompiledLexicons } from '../../rules/compile-lexicons.ts';

export function governmentName(country: string, lexicons: CompiledLexicons): string {
  const place = lexicons.countryPlace.get(country);
  if (place?.adjective) return `${place.adjective.charAt(0).toUpperCase()}${place.adjective.slice(1)}e Regierung`;
  return `Regierung von ${place?.name ?? country}`;
}
