/**
 * A person's sex where the article tells it: a role in its feminine or masculine form ("Ministerin", "Minister"), else
 * the first name (`first-names.ts`; "Heinz-Christian" by its first part). Undefined for everyone else. Pronouns and
 * descriptions ("er", "die 34-Jährige") pass over a person known to be of the other sex.
 */
import { loadFirstNames, type Sex } from '../lexicon/first-names.ts';
import type { CompiledLexicons } from './compile-lexicons.ts';

export function sexOfPerson(person: { name: string; roles?: readonly { title: string }[] }, lexicons: CompiledLexicons): Sex | undefined {
  for (const role of person.roles ?? []) {
    const sex = sexOfRoleTitle(role.title, lexicons);
    if (sex) return sex;
  }
  const firstNames = loadFirstNames();
  const first = person.name.split(/\s+/)[0];
  return person.name.includes(' ') ? (firstNames.get(first) ?? firstNames.get(first.split('-')[0])) : undefined;
}

function sexOfRoleTitle(title: string, lexicons: CompiledLexicons): Sex | undefined {
  const entry = lexicons.matchRole(title)?.entry;
  const lower = title.toLowerCase();
  if (entry?.feminine && lower.endsWith(entry.feminine.toLowerCase())) return 'f';
  return entry && lower.endsWith(entry.title.toLowerCase()) ? 'm' : undefined;
}
