// Questionnaire: schema first, then the rules a schema cannot express (unique ids, references
// that resolve, ordered levels, conditions on earlier questions only, reachable requirements,
// complete translations). Every problem is collected; none stops the others from being found.
import { validateQuestionnaire } from '../generated/validate-questionnaire.js';
import { msg } from '../i18n/messages.js';
import { InputError, type Problem } from '../core/problems.js';
import type { Lang, Text } from '../core/text.js';
import { LANGS } from '../i18n/languages.js';
import { DEFAULT_MIN_COVERAGE, MARKER_NOT_APPLICABLE, MARKER_UNKNOWN, type Condition, type Question, type Questionnaire } from '../core/model.js';
import type { QuestionnaireSchema } from '../types/schemas.js';
import type { PathSegment, Source } from './source.js';
import { schemaProblems } from './schema-problems.js';
import { suggest } from '../core/values.js';
import { isScored, kindOf } from '../questions/index.js';
import { optionsOf } from '../questions/kind.js';

type Raw = QuestionnaireSchema.Questionnaire;

export function loadQuestionnaire(source: Source): Questionnaire {
  if (!validateQuestionnaire(source.data)) {
    throw new InputError(schemaProblems(source, validateQuestionnaire.errors ?? [], 'questionnaire'));
  }
  const raw = source.data as Raw;
  const questionnaire = normalize(raw, source.file);
  const problems = checkRules(raw, questionnaire, source);
  if (problems.length > 0) throw new InputError(problems.sort((a, b) => a.line - b.line || a.col - b.col));
  return questionnaire;
}

function normalize(raw: Raw, origin: string): Questionnaire {
  return {
    id: raw.id,
    version: raw.version,
    languages: raw.languages ?? ['fr'],
    title: raw.title,
    description: raw.description,
    methodology: raw.methodology,
    impacts: (raw.impacts ?? []).map((i) => ({ id: i.id, label: i.label, description: i.description })),
    levels: raw.levels.map((l) => ({ id: l.id, label: l.label, description: l.description, min: l.min })),
    dimensions: raw.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      description: d.description,
      weight: d.weight,
      levels: d.levels ?? {},
      advice: [
        ...(d.advice ?? []).map((a) => ({ id: a.id, text: a.text, when: a.when, ...(a.claims ? { claims: a.claims } : {}), questions: a.questions ?? [], after: a.after ?? [], source: a.source })),
        // The 1.0 form: one fixed paragraph per level, shown at that level.
        ...Object.entries(d.next ?? {}).map(([level, text]) => ({ id: `${d.id}-next-${level}`, text, when: { dimension: d.id, minLevel: level, maxLevel: level } as Condition, questions: [], after: [] })),
      ],
    })),
    questions: raw.questions.map((q, index): Question => ({
      id: q.id,
      index,
      ...(q.dimension !== undefined ? { dimension: q.dimension } : {}),
      type: q.type,
      text: q.text,
      help: q.help,
      ...(q.summary ? { summary: q.summary } : {}),
      options: optionsOf(q),
      scale: q.scale,
      weight: q.weight ?? 1,
      tags: q.tags ?? [],
      allowNotApplicable: q.allowNotApplicable ?? false,
      advice: q.advice,
      ...(q.adviceClaims ? { adviceClaims: q.adviceClaims } : {}),
      whoKnows: q.whoKnows ?? [],
      when: q.when,
      fullScore: kindOf(q).fullScore(q),
    })),
    requirements: (raw.requirements ?? []).map((r) => ({
      level: r.level,
      scope: r.scope ?? 'dimension',
      question: r.question,
      minScore: r.minScore,
      reason: r.reason,
    })),
    patterns: (raw.patterns ?? []).map((p) => ({ id: p.id, when: p.when, ...(p.claims ? { claims: p.claims } : {}), text: p.text, source: p.source })),
    foundations: (raw.foundations ?? []).map((f) => ({ question: f.question, establish: f.establish })),
    minCoverage: raw.minCoverage ?? DEFAULT_MIN_COVERAGE,
    ...(raw.previous ? { previous: { version: raw.previous.version, carry: raw.previous.carry.map((r) => ({ from: r.from, to: r.to ?? r.from, ...(r.options ? { options: r.options } : {}) })), new: raw.previous.new ?? [], dropped: raw.previous.dropped ?? [] } } : {}),
    origin,
  };
}

