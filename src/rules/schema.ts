/**
 * Schemas of the files in a rule pack (a folder such as `pipelines/news-de/`).
 * Every file is optional; a pack holds what it adds. JSONL files hold one entry per line.
 * All objects are strict: an unknown key is an error, so a typo never silently disables a rule.
 */
import { z } from 'zod';

const countryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, e.g. "FR"');
const wikidataId = z.string().regex(/^Q\d+$/, 'a Wikidata id such as "Q3052772"');
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const ruleId = z.string().regex(/^[a-z0-9][a-z0-9_.:-]*$/, 'lower case letters, digits and . _ : - only');

/** `pack.json`: what the pack is. */
export const packManifestSchema = z.strictObject({
  name: z.string().min(1),
  version: z.string().default('0.0.0'),
  description: z.string().optional(),
});

/** `abbreviations.json`: words that end in a period without ending the sentence. */
export const abbreviationsFileSchema = z.strictObject({
  /** Written as they appear, with their periods: "Dr.", "z. B.", "Mio.". */
  abbreviations: z.array(z.string().min(2)),
  /** Words after which a following number-with-period is a date or ordinal, not a sentence end ("März", "am"). */
  ordinalContexts: z.array(z.string()).optional(),
});

/** A role with the country it is held for, and optionally when. */
export const heldRoleSchema = z.strictObject({
  title: z.string().min(1),
  country: countryCode.optional(),
  organisation: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

/** `places.jsonl`: countries, cities, regions and government seats with their German names. */
export const placeEntrySchema = z.strictObject({
  id: ruleId,
  name: z.string().min(1),
  kind: z.enum(['country', 'city', 'region', 'continent', 'building', 'body-of-water', 'other']),
  /**
   * Grammatical gender of a name used with an article: "die Türkei" (f), "der Iran" (m), "die USA" (pl). After "der" a
   * feminine or plural name is a dative or genitive ("warf der Türkei vor"), never the subject.
   */
  gender: z.enum(['f', 'm', 'pl']).optional(),
  country: countryCode.optional(),
  aliases: z.array(z.string().min(1)).optional(),
  /** The German adjective without ending, lower case: "französisch" (matches französische, -en, -er …). */
  adjective: z.string().regex(/^[a-zäöüß-]+$/).optional(),
  /** Demonyms without ending, for persons: "Franzose", "Französin". */
  demonyms: z.array(z.string()).optional(),
  /** Set on capitals and government seats (Moskau, Kreml, Élysée-Palast): the country whose government the name can stand for. */
  governmentOf: countryCode.optional(),
  /**
   * Set on government seats: the office of the one who heads what sits there ("Präsident" for the Kreml, "Premierminister"
   * for Downing Street). A leader's compound of the seat is that office: "der Kremlchef" is Russia's "Präsident".
   */
  leaderTitle: z.string().min(1).optional(),
  /**
   * Set on a city that, acting, stands for an organisation seated there rather than a government (the knowledge id:
   * "org:eu" for Brüssel): "Brüssel rief beide Seiten zur Mäßigung auf" is the EU's appeal.
   */
  seatOf: ruleId.optional(),
  /**
   * A country's three-letter code in sports results (IOC: "AUT", "GER", "SUI"), matched only in brackets after a name:
   * "Jörgen Graabak (NOR)" is of Norway, where "NOR" alone is nothing.
   */
  sportsCode: z.string().regex(/^[A-Z]{3}$/).optional(),
  wikidata: wikidataId.optional(),
});

/** `knowledge.jsonl`: known persons, organisations and other named things, with aliases and roles. */
export const knowledgeEntrySchema = z.strictObject({
  id: ruleId,
  name: z.string().min(1),
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
  wikidata: wikidataId.optional(),
  /** Other spellings, transliterations, abbreviations: "Selenskyj", "Zelensky", "EU". */
  aliases: z.array(z.string().min(1)).optional(),
  /**
   * Short forms that are also common words ("Bahn" for Deutsche Bahn, "Union" for CDU/CSU, "Linke"): they name the
   * entry only in an article that names it by its name or an alias too, and are otherwise left to the other rules.
   */
  backReferences: z.array(z.string().min(1)).optional(),
  /**
   * The name is one many countries' organisations bear ("Demokratische Partei"): it names this entry only in an
   * article that names something else of the entry's `country` too (a place, a person, an organisation there).
   */
  needsCountry: z.boolean().optional(),
  roles: z.array(heldRoleSchema).optional(),
  country: countryCode.optional(),
  /** For organisations: the kind ("party", "government", "international", "company", "ngo", "media", "military", "sports"). */
  kind: z.string().optional(),
  /**
   * Grammatical gender of a name used with an article ("die SPÖ", "die Vereinten Nationen": f, pl): after "der" a
   * feminine or plural name is a dative or genitive, never the subject ("wirft der SPÖ vor").
   */
  gender: z.enum(['f', 'm', 'n', 'pl']).optional(),
});

/** `roles.jsonl`: role nouns ("Präsident", "Außenministerin") that introduce or describe persons. */
export const roleEntrySchema = z.strictObject({
  id: ruleId,
  /** Masculine singular: "Präsident". */
  title: z.string().min(1),
  /** Feminine singular: "Präsidentin". */
  feminine: z.string().min(1).optional(),
  /** Match as the head of a compound too ("Regierungschef", "Ex-Präsident"). */
  compoundHead: z.boolean().optional(),
  kind: z.enum([
    'head-of-state',
    'head-of-government',
    'minister',
    'leader',
    'spokesperson',
    'official',
    'diplomat',
    'military',
    'judiciary',
    'party',
    'business',
    'sport',
    'culture',
    'other',
  ]),
  /** Alternative titles that mean the same role for resolution ("Kanzler" ~ "Regierungschef" for DE). */
  sameAs: z.array(z.string()).optional(),
  /**
   * A function any organisation has ("Direktor", "Leiter", "Sprecher"): its holder's sector (actor-codes.json) comes
   * only from the organisation the title names ("Polizeisprecher", "Museumsdirektor"), never from the role's kind.
   */
  anyOrganisation: z.boolean().optional(),
  /**
   * A title anyone in the body it names bears: "der ÖVP-Politiker" takes up the ÖVP's security spokesman named before,
   * as any title of that body does ("ÖVP-Sicherheitssprecher", "ÖVP-Chef").
   */
  anyTitleOfItsBody: z.boolean().optional(),
  /** The holder's sector where the kind's (actor-codes.json `roleKinds`) is wrong: "Polizeipräsident" is the police. */
  sector: z.string().optional(),
  /**
   * Inflected forms that are far more often another word and must not match: "Obersten" is the superlative in "des
   * Obersten Gerichtshofs" far more often than the colonel's.
   */
  notForms: z.array(z.string()).optional(),
  /**
   * Compounds of this head that name no such role, as themselves or inflected: "Abstiegskandidat" is a team facing
   * relegation, no candidate for office.
   */
  notCompounds: z.array(z.string()).optional(),
});

/**
 * `institutions.jsonl`: nouns for a state's or a city's institutions that a place adjective makes an organisation:
 * "die israelische Armee", "die Hamburger Polizei", "das russische Außenministerium".
 */
export const institutionEntrySchema = z.strictObject({
  id: ruleId,
  /** Nominative singular ("Regierung"); the plural for nouns used in the plural ("Streitkräfte"). */
  noun: z.string().min(1),
  /** Grammatical gender (pl: a plural noun), for the adjective's ending in the canonical name: "Russisches Außenministerium". */
  gender: z.enum(['f', 'm', 'n', 'pl']),
  /** The plural ("Behörden"), which takes the plural's adjective ending in the canonical name: "Französische Gerichte". */
  plural: z.string().min(1).optional(),
  /** Other nouns of the same gender naming the same ("Staatsführung"). Genitive -s and -es are added to each form. */
  forms: z.array(z.string().min(1)).optional(),
  /** Match as the head of a compound too ("Verteidigungsministerium", "Kriminalpolizei"). */
  compoundHead: z.boolean().optional(),
  /** A country's government ("die russische Regierung") is one entity with its metonyms ("Moskau", "der Kreml"). */
  kind: z.enum(['government', 'ministry', 'military', 'police', 'judiciary', 'legislature', 'central-bank', 'intelligence', 'diplomatic', 'authority', 'opposition']),
  /**
   * Alone after a definite article, in an article whose places and nationality adjectives name one country only, the
   * institution is that country's: "Kabul – Die Regierung kündigte Gespräche an" (Afghanistan's). `always` for what
   * only a state has (an army, a central bank); `unless-regional` for what a region has too (a government, ministry or
   * parliament), which then needs an article that names no region and no city but the capital. For a state's
   * institutions, not a city's police or court.
   */
  ofSoleCountry: z.enum(['always', 'unless-regional']).optional(),
  /**
   * Alone after a definite article, in an article that names one city only as the seat of a police or judicial
   * institution ("die Hamburger Polizei", "die Staatsanwaltschaft Stuttgart"), the institution is that city's: "Die
   * Staatsanwaltschaft ermittelt". For a city's police, prosecutors and courts, not a state's judiciary ("die Justiz").
   */
  ofSoleSeat: z.boolean().optional(),
  /** The noun has a sense of its own in match reports ("zur Kölner Führung": the lead): none there (cues.json `sportsCues`). */
  sportsSense: z.boolean().optional(),
});

/**
 * `actor-codes.json`: CAMEO actor codes. An entity's code is its country's code followed by its sector's ("FRAGOV").
 */
export const actorCodesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** ISO 3166-1 alpha-2 (the records' `country`) to the three-letter code CAMEO writes. */
  countries: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z]{3}$/)),
  sectors: z.array(
    z.strictObject({
      /** Readable name, written to the record's `sector`: "government", "business". */
      sector: z.string().regex(/^[a-z][a-z-]*$/),
      /** CAMEO's three-letter code ("GOV", "BUS"); none for sectors CAMEO does not code (sports, culture). */
      cameo: z.string().regex(/^[A-Z]{3}$/).optional(),
      /**
       * true: actors of this sector are political, so an event of a type marked `politicalOnly` (event-types.json)
       * with one of them is kept. false: they are not (companies, media, clubs, bands), so such an event with only them
       * and persons of no known sector is dropped. Absent: they count neither way (NGOs, unions, churches).
       */
      political: z.boolean().optional(),
      /** roles.jsonl kinds whose holders belong to this sector. */
      roleKinds: z.array(z.string()).optional(),
      /** knowledge.jsonl and institutions.jsonl kinds of organisations of this sector. */
      organisationKinds: z.array(z.string()).optional(),
      /** Nominative singular nouns naming an organisation of this sector; compounds ending in one match too. */
      nouns: z.array(z.string().min(1)).optional(),
    }),
  ),
  /** Legal forms after a company's name ("Siemens AG", "Alphabet Inc."): the name is a business. */
  legalForms: z.array(z.string().min(1)).optional(),
});

