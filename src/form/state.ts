// The form's state and its rules, without the page: which questions are shown, where the person
// is, what is kept in the browser's storage. Mirrors `cocon run` (src/cli/run/flow.ts): hidden
// questions lose their answers, a revised answer leads to the questions it revealed.
import { ACTOR_TYPES, type ActorType, type AnswerValue, type Question, type Questionnaire, type Respondent, type Response } from '../core/model.js';
import { visibility } from '../questions/conditions.js';
import type { Lang } from '../core/text.js';
import { isLang } from '../i18n/languages.js';
import { kindOf } from '../questions/index.js';

export type Screen = { kind: 'profile' } | { kind: 'question'; id: string; fromSummary?: boolean } | { kind: 'summary' } | { kind: 'done' };

export interface Notes {
  comment?: string;
  evidence?: string;
}

/** What the person typed on the first screen, kept as typed until it is complete. */
export interface Draft {
  territory: string;
  actorType: ActorType | '';
  role: string;
  name: string;
}

export interface FormState {
  lang: Lang;
  draft: Draft;
  respondent?: Respondent;
  /** Answers without their notes; notes live apart so that they survive an answer being changed or cleared. */
  responses: Map<string, Response>;
  notes: Map<string, Notes>;
  /** Questions the person has seen (a question revealed by a revised answer has not been). */
  asked: Set<string>;
  screen: Screen;
}

export function emptyState(lang: Lang): FormState {
  return { lang, draft: { territory: '', actorType: '', role: '', name: '' }, responses: new Map(), notes: new Map(), asked: new Set(), screen: { kind: 'profile' } };
}

export function visibleQuestions(questionnaire: Questionnaire, state: FormState): Question[] {
  const visible = visibility(questionnaire.questions, state.responses);
  return questionnaire.questions.filter((q) => visible.get(q.id));
}

/** Sets or clears one answer, then drops the answers of questions it hid, as `run` does. */
export function answer(questionnaire: Questionnaire, state: FormState, id: string, response: Response | undefined): void {
  if (response) state.responses.set(id, response);
  else state.responses.delete(id);
  const visible = visibility(questionnaire.questions, state.responses);
  for (const key of [...state.responses.keys()]) if (visible.get(key) === false) state.responses.delete(key);
}

/** Where « Suivant » leads from a question: the next one shown, or the summary. */
export function nextScreen(questionnaire: Questionnaire, state: FormState, id: string, fromSummary: boolean): Screen {
  const list = visibleQuestions(questionnaire, state);
  const here = list.findIndex((q) => q.id === id);
  // Back from the summary, only questions a revised answer revealed are asked.
  const next = list.find((q, i) => i > here && (!fromSummary || !state.asked.has(q.id)));
  return next ? { kind: 'question', id: next.id, ...(fromSummary ? { fromSummary } : {}) } : { kind: 'summary' };
}

export function previousScreen(questionnaire: Questionnaire, state: FormState, id: string): Screen {
  const list = visibleQuestions(questionnaire, state);
  const here = list.findIndex((q) => q.id === id);
  return here > 0 ? { kind: 'question', id: list[here - 1]!.id } : { kind: 'profile' };
}

/** The first screen after the profile: the first question not yet seen, else the summary. */
export function resumeScreen(questionnaire: Questionnaire, state: FormState): Screen {
  const first = visibleQuestions(questionnaire, state).find((q) => !state.asked.has(q.id));
  return first ? { kind: 'question', id: first.id } : { kind: 'summary' };
}

/** The answers with their notes, as an answers set holds them. */
export function responsesWithNotes(questionnaire: Questionnaire, state: FormState): Map<string, Response> {
  const visible = visibility(questionnaire.questions, state.responses);
  const result = new Map<string, Response>();
  for (const q of questionnaire.questions) {
    const response = state.responses.get(q.id);
    if (!response || !visible.get(q.id)) continue;
    const notes = state.notes.get(q.id) ?? {};
    const comment = notes.comment?.trim();
    const evidence = notes.evidence?.trim();
    result.set(q.id, { ...response, ...(comment ? { comment } : {}), ...(evidence ? { evidence } : {}) });
  }
  return result;
}

