/**
 * Compiles trigger entries into lookups by word form, once per pipeline. Verb entries give stems; the inflected
 * forms are derived here: present (ruft, rufen), past (rief, riefen), subjunctive (rufe, riefe), participle with
 * particle (aufgerufen), infinitive and zu-infinitive (aufrufen, aufzurufen), and, for separable verbs, the joined
 * forms of verb-final clauses (aufrief, ablehnte). A separated finite form ("rief") counts only with its particle
 * later in the clause ("rief … auf").
 */
import { capitaliseFirst, isCapitalised, mayDifferBeyondFirstLetter } from '../../doc/spans.ts';
import type { RankedEntry } from '../../rules/merge-packs.ts';
import { memoizeWord } from '../../text/memoize.ts';
import { listedCompoundHead, listedHeads } from '../../rules/listed-heads.ts';
import type { TriggerEntry, VerbForms } from '../../rules/schema.ts';

export interface VerbFormHit {
  trigger: TriggerEntry;
  /** The form is the finite verb without its separable particle, which must follow in the clause. */
  needsParticle?: string;
  finite: boolean;
}

export interface CompiledTriggers {
  verbForm(word: string): readonly VerbFormHit[];
  /** Noun trigger whose noun is the word or the head of the compound. */
  noun(word: string): TriggerEntry | undefined;
  /**
   * The entries of one noun, the one `noun` gives first: a noun with two readings has one entry for each, told apart by
   * their `requiresContext` ("Abzug" of troops, "Abzug" of diplomats).
   */
  nounReadings(trigger: TriggerEntry): readonly TriggerEntry[];
  /** Adjective trigger the word is a form of ("bereit", "bereiten"). */
  adjective(word: string): TriggerEntry | undefined;
  /** Forms of the support verbs a noun trigger names ("führen" → führte, geführt …). */
  isSupportVerb(trigger: TriggerEntry, word: string): boolean;
  /** Forms of the verbs through which a noun trigger's clause subject is its agent (`agentVerbs`: "leitete … ein"). */
  isAgentVerb(trigger: TriggerEntry, word: string): boolean;
}

const presentEndings = ['e', 'st', 't', 'en', 'et', 'est'];
const pastEndings = ['', 'n', 'en', 'st', 'est', 't', 'et', 'e'];
// No -er: no trigger noun makes its plural so, and "Besuch|er", "Anruf|er" are people, not events.
const nounEndings = ['', 's', 'es', 'n', 'en', 'e'];

/** All forms of a verb; `finite` forms are the ones that can stand separated from the particle. */
export function verbFormsOf(verb: VerbForms): { finite: string[]; nonFinite: string[] } {
  const finite = new Set<string>();
  for (const ending of presentEndings) finite.add(verb.present + ending);
  for (const form of verb.presentIrregular ?? []) finite.add(form);
  for (const ending of pastEndings) finite.add(verb.past + ending);
  if (verb.subjunctive) for (const ending of ['', 'n', 'st', 't']) finite.add(verb.subjunctive + ending);
  const particle = verb.particle ?? '';
  // Only a separable verb writes its zu-infinitive as one word ("aufzurufen"); "zutreffen" is no form of "treffen".
  const nonFinite = new Set<string>([verb.lemma, particle + verb.participle, ...(particle ? [particle + 'zu' + verb.present + 'en'] : [])]);
  for (const ending of ['e', 'es', 'en', 'er', 'em']) nonFinite.add(particle + verb.participle + ending);
  return { finite: [...finite].map((form) => form.toLowerCase()), nonFinite: [...nonFinite].map((form) => form.toLowerCase()) };
}


/** What support-verb forms are built from: irregular forms by infinitive and separable particles (grammar.json). */
export interface VerbGrammar {
  irregularVerbForms: Readonly<Record<string, readonly string[]>>;
  separableParticles: readonly string[];
}

/**
 * Forms of a support verb given as infinitive: the weak-verb forms are derived; strong verbs' forms come from the
 * list above or from explicit forms in the data (a support verb written as a finite form matches itself).
 */
const noVerbForms: readonly VerbFormHit[] = Object.freeze([]);

function supportVerbForms(infinitive: string, grammar: VerbGrammar): Set<string> {
  const lower = infinitive.toLowerCase();
  const particle = grammar.separableParticles.find((candidate) => lower.startsWith(candidate) && lower.length > candidate.length + 3);
  const base = particle ? lower.slice(particle.length) : lower;
  const stem = base.replace(/e?n$/, '');
  // A stem ending in -t or -d takes -et in the participle: "gestartet", "eingeleitet"; so does one ending in -n or -m
  // after another consonant: "angeordnet", "gerechnet".
  const participle = 'ge' + stem + (/[td]$|[^aeiouäöülrh][nm]$/.test(stem) ? 'et' : 't');
  // A strong verb's past and participle are the listed ones: the weak endings would make "gebeten" (of "bitten") a
  // form of "geben".
  const irregular = grammar.irregularVerbForms[lower] ?? grammar.irregularVerbForms[base];
  const weakPast = irregular ? [] : [stem + 'te', stem + 'ten', stem + 'ete', stem + 'eten', participle];
  const forms = new Set<string>([lower, base, stem + 'e', stem + 't', stem + 'et', stem + 'st', ...weakPast]);
  for (const form of irregular ?? []) forms.add(form);
  if (particle) {
    // Verb-final and participle forms keep the particle: "abgegeben", "aufnahm", "abzugeben".
    for (const form of [...forms]) forms.add(particle + form);
    if (!irregular) forms.add(particle + participle);
    forms.add(particle + 'zu' + base);
  }
  return forms;
}