/** How a trigger verb is written in its forms; endings are added by the matcher. */
export const verbFormsSchema = z.strictObject({
  /** Infinitive with the particle: "aufrufen". */
  lemma: z.string().min(2),
  /** Separable particle, if any: "auf" in "rief … auf". */
  particle: z.string().optional(),
  /** Present stem without particle: "ruf". */
  present: z.string().min(1),
  /** Extra present forms with vowel change: "spricht", "sprichst". */
  presentIrregular: z.array(z.string()).optional(),
  /** Past stem without particle: "rief" (rief, riefen, riefst). */
  past: z.string().min(1),
  /** Past participle without particle: "gerufen". */
  participle: z.string().min(1),
  /** Subjunctive II stem, if it differs from past: "riefe" is derived; "hätte" must be given. */
  subjunctive: z.string().optional(),
});

export const eventTypeName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case, e.g. "phone_call"');
export const cameoCode = z.string().regex(/^\d{2,4}$/, 'a CAMEO code of 2 to 4 digits, e.g. "041"');

/** `triggers.jsonl`: words that signal an event, with its type and CAMEO code. */
export const triggerEntrySchema = z.strictObject({
  id: ruleId,
  type: eventTypeName,
  cameo: cameoCode,
  /** A verb trigger ("aufrufen") … */
  verb: verbFormsSchema.optional(),
  /** … or a noun trigger ("Telefongespräch"); matched as the head of compounds too ("Krisentelefonat"). */
  noun: z.string().min(2).optional(),
  /** Words ending in the noun that are no compounds of it, also inflected: "Herausforderung" is no "Forderung". */
  notCompounds: z.array(z.string()).optional(),
  /** … or a predicative adjective ("bereit" in "man sei bereit"), lower case; it needs its support verbs ("sein"). */
  adjective: z.string().regex(/^[a-zäöüß]+$/, 'lower case letters').optional(),
  /** For noun and adjective triggers: verbs that carry them ("ein Telefongespräch führen"); the noun alone is enough when empty. */
  supportVerbs: z.array(z.string()).optional(),
  /**
   * For noun triggers that stand alone too ("die Ermittlungen gegen X dauern an"): the verbs through which the clause's
   * subject performs them ("leitete Ermittlungen ein", "ordnete eine Untersuchung an"). With another verb the subject
   * takes no part: "Sarkozy entging einem Ermittlungsverfahren", "im Zentrum der Ermittlungen steht X".
   */
  agentVerbs: z.array(z.string()).optional(),
  /** Which grammatical slots fill which participant roles. */
  slots: z
    .strictObject({
      subject: z.enum(['source', 'participant']).default('source'),
      object: z.enum(['target', 'participant']).optional(),
      /**
       * For noun triggers: the role of a genitive attribute. Absent, it is the agent ("der Rücktritt des Ministers",
       * "Putins Besuch"); `target` for nouns of acts done to someone ("die Festnahme des Oppositionsführers").
       */
      genitive: z.enum(['source', 'target', 'participant']).optional(),
      /** Prepositions whose object is the target or partner: ["mit"], ["an", "gegen"]. */
      prepositions: z.record(z.string(), z.enum(['target', 'participant'])).optional(),
      /**
       * The role of the subject of a dass-clause the verb governs, where the verb has no object of its own: the one
       * whose act is criticised or welcomed ("kritisierte, dass die Regierung das Abkommen vorantreibe").
       */
      clause: z.enum(['target']).optional(),
    })
    .optional(),
  /** Symmetric events (meetings, calls) list every side as participant-like peers. */
  symmetric: z.boolean().optional(),
  /** The trigger itself says the event did not happen in its object ("ablehnen" a ceasefire). */
  negatesObject: z.boolean().optional(),
  /**
   * Words of this trigger that make the reading likely (e.g. "Krieg" for verbal "verteidigen"); when given, one must be
   * in the sentence, as itself, inflected or as a compound's head; with a leading "=" not as a compound's head ("=Haft"
   * is not in "Gesellschaft").
   */
  requiresContext: z.array(z.string()).optional(),
  /**
   * The `requiresContext` word must stand in the trigger's own clause, not anywhere in its sentence: "Der Fonds soll mit
   * drei Millionen unterstützt werden" is aid, "Rudolf Taschner, der Mahrers Projekt unterstützt" with millions named in
   * another clause is none.
   */
  requiresContextInClause: z.boolean().optional(),
  /**
   * Words that make another reading certain ("Entscheidung" in "eine Entscheidung treffen"): when one stands in the
   * clause, as itself or inflected, also after a compound's last hyphen ("EU-Strafe"), but not as the end of an
   * unhyphenated word ("Senator" does not contain "Tor"), the trigger does not fire.
   */
  excludesContext: z.array(z.string()).optional(),
  /**
   * Words that, right after the verb, give it another reading ("nach" in "sie verlangt nach Orientierung": she longs for
   * it, demands nothing). Lower case; verbs only.
   */
  excludesFollowedBy: z.array(z.string()).optional(),
  /**
   * Words that open a clause right after the verb and its comma and give it another reading: a protest takes no
   * complement clause, so "um zu demonstrieren, dass …" shows something. Lower case; verbs only.
   */
  excludesClauseAfter: z.array(z.string()).optional(),
  /** Words that, right before the trigger, give it another reading: "ins Treffen führen" brings an argument forward. Lower case. */
  excludesPrecededBy: z.array(z.string()).optional(),
  /**
   * With a reflexive pronoun of its subject in the clause the verb has another sense: "wir versprechen uns viel davon"
   * expects, "er versprach sich" misspoke; neither promises.
   */
  excludesReflexive: z.boolean().optional(),
  /**
   * For verbs whose other readings have no partner ("treffen": to hit, to affect, to score): the event needs a named
   * partner besides the subject, "sich", "einander" or "beide" in the clause ("trafen sich"), or a role, institution or
   * person noun as the verb's object ("traf die Unterhändler der Regierung", "traf den Gast") or after "mit".
   * "Es trifft mich", "Messi traf doppelt" are no meetings.
   */
  needsPartner: z.boolean().optional(),
  /**
   * For verbs whose other reading has a thing for its subject ("rechtfertigen": "das rechtfertigt nicht", "rechtfertigt
   * keine Eingriffe"): the event needs a named actor (a source). "Merkel rechtfertigte ihre Entscheidung" keeps it.
   */
  needsAgent: z.boolean().optional(),
  /**
   * A modal verb whose subjunctive I ("solle", "müsse": the present stem and "e") in reported speech asks its subject to
   * act: "Japan solle aufhören, Spannungen zu schüren", the speaker's demand. Only that form fires; the clause's subject
   * is the target, the speaker (of the sentence's reporting clause, or of the reported speech it goes on) the source; the
   * event the clause asks for lies ahead. Not in the passive ("solle geheim gehalten werden"), nor where the speaker
   * demands in words of their own ("forderte, die Regierung solle …").
   */
  reportedDemand: z.boolean().optional(),
  /**
   * The word has no sense in sport ("Anschlag", "Selbstmordanschlag"): its event stays in a match report, where events of
   * cues.json `sportsEventTypes` go ("nach dem Anschlag auf der Istiklal-Straße annulliert" in a football preview).
   */
  noSportsSense: z.boolean().optional(),
  /**
   * The participle after a form of "sein" names a state, not the act ("Die Ministerin ist gefordert": challenged, not
   * demanded); with "worden" it is still the act ("ist gefordert worden").
   */
  stateWithSein: z.boolean().optional(),
  /**
   * A zu-infinitive in the verb's own clause gives another reading: "Die Frachter drohten abzutreiben" (were about to),
   * while "drohte, die Fabrik zu schließen" (a comma first: the infinitive has a clause of its own) stays a threat.
   */
  notWithZuInfinitive: z.boolean().optional(),
  /**
   * A zu-infinitive clause after the verb and its comma serves as a `requiresContext` word: "Moskau bestritt, zivile
   * Ziele ins Visier genommen zu haben" denies an act, which "bestritt das Finale" does not.
   */
  zuInfinitiveAsContext: z.boolean().optional(),
  /**
   * With `needsPartner`: prepositions whose phrase is a partner even where it names no one ("mit" for "sprechen": "hat
   * mit vierzig Gemeinden gesprochen"). Not for "treffen", where "mit" is mostly a means ("traf mit seiner Kritik").
   */
  partnerPrepositions: z.array(z.string()).optional(),
  confidence: z.number().min(0).max(1).optional(),
});