// Storage: plain JSON, read back defensively (it may come from an older page or be edited by hand).

interface Stored {
  v: 1;
  lang: Lang;
  draft: Draft;
  respondent?: Respondent;
  responses: [string, Response][];
  notes: [string, Notes][];
  asked: string[];
  screen: Screen;
}

/** Where forms before the per-form key kept their state, in clear: erased when a form opens. */
export function legacyStorageKey(questionnaire: Pick<Questionnaire, 'id' | 'version'>): string {
  return `cocon-form/${questionnaire.id}@${questionnaire.version}`;
}

export function toStored(state: FormState): string {
  const stored: Stored = {
    v: 1,
    lang: state.lang,
    draft: state.draft,
    ...(state.respondent ? { respondent: state.respondent } : {}),
    responses: [...state.responses],
    notes: [...state.notes],
    asked: [...state.asked],
    screen: state.screen,
  };
  return JSON.stringify(stored);
}

const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

/** A stored state, keeping only what still fits this questionnaire; undefined when there is none. */
export function fromStored(text: string | null, questionnaire: Questionnaire): FormState | undefined {
  if (!text) return undefined;
  let raw: Partial<Stored>;
  try {
    raw = JSON.parse(text) as Partial<Stored>;
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object' || raw.v !== 1) return undefined;
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const state = emptyState(isLang(raw.lang) ? raw.lang : 'fr');
  const draft = (raw.draft ?? {}) as Partial<Draft>;
  const actorType = ACTOR_TYPES.includes(draft.actorType as ActorType) ? (draft.actorType as ActorType) : '';
  state.draft = { territory: str(draft.territory), actorType, role: str(draft.role), name: str(draft.name) };
  const r = raw.respondent;
  if (r && typeof r === 'object' && str(r.territory) && str(r.role) && ACTOR_TYPES.includes(r.actorType)) {
    state.respondent = { territory: r.territory, actorType: r.actorType, role: r.role, ...(str(r.name) ? { name: r.name } : {}), ...(/^\d{4}-\d{2}-\d{2}$/.test(str(r.date)) ? { date: r.date } : {}) };
  }
  for (const [id, response] of Array.isArray(raw.responses) ? raw.responses : []) {
    const question = byId.get(id);
    const kept = question && response ? checkedResponse(question, response) : undefined;
    if (kept) state.responses.set(id, kept);
  }
  for (const [id, notes] of Array.isArray(raw.notes) ? raw.notes : []) {
    if (byId.has(id) && notes && typeof notes === 'object') state.notes.set(id, { ...(str(notes.comment) ? { comment: notes.comment } : {}), ...(str(notes.evidence) ? { evidence: notes.evidence } : {}) });
  }
  for (const id of Array.isArray(raw.asked) ? raw.asked : []) if (byId.has(id)) state.asked.add(id);
  state.screen = checkedScreen(raw.screen, state, byId);
  return state;
}

function checkedResponse(question: Question, response: Response): Response | undefined {
  if (response.kind === 'unknown') return { kind: 'unknown' };
  if (response.kind === 'not-applicable') return question.allowNotApplicable ? { kind: 'not-applicable' } : undefined;
  if (response.kind !== 'value') return undefined;
  const kind = kindOf(question);
  const read = kind.read(question, kind.write(question, response.value as AnswerValue));
  return 'value' in read ? { kind: 'value', value: read.value } : undefined;
}

function checkedScreen(screen: Screen | undefined, state: FormState, byId: Map<string, Question>): Screen {
  if (!state.respondent || !screen || typeof screen !== 'object') return { kind: 'profile' };
  if (screen.kind === 'question') return byId.has(screen.id) ? { kind: 'question', id: screen.id, ...(screen.fromSummary ? { fromSummary: true } : {}) } : { kind: 'summary' };
  return screen.kind === 'summary' || screen.kind === 'done' ? { kind: screen.kind } : { kind: 'profile' };
}