function checkRules(raw: Raw, questionnaire: Questionnaire, source: Source): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PathSegment[], message: Parameters<Source['problem']>[1], key = false) =>
    problems.push(source.problem(path, message, { key }));

  const uniqueIds = (kind: string, items: { id: string }[], basePath: PathSegment[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) at([...basePath, i, 'id'], msg('rule.duplicate-id', { kind, id: item.id }));
      seen.add(item.id);
    });
  };
  uniqueIds('level', raw.levels, ['levels']);
  uniqueIds('dimension', raw.dimensions, ['dimensions']);
  uniqueIds('question', raw.questions, ['questions']);
  uniqueIds('impact', raw.impacts ?? [], ['impacts']);

  // Levels: the first at 0, then strictly increasing.
  raw.levels.forEach((level, i) => {
    if (i === 0 && level.min !== 0) at(['levels', 0, 'min'], msg('rule.first-level-zero', { min: level.min }));
    const previous = raw.levels[i - 1];
    if (previous && level.min <= previous.min) {
      at(['levels', i, 'min'], msg('rule.levels-order', { id: level.id, min: level.min, previous: previous.min }));
    }
  });

  const levelIds = raw.levels.map((l) => l.id);
  const dimensionIds = raw.dimensions.map((d) => d.id);
  const impactIds = (raw.impacts ?? []).map((i) => i.id);
  raw.dimensions.forEach((dimension, i) => {
    for (const field of ['levels', 'next'] as const) {
      for (const levelId of Object.keys(dimension[field] ?? {})) {
        if (!levelIds.includes(levelId)) at(['dimensions', i, field, levelId], msg('rule.unknown-level', { id: levelId, allowed: levelIds }), true);
      }
    }
    if (!raw.questions.some((q) => q.dimension === dimension.id && isScored(q))) {
      at(['dimensions', i, 'id'], msg('rule.dimension-without-questions', { id: dimension.id }));
    }
  });

  const questionsById = new Map(questionnaire.questions.map((q) => [q.id, q]));
  raw.questions.forEach((q, i) => {
    const path: PathSegment[] = ['questions', i];
    if (q.dimension !== undefined && !dimensionIds.includes(q.dimension)) at([...path, 'dimension'], msg('rule.unknown-dimension', { id: q.dimension, allowed: dimensionIds }));
    // A scored question's options need their scores; a general question is never scored.
    if (q.dimension !== undefined && kindOf(q).scored) {
      (q.options ?? []).forEach((o, k) => {
        if (o.score === undefined) at([...path, 'options', k], msg('rule.option-score-missing', { id: o.id }));
      });
    }
    (q.tags ?? []).forEach((tag, t) => {
      if (!impactIds.includes(tag)) at([...path, 'tags', t], msg('rule.unknown-impact', { id: tag, allowed: impactIds }));
    });
    kindOf(q).check(q, (where, message) => at([...path, ...where], message));
    if (q.when) checkCondition(q.when, [...path, 'when'], i);
  });

  /**
   * A condition's references. In a question's `when` (questionIndex given) it may only look at
   * earlier questions' answers; in advice and patterns, at any question and at dimensions.
   */
  function checkCondition(condition: Condition, path: PathSegment[], questionIndex?: number, onAnswers = false): void {
    if ('all' in condition && condition.all) return condition.all.forEach((c, k) => checkCondition(c, [...path, 'all', k], questionIndex, onAnswers));
    if ('any' in condition && condition.any) return condition.any.forEach((c, k) => checkCondition(c, [...path, 'any', k], questionIndex, onAnswers));
    if ('not' in condition && condition.not) return checkCondition(condition.not, [...path, 'not'], questionIndex, onAnswers);
    if ('dimension' in condition && condition.dimension !== undefined) {
      if (questionIndex !== undefined) return void at([...path, 'dimension'], msg('rule.condition-dimension-in-when'));
      if (onAnswers) return void at([...path, 'dimension'], msg('rule.claim-dimension'));
      if (condition.dimension !== 'overall' && !dimensionIds.includes(condition.dimension)) {
        at([...path, 'dimension'], msg('rule.unknown-dimension', { id: condition.dimension, allowed: ['overall', ...dimensionIds] }));
      }
      for (const key of ['minLevel', 'maxLevel'] as const) {
        const level = condition[key];
        if (level !== undefined && !levelIds.includes(level)) at([...path, key], msg('rule.unknown-level', { id: level, allowed: levelIds }));
      }
      return;
    }
    if (!('question' in condition)) return;
    const target = questionsById.get(condition.question);
    if (!target || (questionIndex !== undefined && target.index >= questionIndex)) {
      at([...path, 'question'], target ? msg('rule.condition-later', { id: condition.question }) : msg('rule.unknown-question', { id: condition.question, ...suggest(condition.question, [...questionsById.keys()]) }));
      return;
    }
    if (!kindOf(target).scored) return void at([...path, 'question'], msg('rule.condition-text', { question: target.id }));
    const allowed = kindOf(target).values(target);
    for (const key of ['in', 'notIn'] as const) {
      (condition[key] ?? []).forEach((value, k) => {
        if (!allowed.some((a) => a === value)) {
          at([...path, key, k], msg('rule.condition-value', { value: String(value), question: target.id, allowed: allowed.map(String) }));
        }
      });
    }
  }

  /** Claims look at answers only: conditions on questions, never on dimensions' figures. */
  function checkClaims(claims: { presumes?: Condition; states?: Condition } | undefined, path: PathSegment[]): void {
    if (claims?.presumes) checkCondition(claims.presumes, [...path, 'presumes'], undefined, true);
    if (claims?.states) checkCondition(claims.states, [...path, 'states'], undefined, true);
  }

  /** Question ids an advice item moves or waits on: scored questions of this questionnaire. */
  const checkQuestionList = (ids: readonly string[], path: PathSegment[]) => ids.forEach((id, k) => {
    const target = questionsById.get(id);
    if (!target) at([...path, k], msg('rule.unknown-question', { id, ...suggest(id, [...questionsById.keys()]) }));
    else if (!isScored(target)) at([...path, k], msg('rule.condition-text', { question: id }));
  });
  const adviceSeen = new Set<string>();
  raw.dimensions.forEach((d, i) => (d.advice ?? []).forEach((item, k) => {
    if (adviceSeen.has(item.id)) at(['dimensions', i, 'advice', k, 'id'], msg('rule.duplicate-id', { kind: 'advice', id: item.id }));
    adviceSeen.add(item.id);
  }));
  uniqueIds('pattern', raw.patterns ?? [], ['patterns']);
  raw.dimensions.forEach((d, i) => (d.advice ?? []).forEach((item, k) => {
    const path: PathSegment[] = ['dimensions', i, 'advice', k];
    if (item.when) checkCondition(item.when, [...path, 'when']);
    checkClaims(item.claims, [...path, 'claims']);
    checkQuestionList(item.questions ?? [], [...path, 'questions']);
    checkQuestionList(item.after ?? [], [...path, 'after']);
  }));
  (raw.patterns ?? []).forEach((pattern, i) => {
    checkCondition(pattern.when, ['patterns', i, 'when']);
    checkClaims(pattern.claims, ['patterns', i, 'claims']);
  });
  raw.questions.forEach((q, i) => checkClaims(q.adviceClaims, ['questions', i, 'adviceClaims']));
  // Foundations: scored questions of this questionnaire, each once.
  const foundationSeen = new Set<string>();
  (raw.foundations ?? []).forEach((f, i) => {
    const target = questionsById.get(f.question);
    if (!target) at(['foundations', i, 'question'], msg('rule.unknown-question', { id: f.question, ...suggest(f.question, [...questionsById.keys()]) }));
    else if (!isScored(target)) at(['foundations', i, 'question'], msg('rule.condition-text', { question: f.question }));
    if (foundationSeen.has(f.question)) at(['foundations', i, 'question'], msg('rule.duplicate-id', { kind: 'foundation', id: f.question }));
    foundationSeen.add(f.question);
  });
  const cycle = adviceCycle(questionnaire);
  if (cycle) {
    const where = raw.dimensions.findIndex((d) => (d.advice ?? []).some((a) => a.id === cycle[0]));
    const k = (raw.dimensions[where]?.advice ?? []).findIndex((a) => a.id === cycle[0]);
    at(['dimensions', where, 'advice', k, 'after'], msg('rule.advice-cycle', { ids: cycle }));
  }

  questionnaire.requirements.forEach((r, i) => {
    const path: PathSegment[] = ['requirements', i];
    if (!levelIds.includes(r.level)) at([...path, 'level'], msg('rule.unknown-level', { id: r.level, allowed: levelIds }));
    else if (r.level === levelIds[0]) at([...path, 'level'], msg('rule.requirement-first-level', { level: r.level }));
    const target = questionsById.get(r.question);
    if (!target) return void at([...path, 'question'], msg('rule.unknown-question', { id: r.question, ...suggest(r.question, [...questionsById.keys()]) }));
    if (!isScored(target)) return void at([...path, 'question'], msg('rule.requirement-text', { question: r.question }));
    // Question scores are normalised to [0, 1]: every score up to 1 is reachable once some answer scores above 0.
    if (target.fullScore <= 0 && r.minScore > 0) at([...path, 'minScore'], msg('rule.requirement-unreachable', { question: r.question, minScore: r.minScore }));
  });

  if (raw.previous) checkPrevious(raw.previous, questionnaire, at);
  checkLanguages(raw, questionnaire.languages, at);
  return problems;
}

