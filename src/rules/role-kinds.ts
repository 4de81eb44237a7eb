/**
 * What the kinds of role nouns (roles.jsonl `kind`) mean to the stages, in one place.
 */

/** Offices one person holds at a time, so "der russische Präsident" names someone even when the article does not. */
export const uniqueOfficeKinds: ReadonlySet<string> = new Set(['head-of-state', 'head-of-government', 'minister', 'leader', 'spokesperson']);

/** Offices of a state: held for a country, so a role stated without one can take the article's country. */
export const stateOfficeKinds: ReadonlySet<string> = new Set([...uniqueOfficeKinds, 'official', 'diplomat', 'military', 'judiciary']);

/**
 * Offices whose every title roles.jsonl lists with its synonyms (`sameAs`): a role noun alone takes up their holder
 * only by those, never as the head of a longer title, since a "Ministerpräsident" is no "Präsident".
 */
export const synonymListedKinds: ReadonlySet<string> = new Set(['head-of-state', 'head-of-government']);
