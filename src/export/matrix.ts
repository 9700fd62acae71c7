// The answers of a territory as spreadsheet tables: a row per respondent with their own scores
// (per dimension and overall) then, per question, the answer in words, its score and any comment
// or evidence; and a legend of the questions. Each respondent's scores are that respondent's own
// diagnostic (`diagnose` on their answers alone), so they read exactly as `cocon score FILE`
// would give them. Respondents are numbered and known by actor type only, unless `attribute`.
import type { AnswerSet, Question, Questionnaire, Response } from '../core/model.js';
import { localize, type Lang } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import { isScored, kindOf } from '../questions/index.js';
import { diagnose } from '../score/diagnose.js';
import type { Cell, Table } from '../core/cells.js';

export interface MatrixOptions {
  lang: Lang;
  /** Name the respondents (role, name, file); otherwise only their actor type is shown. */
  attribute: boolean;
}

export function answerMatrix(questionnaire: Questionnaire, sets: readonly AnswerSet[], options: MatrixOptions): Table {
  const w = words(options.lang).spreadsheet;
  const col = (id: string, what: string) => w.column({ id, what });
  const withNote = (key: 'comment' | 'evidence') => new Set(sets.flatMap((s) => [...s.responses].filter(([, r]) => r[key]?.trim()).map(([id]) => id)));
  const commented = withNote('comment');
  const evidenced = withNote('evidence');

  const header = [
    w.number, w.territory, w.actorType, w.date,
    ...(options.attribute ? [w.role, w.name, w.file] : []),
    ...questionnaire.dimensions.flatMap((d) => [col(d.id, w.score), col(d.id, w.level)]),
    col(w.overall, w.score), col(w.overall, w.level), col(w.overall, w.coverage),
    ...questionnaire.questions.flatMap((q) => [
      q.id,
      ...(isScored(q) ? [col(q.id, w.score)] : []),
      ...(commented.has(q.id) ? [col(q.id, w.comment)] : []),
      ...(evidenced.has(q.id) ? [col(q.id, w.evidence)] : []),
    ]),
  ];

  const rows = sets.map((set, index): Cell[] => {
    const diagnostic = diagnose(questionnaire, [set]);
    const levelLabel = (id: string | null) => (id === null ? null : localize(diagnostic.levels.find((l) => l.id === id)?.label, options.lang) || id);
    const results = new Map(diagnostic.dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.responses[0]] as const)));
    const r = set.respondent;
    return [
      index + 1, r.territory, r.actorType, r.date ?? null,
      ...(options.attribute ? [r.role, r.name ?? null, set.file] : []),
      ...diagnostic.dimensions.flatMap((d) => [d.score, levelLabel(d.level)]),
      diagnostic.overall.score, levelLabel(diagnostic.overall.level), diagnostic.overall.coverage,
      ...questionnaire.questions.flatMap((q) => {
        const response = set.responses.get(q.id);
        const result = results.get(q.id);
        return [
          result?.status === 'hidden' ? w.hidden : answerInWords(q, response, options.lang),
          ...(isScored(q) ? [result?.score ?? null] : []),
          ...(commented.has(q.id) ? [response?.comment ?? null] : []),
          ...(evidenced.has(q.id) ? [response?.evidence ?? null] : []),
        ];
      }),
    ];
  });
  return { name: w.answersSheet, header, rows };
}

/** What each column id means: the questions, their dimension, type, weight and possible answers. */
export function questionsLegend(questionnaire: Questionnaire, lang: Lang): Table {
  const w = words(lang).spreadsheet;
  return {
    name: w.questionsSheet,
    header: [w.id, w.dimension, w.type, w.weight, w.text, w.options],
    rows: questionnaire.questions.map((q) => [
      q.id, q.dimension ?? null, q.type, isScored(q) ? q.weight : null, localize(q.text, lang),
      kindOf(q).options(q).map((o) => (o.id === localize(o.label, lang) ? o.id : `${o.id}: ${localize(o.label, lang)}`)).join(' | ') || null,
    ]),
  };
}

function answerInWords(question: Question, response: Response | undefined, lang: Lang): Cell {
  if (!response) return null;
  if (response.kind === 'unknown') return words(lang).run.unknown;
  if (response.kind === 'not-applicable') return words(lang).run.notApplicable;
  return kindOf(question).describe(question, response.value, lang) || words(lang).spreadsheet.none;
}