/**
 * The rules carrying answers from the previous version: each target is a question of this
 * version and each mapped value one of its answers; every question is fed by a rule or declared
 * new. Ids of the previous version are checked when answers are carried (the old file is needed).
 */
function checkPrevious(previous: NonNullable<Raw['previous']>, questionnaire: Questionnaire, at: (path: PathSegment[], message: ReturnType<typeof msg>) => void): void {
  const byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
  const known = [...byId.keys()];
  const fed = new Set<string>();
  previous.carry.forEach((rule, i) => {
    const path: PathSegment[] = ['previous', 'carry', i];
    const id = rule.to ?? rule.from;
    const target = byId.get(id);
    if (!target) return void at([...path, rule.to !== undefined ? 'to' : 'from'], msg('rule.unknown-question', { id, ...suggest(id, known) }));
    fed.add(id);
    const allowed = [...kindOf(target).values(target).map(String), MARKER_UNKNOWN, ...(target.allowNotApplicable ? [MARKER_NOT_APPLICABLE] : [])];
    for (const [old, mapped] of Object.entries(rule.options ?? {})) {
      for (const value of mapped === null ? [] : [mapped].flat()) {
        if (!allowed.includes(value)) at([...path, 'options', old], msg('rule.condition-value', { value, question: id, allowed }));
      }
    }
  });
  (previous.new ?? []).forEach((id, k) => {
    if (!byId.has(id)) at(['previous', 'new', k], msg('rule.unknown-question', { id, ...suggest(id, known) }));
    else if (fed.has(id)) at(['previous', 'new', k], msg('rule.carried-and-new', { id }));
  });
  const declared = new Set([...fed, ...(previous.new ?? [])]);
  const missing = questionnaire.questions.filter((q) => !declared.has(q.id)).map((q) => q.id);
  if (missing.length > 0) at(['previous'], msg('rule.previous-incomplete', { ids: missing }));
}