export function compileTriggers(
  entries: readonly RankedEntry<TriggerEntry>[],
  grammar: VerbGrammar = { irregularVerbForms: {}, separableParticles: [] },
  isHeadOfCompound: (word: string, headLength: number) => boolean = () => true,
  /** Whether the common-noun lexicon knows a word, compounds included: such a head names its own kind of thing. */
  isKnownNoun: (word: string) => boolean = () => false,
): CompiledTriggers {
  const byForm = new Map<string, VerbFormHit[]>();
  const add = (form: string, hit: VerbFormHit) => {
    const list = byForm.get(form);
    if (list) list.push(hit);
    else byForm.set(form, [hit]);
  };
  const exactNouns = new Map<string, { trigger: TriggerEntry; rank: number }>();
  const readings = new Map<TriggerEntry, TriggerEntry[]>();
  const supportForms = new Map<TriggerEntry, Set<string>>();
  const agentForms = new Map<TriggerEntry, Set<string>>();
  const adjectives = new Map<string, TriggerEntry>();

  for (const { value: trigger, rank } of [...entries].sort((a, b) => b.rank - a.rank)) {
    if (trigger.verb && trigger.reportedDemand) {
      add(`${trigger.verb.present}e`.toLowerCase(), { trigger, finite: true });
    } else if (trigger.verb) {
      const { finite, nonFinite } = verbFormsOf(trigger.verb);
      const particle = trigger.verb.particle?.toLowerCase();
      for (const form of finite) {
        if (particle) {
          add(form, { trigger, needsParticle: particle, finite: true });
          add(particle + form, { trigger, finite: true });
        } else add(form, { trigger, finite: true });
      }
      for (const form of nonFinite) add(form, { trigger, finite: false });
    }
    if (trigger.adjective) {
      for (const ending of ['', 'e', 'en', 'er', 'es', 'em']) if (!adjectives.has(trigger.adjective + ending)) adjectives.set(trigger.adjective + ending, trigger);
      const forms = new Set<string>();
      for (const verb of trigger.supportVerbs ?? []) for (const form of supportVerbForms(verb, grammar)) forms.add(form);
      supportForms.set(trigger, forms);
    }
    if (trigger.noun) {
      const base = trigger.noun.toLowerCase();
      const first = exactNouns.get(base)?.trigger;
      if (first && first !== trigger && first.noun?.toLowerCase() === base) readings.set(first, [...(readings.get(first) ?? [first]), trigger]);
      for (const ending of nounEndings) {
        const form = base + ending;
        if (!exactNouns.has(form)) exactNouns.set(form, { trigger, rank });
      }
      const forms = new Set<string>();
      for (const verb of trigger.supportVerbs ?? []) for (const form of supportVerbForms(verb, grammar)) forms.add(form);
      supportForms.set(trigger, forms);
      const agent = new Set<string>();
      for (const verb of trigger.agentVerbs ?? []) for (const form of supportVerbForms(verb, grammar)) agent.add(form);
      agentForms.set(trigger, agent);
    }
  }

  const nounHeads = listedHeads(exactNouns);

  function noun(word: string): TriggerEntry | undefined {
    if (!isCapitalised(word)) return undefined;
    const hyphen = word.lastIndexOf('-');
    if (hyphen > 0 && hyphen < word.length - 1) {
      const head = noun(word.slice(hyphen + 1));
      if (head) return head;
      // "Videokonferenz-Marathon": when the head is unknown, a known first part still names the event. A head the
      // noun lexicon knows names something else: a "Festnahme-Ersuchen" is a request, "Demo-Spielen" are games.
      const front = noun(word.slice(0, hyphen));
      if (front && !isKnownNoun(word.slice(hyphen + 1))) return front;
    }
    const lower = word.toLowerCase();
    const exact = exactNouns.get(lower);
    if (exact) return exact.trigger;
    // The longest known noun that ends the compound: "Krisentelefonat"; not one its entry says is none ("Herausforderungen").
    const head = listedCompoundHead(word, lower, nounHeads, isHeadOfCompound)?.head.trigger;
    return head?.notCompounds?.some((form) => lower.startsWith(form.toLowerCase()) && lower.length - form.length <= 3) ? undefined : head;
  }

  // Forms as they open a sentence ("Trafen …"), so that a capitalised token needs no lower-casing either.
  for (const [form, hits] of [...byForm]) if (!byForm.has(capitaliseFirst(form))) byForm.set(capitaliseFirst(form), hits);

  return {
    // Called for every token: a direct read of the forms (lower case) beats a memo, which would store every word.
    verbForm: (word) => byForm.get(word) ?? (mayDifferBeyondFirstLetter(word) ? byForm.get(word.toLowerCase()) : undefined) ?? noVerbForms,
    noun: ((memoized) => (word: string) => (isCapitalised(word) ? memoized(word) : undefined))(memoizeWord(noun)),
    nounReadings: (trigger) => readings.get(trigger) ?? [trigger],
    adjective: (word) => adjectives.get(word),
    isSupportVerb: (trigger, word) => supportForms.get(trigger)?.has(word.toLowerCase()) ?? false,
    isAgentVerb: (trigger, word) => agentForms.get(trigger)?.has(word.toLowerCase()) ?? false,
  };
}