/** `cues.json`: words that set modality and attribution. */
export const cuesFileSchema = z.strictObject({
  planned: z.array(z.string()),
  expected: z.array(z.string()),
  negation: z.array(z.string()),
  /**
   * Phrases in which a negation word negates no event: "nicht nur", "nicht zuletzt", "nicht weniger als", "als nicht
   * hilfreich". The negation words inside them are passed over.
   */
  negationExceptions: z.array(z.string()).optional(),
  correctingConjunctions: z.array(z.string()).optional(),
  comparisonPhrases: z.array(z.string()).optional(),
  hypothetical: z.array(z.string()),
  reportingVerbs: z.array(verbFormsSchema),
  attributionPhrases: z.array(z.string()).optional(),
  /**
   * Attribution phrases of speech ("hieß es"), whose source ("aus dem Wirtschaftsdepartement") speaks as a reporting
   * verb's subject does: one who speaks for the government whose verbal act the clause tells performs it.
   */
  speechPhrases: z.array(z.string()).optional(),
  /** Phrases whose reporting verb names no source of the sentence: "wie berichtet" (as this paper reported before). */
  reportingExceptions: z.array(z.string()).optional(),
  /** Modal verbs that, with a perfect infinitive, report a claim instead of a plan: "soll … gesprochen haben". */
  claimModals: z.array(z.string()).optional(),
  /**
   * Present modals of obligation ("muss", "müsse"): a verb they govern is demanded, so it lies ahead ("Die EU muss
   * besser kooperieren": planned), unless the speaker's side performs a verbal act by saying so ("Auch Österreich muss
   * man den Vorwurf machen": asserted).
   */
  obligationModals: z.array(z.string()).optional(),
  /**
   * Present modals of ability ("kann", "können"): what they govern is possible, not done ("Wir können Menschen, die
   * chatten, festnehmen": hypothetical), and in a purpose clause aimed at ("damit sie … protestieren können": planned).
   */
  abilityModals: z.array(z.string()).optional(),
  /** Words that open a zu-infinitive of what does not happen: "ohne festgenommen zu werden", "statt zu verhandeln". */
  negatingInfinitiveOpeners: z.array(z.string()).optional(),
  /**
   * Words that state a condition only opening their sentence before a comma ("Angenommen, Estland greift an, …"):
   * elsewhere they are a verb's participle ("hat den Rücktritt angenommen").
   */
  conditionOpeners: z.array(z.string()).optional(),
  /** Past forms of modals of intention: with an infinitive trigger the act was planned ("wollte … reisen"), not done. */
  pastIntentionModals: z.array(z.string()).optional(),
  /**
   * Participles that, as an event noun's attribute or closing its clause, say it did not take place: "der vereitelte
   * Anschlag", "das abgesagte Treffen", "Kundgebungen sind untersagt" (not a noun in a phrase of cause: "Wegen der
   * Proteste wurde das Konzert abgesagt").
   */
  negatingAttributes: z.array(z.string()).optional(),
  /** Nouns of evidence: denied ("keine Hinweise"), they deny the event noun they point to ("auf", "für"). */
  evidenceNouns: z.array(z.string()).optional(),
  /**
   * Nouns of reason or need, as written, that denied ("keinen Anlass", "keine Notwendigkeit") deny the zu-infinitive they
   * govern: "sieht keinen Anlass, ein Ermittlungsverfahren einzuleiten".
   */
  reasonNouns: z.array(z.string()).optional(),
  /**
   * Verb forms that say whether the zu-infinitive they govern happened: `succeeded` ("gelang es …, zu": it did, unless
   * negated), `failed` ("versäumte es, … zu": it did not).
   */
  implicativeVerbs: z.strictObject({ succeeded: z.array(z.string()).default([]), failed: z.array(z.string()).default([]) }).optional(),
  /**
   * Verbs of ruling out: negated, they make what they govern possible, no more: "schloss einen Atomangriff nicht aus",
   * "schloss nicht aus, Obama zu verklagen", "Es ist nicht auszuschließen, dass …" (hypothetical, not negated).
   */
  /**
   * With `preposition`, the phrase of that preposition names an event the verb shuts its object out of, which takes no
   * part in it ("Estland vom Gipfeltreffen auszuschließen"); as a verb of ruling out it works either way.
   */
  ruleOutVerbs: z.array(verbFormsSchema.extend({ preposition: z.string().optional() })).optional(),
  /**
   * Verbs that end, halt or go on with an event their object names, which so is under way: "will die Ermittlungen
   * einstellen" tells of investigations that take place (asserted), whatever plan or negation the verb has.
   */
  continuationVerbs: z.array(verbFormsSchema).optional(),
  /**
   * Verbs whose subject performs the event noun they take as object: "der Staatsbesuch in China, den Erdogan am
   * Mittwoch antrat", "der Anschlag, den der IS verübte": the subject of such a relative clause is the event's agent.
   */
  undertakingVerbs: z.array(verbFormsSchema).optional(),
  /**
   * Verbs whose object event did not take place: prevented or escaped ("verhinderte einen Anschlag", "entging einem
   * Ermittlungsverfahren"); negated, they let it happen.
   */
  /**
   * With `preposition`, the verb takes its event noun in a phrase of that preposition ("sieht von Ermittlungen ab");
   * without, as its object ("verhinderte einen Anschlag").
   */
  preventionVerbs: z.array(verbFormsSchema.extend({ preposition: z.string().optional() })).optional(),
  /**
   * Verbs of denying: what they take as object, also in a report's phrase ("dementierte Berichte über ein Treffen"), and
   * what the zu-infinitive or dass-clause they govern tells ("bestritt, Putin getroffen zu haben") is denied: negated.
   * Negated themselves ("bestritt nicht"), they admit it.
   */
  denialVerbs: z.array(verbFormsSchema).optional(),
  /** Verbs of deciding: what the zu-infinitive or dass-clause they govern tells is planned ("hat beschlossen, die Hilfsgelder aufzustocken"). */
  decisionVerbs: z.array(verbFormsSchema).optional(),
  /**
   * Verbs of believing: a past subjunctive of "haben" in the clause they govern reports what is believed, as after a
   * verb of saying ("ist überzeugt, die Piloten hätten nicht rechtmäßig gestreikt": reported, not hypothetical).
   */
  beliefVerbs: z.array(verbFormsSchema).optional(),
  /**
   * Verbs whose object is the subject of the zu-infinitive they govern: "Tallinn warf Moskau vor, den Posten
   * angegriffen zu haben" (Moskau attacked), "forderte die Regierung auf, … zu verhandeln". An `accusation` makes
   * that infinitive's event reported (alleged), not asserted.
   */
  objectControlVerbs: z
    .array(
      verbFormsSchema.extend({
        accusation: z.boolean().optional(),
        /** The verb asks for the act its zu-infinitive tells, which so lies ahead ("empfiehlt seinem Volk, … abzulehnen"). */
        asks: z.boolean().optional(),
        /** Words one of which must stand in the clause: "machen" blames only with "verantwortlich". */
        requiresContext: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  /** Words that make a sentence part of a match report ("Halbzeit", "Elfmeter"); a score ("2:0") or a minute mark ("(44.)") does too. */
  sportsCues: z.array(z.string()).optional(),
  /** Event types a match report's sentence does not hold: there a striker "trifft" and an "Angriff" is on goal. */
  sportsEventTypes: z.array(z.string()).optional(),
});

/** `patterns.jsonl`: token patterns for entities, in the spirit of spaCy's EntityRuler. */
export const tokenAttributeSchema = z.strictObject({
  text: z.string().optional(),
  lower: z.string().optional(),
  /** A regular expression the token text must match in full. */
  regex: z.string().optional(),
  shape: z.string().optional(),
  isCapitalised: z.boolean().optional(),
  /**
   * A lexicon the token must be in: `common-nouns` (the noun lexicon), `places` (a place of one word), `first-names`
   * (the given-name list) or `function-words` (the grammar's closed classes).
   */
  inLexicon: z.string().optional(),
  /** A lexicon, or several, the token must not be in. */
  notInLexicon: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
  op: z.enum(['?', '*', '+', '!']).optional(),
  /** Name this token's match so the rule can say which part is the entity. */
  capture: z.string().optional(),
});

export const patternEntrySchema = z.strictObject({
  id: ruleId,
  label: z.enum(['PER', 'ORG', 'LOC', 'MISC']),
  /** A phrase matched token by token, case-sensitive … */
  phrase: z.string().optional(),
  /** … or a sequence of token attributes. */
  pattern: z.array(tokenAttributeSchema).optional(),
  /** Which capture is the entity; the whole match when omitted. */
  entity: z.string().optional(),
  /** Canonical key to link to (a knowledge or place id). */
  links: z.string().optional(),
  /** For organisations: the kind, as in knowledge.jsonl ("sports"), which gives the actor's sector (actor-codes.json). */
  kind: z.string().optional(),
  /** A guess by the shape of the words: it yields to every overlapping mention, the tagger's included. */
  fallback: z.boolean().optional(),
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type AbbreviationsFile = z.infer<typeof abbreviationsFileSchema>;
export type PlaceEntry = z.infer<typeof placeEntrySchema>;
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;
export type RoleEntry = z.infer<typeof roleEntrySchema>;
export type InstitutionEntry = z.infer<typeof institutionEntrySchema>;
export type ActorCodesFile = z.infer<typeof actorCodesFileSchema>;
export type VerbForms = z.infer<typeof verbFormsSchema>;
export type TriggerEntry = z.infer<typeof triggerEntrySchema>;
export type CuesFile = z.infer<typeof cuesFileSchema>;
export type PatternEntry = z.infer<typeof patternEntrySchema>;
export type TokenAttribute = z.infer<typeof tokenAttributeSchema>;

/** `grammar.json`: closed word classes the clause analysis relies on (case of determiners, prepositions, conjunctions). */
export const grammarFileSchema = z.strictObject({
  /** Determiners and the cases they can mark: "den" → ["acc", "dat"]. */
  determiners: z.record(z.string(), z.array(z.enum(['nom', 'acc', 'dat', 'gen']))),
  prepositions: z.array(z.string()),
  /** Words that start a subordinate clause ("dass", "weil", "nachdem", relative pronouns after a comma). */
  subordinators: z.array(z.string()),
  coordinators: z.array(z.string()),
  /** Words inside names that are not capitalised: "von", "van", "de", "al". */
  nameParticles: z.array(z.string()),
  /** Name particles written joined by a hyphen to the capitalised part: "al" in "al-Assad", "abu" in "abu-Bakr". */
  hyphenatedNameParticles: z.array(z.string()).default([]),
  /** Capitalised words that never start or continue a name on their own (pronouns, sentence adverbs …). */
  nonNameWords: z.array(z.string()),
  /** Personal pronouns that can refer to a person: "er", "sie". */
  personPronouns: z.array(z.string()),
  /** Those of them that are nominative only ("er", not "sie"): right after the verb, such a pronoun is the subject. */
  nominativePronouns: z.array(z.string()).default([]),
  /**
   * Neuter pronouns ("es"): one after its clause's subordinator, with an active verb, is the subject, and stands for a
   * country named without an article ("…, wenn es Flüchtlinge zurückweist": Österreich), never for a person.
   */
  neuterPronouns: z.array(z.string()).default([]),
  /** Pronouns of the first person singular ("ich"): with one as subject, a verb in -e is the indicative, not reported speech. */
  firstPersonSingularPronouns: z.array(z.string()).default([]),
  /**
   * Markers of reported speech that with a first person singular subject are the indicative ("habe ich … abgelehnt",
   * "ich werde"), unlike "sei", "könne": in a clause with "ich" they report nothing.
   */
  firstPersonIndicatives: z.array(z.string()).default([]),
  /**
   * Prepositions of cause or concession ("wegen", "trotz"): an event noun they govern is what the clause reacts to,
   * so the clause's subject is not its agent ("Strache erklärte angesichts von Protesten …").
   */
  causalPrepositions: z.array(z.string()).default([]),
  /**
   * Prepositions of time ("nach", "seit", "bei"): a violent event (CAMEO 18–20) they govern is the clause's setting, so
   * the subject did not perform it ("nach den Anschlägen in Paris dachte die Ministerin …"), unless a possessive says
   * it did ("nach seinem Angriff"). Visits and meetings there stay the subject's ("sagte Kerry bei einem Besuch").
   */
  temporalPrepositions: z.array(z.string()).default([]),
  /**
   * Prepositions of the same time with the definite article, or joined with it ("bei dem", "beim", "während des"): an
   * event placed at an event noun after one happened at the time told of that event before ("Bei dem Treffen
   * unterzeichneten beide …" after "am Dienstag … getroffen").
   */
  simultaneityPrepositions: z.array(z.string()).default([]),
  /** Reflexive pronouns ("sich", "uns"): after one, "einige" is the verb ("man einige sich"), not a determiner. */
  reflexivePronouns: z.array(z.string()).default([]),
  /** Pronouns by which a speaker means their own side in reported speech: "man", "wir". */
  speakerPronouns: z.array(z.string()).default([]),
  /**
   * Nouns for people or groups of people that are no office ("Gast", "Delegation", "Kollegen"): as the object of a
   * verb that needs a partner they make one ("traf den Gast"), where "traf den Punkt" has none. Compounds count by
   * their head ("Amtskollegen").
   */
  personNouns: z.array(z.string()).default([]),
  /**
   * More nouns for people that a number counts ("drei Personen", "18 Zivilisten"), beside `personNouns`: a clause that
   * counts people tells of one occurrence, so its event is kept without named participants ("protestierten rund 2000
   * Menschen"; events config `eventsWithoutParticipants: "when-cued"`).
   */
  countedPersonNouns: z.array(z.string()).default([]),
  /**
   * Words that count before a noun ("drei", "2000", "Tausende"), beside digits: with `countedPersonNouns` they make a
   * count of people. Lower case.
   */
  countWords: z.array(z.string()).default([]),
  /**
   * Finite forms of auxiliaries and modals by number ("hat", "hatte" / "haben", "hatten"): a clause with a singular one
   * and no plural one takes no plural subject ("Die Behörden hatte der Präsident aufgerufen"). Lower case.
   */
  singularFiniteVerbs: z.array(z.string()).default([]),
  pluralFiniteVerbs: z.array(z.string()).default([]),
  /**
   * Last words of organisations' names that no person's name ends in ("Labs", "Studios", "Media", "Industries"): a name
   * the tagger calls a person's is an organisation's when it ends in one ("Owlchemy Labs", "Hubert Burda Media").
   */
  organisationNameEnds: z.array(z.string()).default([]),
  /**
   * Words that open or end the names of events, tournaments and prizes ("Open", "Cup", "Festival", "Biennale", "Copa"):
   * a name the tagger gives another class that opens or ends in one is an event's ("Australian Open", "Copa America"),
   * no actor's.
   */
  eventNameWords: z.array(z.string()).default([]),
  /**
   * Words of an attribution phrase that make it the clause subject's own account ("nach eigenen Angaben"): the subject
   * is then the source; another phrase without a name of its own ("dem Bericht zufolge") names none.
   */
  ownAccountWords: z.array(z.string()).default([]),
  /**
   * Forms of the definite article ("der", "die", "das" …); with `contractedPrepositions` ("im", "vom") they mark an
   * institution named alone, which `ofSoleCountry` (institutions.jsonl) gives the article's one country.
   */
  definiteArticles: z.array(z.string()).default([]),
  /**
   * Endings of nouns that are mostly neuter ("um", "ment", "amt", "institut"): an unlisted name declined after "des" or
   * "dem" is named in the nominative with a neuter adjective ("vom Deutschen Zentrum" → "Deutsches Zentrum"), others
   * with a masculine one ("des Bayerischen Rundfunks" → "Bayerischer Rundfunk"). Lower case.
   */
  neuterNounEndings: z.array(z.string()).default([]),
  /**
   * Nouns for parts, people and things of a place ("Süden", "Innenstadt", "Straßen", "Einwohner"): a capital in the
   * genitive after one is the place, not its government ("im Süden Athens", "die Straßen Moskaus").
   */
  placePartNouns: z.array(z.string()).default([]),
  /**
   * Nouns for kinds of places whose name follows them ("der Gemeinde Lindenhain", "der Stadt Linz"): a role with such a
   * genitive after it is the place's office, which may take the article's country, not an office of another body.
   */
  placeKindNouns: z.array(z.string()).default([]),
  /**
   * English words that link the words of a name, which German text uses in no other way ("Supreme Court of the State of
   * New York", "Women on Twenties", "Need for Speed"): a name the tagger found goes on over them and the capitalised
   * words after them, and a listed place inside such a name is part of it.
   */
  englishNameLinks: z.array(z.string()).default([]),
  /** Prepositions that follow their noun ("dem Bericht zufolge"), so they govern no phrase after them. */
  postpositions: z.array(z.string()).default([]),
  /**
   * Verbs whose perfect takes an infinitive for its participle ("hat … hinrichten lassen", "habe … kommen wollen"), lower
   * case: a claim modal with such a perfect claims the past, as with a participle.
   */
  substituteInfinitives: z.array(z.string()).default([]),
  /**
   * Nouns of a relation between parties: a capital after "zwischen" right after one of them (or a compound ending in
   * one) stands for its government ("der Vertrag zwischen Wien und Bratislava", "die Beziehungen zwischen Moskau und
   * Washington"), while after another noun it is a place ("Strecken zwischen Wien und Frankfurt").
   */
  relationNouns: z.array(z.string()).default([]),
  /**
   * Nouns for one person no name is given for ("der Verkäufer", "die Lenkerin"), by grammatical gender, singular forms:
   * such a noun after a person named with another role introduces someone else, whom a following "er" or "sie" then
   * means ("Polizeisprecher Roman H. … Der 37-jährige Verkäufer … Erst wurde er festgenommen"). Compounds count by their head.
   */
  /**
   * Endings of nouns that describe one person by a trait, in their singular forms ("der 51-Jährige", "dem
   * Fünfzigjährigen"): with a definite article such a noun takes up the person of its gender named last before it.
   */
  personTraitNounEndings: z.array(z.string()).default([]),
  /**
   * Prepositions joined with their article, and the preposition each holds ("im": "in", "beim": "bei"): a trigger's
   * slot for the preposition takes the joined form too ("zu einem Besuch im Iran" for `"in": "target"`).
   */
  contractedPrepositions: z.record(z.string(), z.string()).default({}),
  /**
   * Nouns for one person by party or political leaning, singular forms as written ("Christdemokrat",
   * "Republikanerin", "Konservative"): opening a sentence after "Der" or "Die", with a verb after them, they take up the
   * person of their gender named last before it ("Der Republikaner warf dem Weißen Haus vor"), as does a country's
   * demonym from places.jsonl ("Die Schwedin traf sich …"), which passes over a person known to be of another country.
   */
  epithetNouns: z.array(z.string()).default([]),
  organisationHeads: z.array(z.string()).default([]),
  namingWords: z.array(z.string()).default([]),
  strongPastForms: z.array(z.string()).default([]),
  countryPrefixes: z.record(z.string(), z.array(z.string())).default({}),
  dayOutsideWords: z.array(z.string()).default([]),
  /**
   * Words that quantify a noun as an article does ("solche", "alle", "jede", "manche", "viele", "welche", "jene"),
   * inflected forms listed: no adjective, so after a name ending in -s they make no genitive of it ("Steve Jobs solche
   * Patzer", against "Lew Wallaces gleichnamigem Roman").
   */
  quantifiers: z.array(z.string()).default([]),
  /**
   * Words that open a place's name ("St.", "Sankt", "Bad"): a name the tagger calls a person's that opens with one is a
   * place ("Im pittoresken St. Ives").
   */
  placePrefixes: z.array(z.string()).default([]),
  /**
   * Phrases of the time just before something (lower case: "im vorfeld", "am vorabend", "vor beginn"): a meeting,
   * visit or talks (CAMEO 04) in their genitive lies ahead ("Ungarn hat im Vorfeld der Tagung … vorgeworfen", "Einen
   * Tag vor Beginn des EU-Afrika-Gipfels hat der Ministerrat beschlossen").
   */
  eveOfPhrases: z.array(z.string()).default([]),
  /**
   * Forms of verbs that tell whether an event noun, their subject, took place (lower case; a form with a space is a
   * finite verb and the particle that closes its clause: "fand statt"): their clause's negation negates the noun as
   * a support verb's does ("Ein Treffen mit Fico fand nicht statt": negated).
   */
  occurrenceVerbForms: z.array(z.string()).default([]),
  /**
   * Forms of verbs whose object is a place someone goes to ("besuchte", "bereist"): a capital as their object is the
   * place, not its government ("besuchte am Montag Tallinn", "will Tallinn besuchen").
   */
  placeObjectVerbForms: z.array(z.string()).default([]),
  /**
   * Phrases of speech that name who speaks in a phrase with "aus" right after or before them ("hieß es aus dem Weißen
   * Haus", "Aus Moskau verlautete"): a capital or seat of government there is the government that speaks.
   */
  speechSourcePhrases: z.array(z.string()).default([]),
  /**
   * Personal pronouns that can only be an object, with the sex of the person they stand for ("ihn", "ihm": a man): as
   * a verb's object with no preposition before them, the last person of that sex named before who takes no part yet
   * ("Die Ministerin kritisierte ihn scharf").
   */
  objectPronouns: z.record(z.string(), z.enum(['m', 'f'])).default({}),
  /**
   * Determiners of a masculine noun as a clause's subject or object ("der Plan", "den Vorschlag", "einen Brief"): such a
   * thing named since the person an object pronoun would take up may be what "ihn" means.
   */
  masculineArgumentDeterminers: z.array(z.string()).default([]),
  /**
   * Endings of nouns for people ("Biologin", "Physiker", "Fotograf", "Journalist", "Soziologe", "Student"): such a noun
   * before a given name and surname at the end of a tagger's name of another class says what the person is.
   */
  personNounEndings: z.array(z.string()).default([]),
  /**
   * Prepositions that put a place's name as a place, where, whence or whither ("in Graz", "aus Wien"): in a match
   * report a listed town or country after none of them is a team ("6:0-Sieg über San Marino", "gegen Salzburg").
   */
  placePrepositions: z.array(z.string()).default([]),
  /**
   * Abbreviations that, in a match report's sentence, title the person named right after them ("SR Ouschan": the
   * referee), as written: the name the tagger began with one is that person's alone.
   */
  matchReportPersonTitles: z.array(z.string()).default([]),
  /**
   * Words that, before a colon, open a team's lineup in a match report ("Ersatz:", "Es fehlen:"): a single name the
   * tagger calls a place or anything but a person, in the list of names after one, is a player's.
   */
  lineupMarkers: z.array(z.string()).default([]),
  /**
   * Abbreviations of common nouns, as written ("BIP", "WLAN", "USB", "NGO"): the tagger's name of one of them alone
   * names nothing, however often it calls a word in capitals an organisation.
   */
  nounAbbreviations: z.array(z.string()).default([]),
  /**
   * Nouns for the holder of the same office elsewhere, inflected forms listed, by sex ("Amtskollegen": "m",
   * "Amtskollegin": "f"): with a nationality adjective before them and a name after them, that person holds the office
   * of the person whose role the sentence or the one before named last, in the adjective's country ("Außenminister
   * Kaarel Tamm empfing seinen litauischen Amtskollegen Vytautas Petraitis": Lithuania's foreign minister).
   */
  counterpartNouns: z.record(z.string(), z.enum(['m', 'f'])).default({}),
  /**
   * Singular nouns for an organisation of a sector (actor-codes.json `nouns`), by gender ("m", "f", "n"): with a
   * definite article of that gender, and no name, genitive or von-phrase after them, they take up the last organisation
   * of that sector named in their sentence or the three before ("Nordtek … Die EU-Kommission warf dem Konzern vor").
   * Only the listed nouns count: a compound ("der Aluminiumkonzern") says more, and names another as often.
   */
  organisationDescriptionNouns: z.record(z.string(), z.enum(['m', 'f', 'n'])).default({}),
  singularPersonNouns: z.strictObject({ masculine: z.array(z.string()).default([]), feminine: z.array(z.string()).default([]) }).default({ masculine: [], feminine: [] }),
  /** Possessive determiners ("seine", "ihren"): a noun they open points to an agent named elsewhere ("Seine Reden hält X"). */
  possessiveDeterminers: z.array(z.string()).default([]),
  /** Auxiliary and modal verb forms (hat, hatte, wird, soll …), for finding the verbal bracket. */
  auxiliaries: z.array(z.string()),
  /** Subjunctive I forms that mark reported speech ("sei", "habe", "werde"). */
  subjunctiveMarkers: z.array(z.string()).default([]),
  /** Forms of strong and irregular verbs a support verb may take, by infinitive ("geben" → gibt, gab, gegeben). */
  irregularVerbForms: z.record(z.string(), z.array(z.string())).default({}),
  /** Separable verb particles ("auf" in "aufnehmen"), longest first: the first that fits is taken. */
  separableParticles: z.array(z.string()).default([]),
  /** Forms of "werden": with an infinitive they make the future, with a participle the passive. */
  werdenForms: z.array(z.string()).default([]),
  /** The past and subjunctive ones among them ("wurde", "worden", "würde"), which make no future: "wurde … empfangen" is passive. */
  werdenPastForms: z.array(z.string()).default([]),
  /** Finite forms of "sein": with a participle they make a state ("ist gefordert"), or a passive of a state ("ist angeklagt"). */
  seinForms: z.array(z.string()).default([]),
  /** Determiners that open a genitive attribute after a noun ("Beginn einer Offensive", "der Präsident des Verbands"). */
  genitiveDeterminers: z.array(z.string()).default([]),
  /** Nouns for a state before its name ("des Königreichs Bahrain", "der Republik Polen"), in the genitive. */
  stateNouns: z.array(z.string()).default([]),
  /**
   * Word beginnings that make a role a past one ("früher" for "die frühere Ministerin", "Ex-" for "der Ex-Präsident"):
   * such a description is never resolved to the office's holder now.
   */
  formerOfficeMarkers: z.array(z.string()).default([]),
  /**
   * Words that make a role description a deputy's ("der stellvertretende Außenminister"), matched at a word's start,
   * lower case: the title becomes "Vize-Außenminister", and the description names no holder of the office itself.
   */
  deputyMarkers: z.array(z.string()).default([]),
  /**
   * Stems of ordinals that stand capitalised in a title ("der Ersten Landtagspräsidentin", "Zweiter Nationalratspräsident"):
   * part of the role's phrase, like any adjective before it.
   */
  titleOrdinals: z.array(z.string()).default([]),
  /** Determiners before a masculine noun in the nominative only ("der", "dieser"): "der Vorsitzende" is a man. */
  masculineNominativeDeterminers: z.array(z.string()).default([]),
  /** Forms of the indefinite article: a person noun after one brings in someone new; a party's name after one is a member. */
  indefiniteArticles: z.array(z.string()).default([]),
  /** Relative pronouns in every case ("dem", "denen", "welche"): after a preposition and a comma they open a relative clause. */
  relativePronouns: z.array(z.string()).default([]),
  /**
   * Relative pronouns that can be the subject of their clause ("der", "welche", "was"): after a comma, with no other
   * subject in the clause, they are it, and stand for the noun before the comma ("des Mannes, der drei Menschen tötete").
   */
  nominativeRelativePronouns: z.array(z.string()).default([]),
  /**
   * Endings of abstract nouns ("-ismus", "-keit", "-ung"): a known noun with one of them after a role noun is no
   * surname ("werfen dem Finanzminister Zynismus vor"), as "Fischer" or "Koch" may be.
   */
  abstractNounEndings: z.array(z.string()).default([]),
  /** Endings of patronymics ("Jurjewitsch", "Petrowna"): a middle name, so the surname after it is the same person's. */
  patronymicEndings: z.array(z.string()).default([]),
  /**
   * Family names that Chinese, Korean and Vietnamese names put first ("Li Yan", "Park Geun-hye"): after the full name,
   * that word alone names the person too ("in der Li ihren Mann umbrachte").
   */
  familyNamesFirst: z.array(z.string()).default([]),
  /** Forms of "kommen": an event noun whose clause has one takes a von-phrase after it as its agent ("Kritik kam von der SPÖ"). */
  comingVerbForms: z.array(z.string()).default([]),
  /** Nouns of statements: an event noun the clause comments on ("machte zu den Anschlägen keine Angaben") is not its subject's act. */
  statementNouns: z.array(z.string()).default([]),
  /** Indicative forms of "haben" and "sein" that make a perfect: a participle trigger with one tells a done act. */
  perfectAuxiliaries: z.array(z.string()).default([]),
  /**
   * Past subjunctive forms of "haben" that stand in for reported speech where the present one equals the indicative
   * ("sie hätten sich gehäuft" for "sie haben"): between sentences of reported speech they report, not suppose.
   */
  reportedPastSubjunctives: z.array(z.string()).default([]),
  /** Prepositions whose phrase right after a common noun is that noun's attribute ("die Verantwortlichen für Angriffe"). */
  nounAttributePrepositions: z.array(z.string()).default([]),
  /** Nouns of kind between "als" and the noun it names ("als eine Art Völkermord"). */
  kindNouns: z.array(z.string()).default([]),
  /**
   * Prepositions of a time before ("nach", "seit"): an event noun in a phrase they open at the clause's start happened
   * before the clause, so the clause's plans and expectations are not its ("Nach dem Rücktritt von X will die ÖVP …").
   */
  precedingTimePrepositions: z.array(z.string()).default([]),
  /**
   * Prepositions of a setting ("bei", "beim", "während"): an event noun in a phrase they open is where the clause's act
   * takes place, and no condition of the clause is its ("Beim Treffen am Freitag könnte es zu einer Einigung kommen":
   * the meeting lies ahead, the agreement may come).
   */
  settingPrepositions: z.array(z.string()).default([]),
  /** Nouns of chairing after "unter" ("unter Vorsitz von X", "unter der Leitung des X"): X takes part in the meeting the clause names. */
  chairNouns: z.array(z.string()).default([]),
  /**
   * Nouns of time besides weekdays and months, as written, inflected forms listed: "am Wochenende Estland", "im Sommer
   * Lettland" are a time and a name, no name of a kind.
   */
  timeWords: z.array(z.string()).default([]),
  /**
   * Nouns that, right before a name (after "in" or alone), act as its preposition, which triggers' slots name in lower
   * case: "appellierte in Richtung Mitterlehner" (`"richtung": "target"`), "reisen weiter Richtung EU".
   */
  prepositionNouns: z.array(z.string()).default([]),
  /** Prepositions joined with an article that put a place after them ("im", "ins"): the name after one is no person's. */
  placeContractions: z.array(z.string()).default([]),
  /**
   * Forms of "sprechen": who speaks of a violent act ("spricht von einem Frontalangriff auf den Hyperlink") names it,
   * and did not commit it.
   */
  speakingForms: z.array(z.string()).default([]),
  /**
   * Two-part conjunctions: the word before the first conjunct, and the words between the conjuncts ("sowohl Merkel als
   * auch Gauck", "weder Paris noch Berlin"), which join them like "und".
   */
  correlativeConjunctions: z.record(z.string(), z.array(z.string())).default({}),
  /** Uninflected words that stand between a preposition and a place's name: "in ganz Deutschland", "halb Europa". */
  placeQuantifiers: z.array(z.string()).default([]),
  /** Number words ("zwei", "sechs", "hundert"): before a participle with an adjective's ending, they count its noun. */
  numberWords: z.array(z.string()).default([]),
  /**
   * Stems of verbs whose object event is not the subject's act: fearing, expecting or preventing it ("befürcht" for
   * "Die HDP befürchtet die Festnahme von Abgeordneten", "verhinder", "unterbind").
   */
  eventAttitudeVerbs: z.array(z.string()).default([]),
  /** Subject pronouns that name nobody ("man"): with one, no name in the clause is its subject. */
  impersonalPronouns: z.array(z.string()).default([]),
  /**
   * Words that make a clause's subject its own partner: "trafen sich", "einander", "sprachen miteinander", "Die beiden
   * Staatsführer sprachen".
   */
  reciprocalWords: z.array(z.string()).default([]),
  /**
   * Adverbs that, right after a finite verb opening a clause after a comma, make that clause a conjunct of the clause
   * before with its subject: "Die USA begrüßten den Schritt, kritisierten aber Russland" (Russland is the object).
   */
  conjunctAdverbs: z.array(z.string()).default([]),
  /**
   * Plural nouns that, after "beide" or "die beiden", name two parties of one kind, by form: "beide Länder" (country),
   * "der beiden Politiker" (person), "beide Parteien" (party). A symmetric event whose clause names its parties only so
   * has the last two of that kind named before.
   */
  /**
   * Nouns of a body or of the members of an organisation ("Rat", "Vorstand", "Anhänger", "Kämpfer"): opening the clause
   * with an organisation's genitive after them, they make that organisation the actor ("Der Rat der EZB kommt …
   * zusammen", "Kämpfer der PKK griffen … an").
   */
  bodyNouns: z.array(z.string()).default([]),
  spokespersonNouns: z.array(z.string()).default([]),
  /**
   * Prepositions before a meeting noun that bring the clause's subject to it ("hält sich zu einem Gipfeltreffen der AU
   * auf", "beim Treffen der Minister"): a participant, though the meeting names its own.
   */
  attendancePrepositions: z.array(z.string()).default([]),
  /**
   * Demonstrative pronouns that, with no noun after them, take up the last one named before: opening a subordinate
   * clause as its subject, not the subject before ("…, solange diese mit Ciudadanos spricht": the PSOE); elsewhere as
   * the verb's object ("…, der vor der Angelobung Kerns diesen kritisiert hatte").
   */
  demonstrativePronouns: z.array(z.string()).default([]),
  /**
   * Words and phrases that stress the phrase after them and govern nothing ("vor allem", "unter anderem",
   * "insbesondere"): no preposition of it, and no break between conjuncts ("die Regierung und vor allem
   * Ministerpräsident X").
   */
  focusPhrases: z.array(z.string()).default([]),
  /**
   * Subordinators whose clause tells what someone says ("die Aussage, wonach die Arbeitgeber … fordern würden"): a
   * past subjunctive there is reported speech, not a condition.
   */
  reportingSubordinators: z.array(z.string()).default([]),
  /**
   * Words that join a town's name to the river, lake or region that tells it from others of its name ("Bruck an der
   * Leitha", "Spital am Semmering", "Neumarkt im Mühlkreis"): after a place the tagger found, they and one unknown
   * capitalised word belong to its name.
   */
  placeNameLinks: z.array(z.string()).default([]),
  /**
   * Plural nouns that name a pair of one kind after "beide" ("beide Länder", "die beiden Politiker"), by the kind of
   * party they take up: `person`, `country`, `party`, or `side` ("beide Seiten"), a named person or a political organisation, a
   * person counting as the country of their role; no place.
   */
  pairNouns: z.record(z.string(), z.enum(['person', 'country', 'party', 'side'])).default({}),
  /** Month names (and abbreviations) to their number, for dates: "März" → 3. */
  months: z.record(z.string(), z.number().int().min(1).max(12)).default({}),
  /** Weekday names to ISO weekday (Monday 1 … Sunday 7). */
  weekdays: z.record(z.string(), z.number().int().min(1).max(7)).default({}),
  /** Words for days relative to publication: "gestern" → -1. */
  relativeDays: z.record(z.string(), z.number().int()).default({}),
});
export type GrammarFile = z.infer<typeof grammarFileSchema>;

/**
 * `name-types.json`: nouns that name the kind of the name beside them ("die Band Rainrock", "der Vulkan Hekla"), by the
 * GermEval class they announce. The tagger learns them as features; the entity stage also reads them: a noun of one
 * class that is no person's right before an organisation or other name the tagger gave another class gives it that
 * one ("die Raumsonde Rosetta", "die Zeitung The Guardian").
 */
export const nameTypesFileSchema = z.looseObject({
  PER: z.array(z.string()).default([]),
  LOC: z.array(z.string()).default([]),
  ORG: z.array(z.string()).default([]),
  OTH: z.array(z.string()).default([]),
});
export type NameTypesFile = z.infer<typeof nameTypesFileSchema>;
