/**
 * Annotation checks for a gold set: every name, alias and trigger word occurs in the text, every event type exists
 * with the given root, and every time lies near the publication date. They check the gold, never the pipeline.
 */
import type { GoldRecord } from './gold-schema.ts';
import type { FixtureArticle } from './read-fixtures.ts';

/** The most days an event may lie from the publication date before its `time` is taken as an annotation slip. */
const maximumDaysFromPublication = 60;

/**
 * The annotation checks of `tests/evaluation/gold-fixtures.test.ts`, for the held-out set, which has no test on
 * purpose: every name, alias and trigger word occurs in the text, every event type exists with the given root,
 * and every time lies near a publication date. They check the gold, never the pipeline.
 */
export function goldProblems(articles: FixtureArticle[], golds: Map<string, GoldRecord>, cameoByType: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const article of articles) {
    const gold = golds.get(article.id);
    if (!gold) continue;
    const text = article.input.text;
    const publishedAt = article.input.publishedAt ? Date.parse(article.input.publishedAt) : undefined;
    // A person's name must occur unless the article never names them; an organisation's name ("Regierung
    // Russlands") is a convention, so for it one of its aliases is enough. Aliases are forms the article uses.
    for (const person of gold.persons) {
      if (person.nameInText !== false && !text.includes(person.name)) {
        problems.push(`${article.id}: person "${person.name}" does not occur in the text`);
      }
    }
    for (const entry of [...gold.persons, ...(gold.organisations ?? []), ...(gold.places ?? [])]) {
      for (const alias of entry.aliases ?? []) {
        if (!text.includes(alias)) problems.push(`${article.id}: alias "${alias}" of "${entry.name}" does not occur in the text`);
      }
      if (![entry.name, ...(entry.aliases ?? [])].some((form) => text.includes(form))) {
        problems.push(`${article.id}: neither "${entry.name}" nor an alias occurs in the text`);
      }
    }
    for (const event of gold.events) {
      const cameo = cameoByType.get(event.type ?? '');
      if (cameo === undefined) problems.push(`${article.id}: unknown event type "${event.type}"`);
      else if (cameo.slice(0, 2) !== event.cameoRoot) problems.push(`${article.id}: ${event.type} has root ${cameo.slice(0, 2)}, not ${event.cameoRoot}`);
      for (const word of event.trigger.split(/[\s…]+/).filter(Boolean)) {
        if (!text.includes(word)) problems.push(`${article.id}: trigger word "${word}" does not occur in the text`);
      }
      if (event.time === undefined) continue;
      if (publishedAt === undefined) problems.push(`${article.id}: event time ${event.time} but no publishedAt`);
      else if (Math.abs(Date.parse(event.time) - publishedAt) / 86_400_000 > maximumDaysFromPublication) {
        problems.push(`${article.id}: event time ${event.time} is far from the publication date`);
      }
    }
  }
  return problems;
}