function checkLanguages(raw: Raw, declared: Lang[], at: (path: PathSegment[], message: ReturnType<typeof msg>) => void): void {
  const check = (text: Text | undefined, path: PathSegment[]) => {
    if (text === undefined) return;
    if (typeof text === 'string') {
      if (declared.length > 1) at(path, msg('rule.missing-language', { lang: declared.find((l) => l !== declared[0]) ?? declared[0]! }));
      return;
    }
    for (const lang of declared) if (text[lang] === undefined) at(path, msg('rule.missing-language', { lang }));
    for (const lang of LANGS) if (text[lang] !== undefined && !declared.includes(lang)) at([...path, lang], msg('rule.undeclared-language', { lang }));
  };
  check(raw.title, ['title']);
  check(raw.description, ['description']);
  check(raw.methodology, ['methodology']);
  (raw.impacts ?? []).forEach((x, i) => {
    check(x.label, ['impacts', i, 'label']);
    check(x.description, ['impacts', i, 'description']);
  });
  raw.levels.forEach((x, i) => {
    check(x.label, ['levels', i, 'label']);
    check(x.description, ['levels', i, 'description']);
  });
  raw.dimensions.forEach((x, i) => {
    check(x.label, ['dimensions', i, 'label']);
    check(x.description, ['dimensions', i, 'description']);
    for (const field of ['levels', 'next'] as const) {
      for (const [id, text] of Object.entries(x[field] ?? {})) check(text, ['dimensions', i, field, id]);
    }
    (x.advice ?? []).forEach((item, k) => {
      check(item.text, ['dimensions', i, 'advice', k, 'text']);
      check(item.source, ['dimensions', i, 'advice', k, 'source']);
    });
  });
  raw.questions.forEach((x, i) => {
    check(x.text, ['questions', i, 'text']);
    check(x.help, ['questions', i, 'help']);
    check(x.summary, ['questions', i, 'summary']);
    check(x.advice, ['questions', i, 'advice']);
    (x.options ?? []).forEach((o, k) => check(o.label, ['questions', i, 'options', k, 'label']));
    check(x.scale?.minLabel, ['questions', i, 'scale', 'minLabel']);
    check(x.scale?.maxLabel, ['questions', i, 'scale', 'maxLabel']);
  });
  (raw.requirements ?? []).forEach((x, i) => check(x.reason, ['requirements', i, 'reason']));
  (raw.foundations ?? []).forEach((x, i) => check(x.establish, ['foundations', i, 'establish']));
  (raw.patterns ?? []).forEach((x, i) => {
    check(x.text, ['patterns', i, 'text']);
    check(x.source, ['patterns', i, 'source']);
  });
}

/** A chain of advice items each waiting on the next, back to the first; undefined when there is none. */
function adviceCycle(questionnaire: Questionnaire): string[] | undefined {
  const items = questionnaire.dimensions.flatMap((d) => d.advice);
  const waitsOn = (item: (typeof items)[number]) => items.filter((other) => other !== item && other.questions.some((q) => item.after.includes(q)));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (item: (typeof items)[number], path: string[]): string[] | undefined => {
    if (state.get(item.id) === 'done') return undefined;
    if (state.get(item.id) === 'visiting') return [...path.slice(path.indexOf(item.id)), item.id];
    state.set(item.id, 'visiting');
    for (const next of waitsOn(item)) {
      const found = visit(next, [...path, item.id]);
      if (found) return found;
    }
    state.set(item.id, 'done');
    return undefined;
  };
  for (const item of items) {
    const found = visit(item, []);
    if (found) return found;
  }
  return undefined;
}
