/**
 * A person's sex where the article tells it: a role in its feminine or masculine form ("Ministerin", "Minister"), else
 * the first name (`first-names.ts`; "Heinz-Christian" by its first part), also where it is the whole name. Undefined
 * for everyone else. Pronouns and descriptions ("er", "die 34-Jährige") pass over a person known to be of the other sex.
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
  // A name of one word is a surname as often as not; one the given-name list knows is taken for the given name it is
  // ("seiner Frau Maria", "Herrn Josef").
  return firstNames.get(first) ?? firstNames.get(first.split('-')[0]);
}

function sexOfRoleTitle(title: string, lexicons: CompiledLexicons): Sex | undefined {
  const entry = lexicons.matchRole(title)?.entry;
  const lower = title.toLowerCase();
  if (entry?.feminine && lower.endsWith(entry.feminine.toLowerCase())) return 'f';
  return entry && lower.endsWith(entry.title.toLowerCase()) ? 'm' : undefined;
}
