/**
 * The data model every stage reads and writes.
 *
 * One rule holds everywhere: a span is `[start, end)` in UTF-16 code units of `Doc.text`, end-exclusive,
 * and `text.slice(start, end)` is exactly the span's `text`. The original text is never modified.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export type EntityLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** What kind of character run a token is; the segmenter decides, later stages rely on it. */
export type TokenKind = 'word' | 'number' | 'punct' | 'symbol' | 'url' | 'abbreviation' | 'ordinal';

export interface Token extends TextSpan {
  /** Index in `Doc.tokens`. */
  index: number;
  /** Index of the sentence the token lies in. */
  sentence: number;
  kind: TokenKind;
  /** The whitespace that follows the token up to the next token (lossless: tokens + whitespace rebuild the text). */
  whitespace: string;
}

export interface Sentence extends Span {
  /** Tokens `[tokenStart, tokenEnd)` of `Doc.tokens`. */
  tokenStart: number;
  tokenEnd: number;
}

export type MentionKind = 'name' | 'role' | 'pronoun' | 'metonym';

/** A candidate reference to an entity, before linking groups mentions into entities. */
export interface Mention extends TextSpan {
  label: EntityLabel;
  kind: MentionKind;
  sentence: number;
  /** Tokens `[tokenStart, tokenEnd)` covered. */
  tokenStart: number;
  tokenEnd: number;
  /** Id of the rule (or `model:<name>`) that produced the mention. */
  rule: string;
  /** Canonical key from a lexicon or knowledge entry, when the producing rule knows one (e.g. `country:FR`). */
  key?: string;
  /** ISO 3166-1 alpha-2 country a place, nationality adjective or government mention belongs to. */
  country?: string;
  /** For role mentions ("der französische Präsident"): the role noun and the country qualifying it. */
  role?: RoleInfo;
  /** For names introduced by a role ("Präsident Emmanuel Macron"): the role in apposition. */
  appositiveRole?: RoleInfo & { span: Span };
  /** The entity's name when the rule that found the mention knows it ("Israelische Armee" for "der israelischen Armee"). */
  canonicalName?: string;
  /** For metonyms ("Moskau", "der Kreml"): what the mention stands for. */
  standsFor?: { kind: 'government'; country: string } | { kind: 'organisation'; key: string };
  /** For a description of one person by a trait ("der 51-Jährige"): the sex its article and ending show. */
  sex?: 'm' | 'f';
  /** For a description of one organisation by its kind ("der Konzern"): the sector its noun names (actor-codes.json). */
  sector?: string;
  /** Model or rule confidence in [0, 1]. */
  confidence: number;
  /** Id of the entity the mention was linked to (assigned by the linking stage). */
  entity?: string;
}

export interface RoleInfo {
  /** The role noun as a title, inflection removed ("Präsident", "Premierministerin"). */
  title: string;
  /** Id of the role lexicon entry. */
  roleId: string;
  country?: string;
  /**
   * The id of the region (places.jsonl) whose office it is, by an adjective or genitive ("der hessische
   * Ministerpräsident"): no holder of the country's office, though the country is the region's.
   */
  region?: string;
  /**
   * The text names the role's body in a genitive or von-phrase ("Die Sprecherin des chinesischen Außenministeriums"):
   * its country is that body's, which may be none (an international one), never the article's.
   */
  ofBody?: boolean;
}

export interface EntityRecordRole {
  title: string;
  country?: string;
}

export interface EntityMention extends TextSpan {
  sentence: number;
  kind: MentionKind;
  rule: string;
}

export interface Entity {
  id: string;
  type: EntityLabel;
  name: string;
  wikidata?: string;
  country?: string;
  /** What kind of actor (actor-codes.json): "government", "business" … */
  sector?: string;
  /** CAMEO actor code: "FRAGOV". */
  cameo?: string;
  roles?: EntityRecordRole[];
  mentions: EntityMention[];
  /** Knowledge-base id when the entity was linked to a knowledge entry. */
  knowledgeId?: string;
  rule: string;
}

export interface Relation {
  type: string;
  subject: string;
  object: string;
  evidence: Span;
  rule: string;
}

export type ParticipantRole = 'source' | 'target' | 'participant';
export type Modality = 'asserted' | 'planned' | 'expected' | 'negated' | 'reported' | 'hypothetical';

export interface EventParticipant {
  entity: string;
  role: ParticipantRole;
}

export interface TimeExpression extends TextSpan {
  value?: string;
}

export interface DocEvent {
  id: string;
  type: string;
  cameo: string;
  trigger: TextSpan;
  participants: EventParticipant[];
  modality: Modality;
  attribution?: { entity?: string } & TextSpan;
  time?: TimeExpression;
  location?: string;
  /** What the event is about when it is not an entity: the ceasefire appealed for, the plan rejected. */
  theme?: TextSpan;
  sentence: number;
  evidence: Span;
  rule: string;
  confidence: number;
}

export type MessageSeverity = 'info' | 'warning' | 'error';

/** A content problem or note, positioned in the text where it can be. */
export interface Message {
  code: string;
  message: string;
  severity?: MessageSeverity;
  start?: number;
  end?: number;
}

export interface LanguageGuess {
  /** ISO 639-3, `und` when undetermined. */
  code: string;
  confidence: number;
}

export interface ArticleInput {
  id?: string;
  text: string;
  title?: string;
  url?: string;
  publishedAt?: string;
}

/** The document as it flows through the stages. Stages return a new Doc; they never mutate their input. */
export interface Doc {
  id: string;
  text: string;
  source: { title?: string; url?: string; publishedAt?: string };
  language?: LanguageGuess;
  /** Set when a gate stage (language detection) decided the article is not processed further. */
  skipped?: { reason: string };
  sentences?: Sentence[];
  tokens?: Token[];
  mentions?: Mention[];
  entities?: Entity[];
  relations?: Relation[];
  events?: DocEvent[];
  messages: Message[];
  /** Per-stage diagnostics for explain mode: which rules fired and which nearly did. */
  trace?: TraceEntry[];
  /** The validated output record, assigned by the `build-record` stage. */
  record?: unknown;
}

/** The Doc fields a stage can require or assign; the pipeline loader checks every requirement is met earlier. */
export type DocField = 'language' | 'sentences' | 'tokens' | 'mentions' | 'entities' | 'relations' | 'events' | 'record';

export interface TraceEntry {
  stage: string;
  rule: string;
  outcome: 'fired' | 'near-miss' | 'dropped';
  detail: string;
  start?: number;
  end?: number;
}
