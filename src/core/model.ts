// The in-memory shapes that flow between loading, scoring and the CLI. File formats are typed
// in ../types/schemas.ts (generated from schemas/); these are those types with defaults applied.
import type { QuestionnaireSchema, AnswersSchema } from '../types/schemas.js';
import type { Lang, Text } from './text.js';

export type QuestionType = QuestionnaireSchema.Question['type'];
export type Condition = QuestionnaireSchema.Condition;
/** The default `minCoverage`: under half of the applicable weight answered, no level is given. */
export const DEFAULT_MIN_COVERAGE = 50;
export type ActorType = AnswersSchema.Answers['respondent']['actorType'];
export const ACTOR_TYPES: readonly ActorType[] = ['collectivite', 'association', 'entreprise', 'academique', 'citoyen', 'autre'];

export const MARKER_UNKNOWN = 'ne-sait-pas';
export const MARKER_NOT_APPLICABLE = 'non-concerne';

export interface Option {
  id: string;
  label: Text;
  score: number;
}

export interface Question {
  id: string;
  index: number;
  /** Undefined for a general question (context, free comment): asked and reported, never scored. */
  dimension?: string;
  type: QuestionType;
  text: Text;
  help: Text;
  /** One sentence shown by default in `cocon run`; `help` is shown on demand. */
  summary?: Text;
  options: Option[];
  scale?: { min: number; max: number; minLabel?: Text; maxLabel?: Text };
  weight: number;
  tags: string[];
  allowNotApplicable: boolean;
  advice?: Text;
  /** What `advice` says about the territory (see `Claims`). */
  adviceClaims?: Claims;
  /** Who is most likely to know the answer, for the list of what to check before a workshop. */
  whoKnows: ActorType[];
  when?: Condition;
  /** The raw score that counts as a full answer (best option, capped sum, or scale span). */
  fullScore: number;
}

export interface Level {
  id: string;
  label: Text;
  description?: Text;
  min: number;
}

export interface Dimension {
  id: string;
  label: Text;
  description?: Text;
  weight: number;
  levels: Record<string, Text>;
  /** What to do next, item by item, each shown only when its condition holds. */
  advice: Advice[];
}

/**
 * What a text says about the territory, on answers: it is shown only where everything it
 * presumes is known true and nothing it states is contradicted (see src/core/claims.ts).
 */
export interface Claims {
  presumes?: Condition;
  states?: Condition;
}

export interface Advice {
  id: string;
  text: Text;
  when?: Condition;
  claims?: Claims;
  /** The questions it moves: its gain is theirs. */
  questions: string[];
  /** Questions it waits on: advice about them comes first. */
  after: string[];
  source?: Text;
}

export interface Pattern {
  id: string;
  when: Condition;
  claims?: Claims;
  text: Text;
  source?: Text;
}

export interface Requirement {
  level: string;
  scope: 'dimension' | 'overall';
  question: string;
  minScore: number;
  reason?: Text;
}

/** How answers to the previous version are carried to this one (see src/load/upgrade-answers.ts). */
export interface Previous {
  version: string;
  carry: { from: string; to: string; options?: Record<string, string | string[] | null> }[];
  new: string[];
  dropped: string[];
}

export interface Impact {
  id: string;
  label: Text;
  description?: Text;
}

/** A question everything else rests on, and what to do when nobody knows its answer. */
export interface Foundation {
  question: string;
  establish: Text;
}

export interface Questionnaire {
  id: string;
  version: string;
  languages: Lang[];
  title: Text;
  description?: Text;
  methodology?: Text;
  impacts: Impact[];
  levels: Level[];
  dimensions: Dimension[];
  questions: Question[];
  requirements: Requirement[];
  patterns: Pattern[];
  /** The questions everything else rests on, the most fundamental first (none when not declared). */
  foundations: Foundation[];
  /** Below this coverage (0-100) a dimension or the whole gets no level. */
  minCoverage: number;
  previous?: Previous;
  /** Where it was loaded from (file path or bundled id), for messages. */
  origin: string;
}

export type AnswerValue = string | string[] | number | boolean;

export type Response =
  | { kind: 'value'; value: AnswerValue; comment?: string; evidence?: string }
  | { kind: 'unknown'; comment?: string; evidence?: string }
  | { kind: 'not-applicable'; comment?: string; evidence?: string };

export interface Respondent {
  territory: string;
  actorType: ActorType;
  role: string;
  name?: string;
  date?: string;
}

export interface AnswerSet {
  questionnaire: { id: string; version: string };
  respondent: Respondent;
  /** By question id, in the file's order. */
  responses: Map<string, Response>;
  file: string;
}
