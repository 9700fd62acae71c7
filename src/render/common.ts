// Small pieces both human-readable renderers share: numbers, bars, names, answer summaries.
import { localize, type Lang } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import { formatPercent, formatScore } from '../i18n/format.js';
import type { Diagnostic } from '../diagnostic/contract.js';

type QuestionResult = Diagnostic['dimensions'][number]['questions'][number];

/** A score or points, at most one decimal (62.5 in English, 62,5 in French); a dash when there is none. */
export function scoreNumber(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? words(lang).report.none : formatScore(value, lang);
}

/** "62,5 / 100"; a dash alone when there is no score. */
export function scoreOutOf100(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? words(lang).report.none : words(lang).report.outOf100({ score: formatScore(value, lang) });
}

/** A coverage on 0–100: "80%" in English, "80 %" in French. */
export function percent(value: number, lang: Lang): string {
  return formatPercent(value, lang);
}

/** A ten-cell bar: one cell per 10 points, rounded to the nearest cell. */
export function bar(score: number | null, cells = 10): string {
  const filled = score === null ? 0 : Math.max(0, Math.min(cells, Math.round((score / 100) * cells)));
  return '█'.repeat(filled) + '░'.repeat(cells - filled);
}

export function levelLabel(diagnostic: Diagnostic, id: string | null, lang: Lang): string {
  if (id === null) return words(lang).report.none;
  return localize(diagnostic.levels.find((l) => l.id === id)?.label, lang) || id;
}

export function dimensionLabel(diagnostic: Diagnostic, id: string | undefined, lang: Lang): string {
  return localize(diagnostic.dimensions.find((d) => d.id === id)?.label, lang) || (id ?? '');
}

export function findQuestion(diagnostic: Diagnostic, id: string | undefined): QuestionResult | undefined {
  for (const d of diagnostic.dimensions) {
    const q = d.questions.find((x) => x.id === id);
    if (q) return q;
  }
  return diagnostic.context?.find((x) => x.id === id);
}

/** A group of respondents in words: an actor type, or the pool of small groups. */
export function groupLabel(id: string, lang: Lang): string {
  const w = words(lang).report;
  return id === 'autres' ? w.pooledGroup : (w.actorTypes as Record<string, string>)[id] ?? id;
}

/**
 * A respondent as the report may name them: "Répondant 2 (Association)" by default; with
 * --attribute, "Chargée de mission (Collectivité)", with the name first when given.
 */
export function respondentName(diagnostic: Diagnostic, index: number | undefined, lang: Lang): string {
  const r = index === undefined ? undefined : diagnostic.respondents[index];
  if (!r) return words(lang).report.respondent;
  const group = groupLabel(r.group, lang);
  if (r.role === undefined) return `${words(lang).report.respondent} ${index! + 1} (${group})`;
  return `${r.name ? `${r.name}, ` : ''}${r.role} (${group})`;
}

/**
 * Who wrote a comment, evidence or free text: the respondent in a per-respondent diagnostic; else
 * their group when every respondent is in a group shown; else nobody in particular.
 */
export function noteAuthor(diagnostic: Diagnostic, response: QuestionResult['responses'][number], lang: Lang): string {
  if (response.respondent !== undefined) return respondentName(diagnostic, response.respondent, lang);
  if (response.group !== undefined) return groupLabel(response.group, lang);
  return words(lang).report.anonymousRespondent;
}

/** Whether the diagnostic holds per-respondent data about several respondents (--attribute): said on the page. */
export function holdsPerRespondentData(diagnostic: Diagnostic): boolean {
  return diagnostic.respondents.length > 1 && diagnostic.responsesListed !== 'notes';
}

/** How many did not know the answer to a question to check. */
export function unknownCount(item: Diagnostic['checkBefore'][number]): number {
  return item.respondents?.length ?? item.unknown ?? 0;
}

/** A dimension's respondents in words; the lowest and highest only in a per-respondent diagnostic. */
export function respondentsFact(d: Diagnostic['dimensions'][number], lang: Lang, format: (n: number | null) => string): string {
  const w = words(lang).report;
  const coverage = percent(d.respondents.meanCoverage ?? d.coverage, lang);
  if (d.respondents.min === undefined || d.respondents.max === undefined) return w.respondentsCoverage({ count: d.respondents.count, coverage });
  return w.respondentsSpread({ count: d.respondents.count, min: format(d.respondents.min), max: format(d.respondents.max), coverage });
}

/** One respondent's answer in words: the labels of the options chosen, or the free text. */
export function answerText(question: QuestionResult, response: QuestionResult['responses'][number], lang: Lang): string {
  if (response.text !== undefined) return response.text;
  const labels = (response.choice ?? []).map((key) => localize(question.options?.find((o) => o.id === key)?.label, lang) || key);
  return labels.join(words(lang).report.separator) || words(lang).report.none;
}

/**
 * What was answered: the option labels for one respondent; for several, how many chose each
 * option (a ticked option counts once per respondent), then the markers ("Parfois 3, Souvent 1,
 * Je ne sais pas 1"): never the list of every respondent's answer. `diagnostic` tells whether
 * every response is listed (else the counts come from the question's tally).
 */
export function answerSummary(question: QuestionResult, diagnostic: Pick<Diagnostic, 'responsesListed'>, lang: Lang): string {
  const w = words(lang).report;
  const everyListed = diagnostic.responsesListed === undefined || diagnostic.responsesListed === 'all';
  if (everyListed && question.responses.length === 1) {
    const only = question.responses[0]!;
    return only.status === 'answered' ? answerText(question, only, lang) : w.status[only.status];
  }
  const counts = new Map<string, number>();
  const add = (label: string, count = 1) => counts.set(label, (counts.get(label) ?? 0) + count);
  const optionLabel = (key: string) => localize(question.options?.find((o) => o.id === key)?.label, lang) || key;
  const texts = question.responses.filter((r) => r.status === 'answered' && r.text !== undefined).map((r) => r.text!);
  if (question.tally) {
    for (const entry of question.tally) {
      if (entry.status !== 'answered') add(w.status[entry.status], entry.count);
      else add(entry.choice !== undefined ? optionLabel(entry.choice) : w.none, entry.count);
    }
  } else {
    // A diagnostic written before tallies: counted from the responses, all listed then.
    for (const r of question.responses) {
      if (r.status === 'hidden' || r.text !== undefined) continue;
      if (r.status !== 'answered') add(w.status[r.status]);
      else if ((r.choice ?? []).length === 0) add(w.none);
      else for (const key of r.choice!) add(optionLabel(key));
    }
  }
  if (counts.size === 0 && texts.length === 0) return w.status.hidden;
  const order = (question.options ?? []).map((o) => localize(o.label, lang));
  const ranked = [...counts].sort(([a], [b]) => rank(order, a) - rank(order, b));
  return [...texts, ...ranked.map(([text, count]) => `${text} ${count}`)].join(texts.length ? ' · ' : ', ');
}

/** Options in questionnaire order, then markers. */
function rank(order: string[], label: string): number {
  const i = order.indexOf(label);
  return i === -1 ? order.length : i;
}
type Figure = { level: string | null; certainty?: Diagnostic['overall']['certainty'] };

/** A level with how sure it is, short enough for a table cell. */
export function levelCell(diagnostic: Diagnostic, figure: Figure, lang: Lang): string {
  const w = words(lang).report;
  const status = figure.certainty?.status;
  if (status === 'insufficient-data') return w.qualified({ label: w.none, status: w.certainty['insufficient-data'] });
  const label = levelLabel(diagnostic, figure.level, lang);
  return status === 'to-confirm' ? w.qualified({ label, status: w.certainty['to-confirm'] }) : label;
}

/** The same in a sentence, with the range of levels the unknown answers allow. */
export function levelSentence(diagnostic: Diagnostic, figure: Figure, lang: Lang): string {
  const w = words(lang).report;
  const c = figure.certainty;
  const span = c ? { low: levelLabel(diagnostic, c.low, lang), high: levelLabel(diagnostic, c.high, lang) } : undefined;
  if (c?.status === 'insufficient-data') return w.levelInsufficient(span!);
  const label = levelLabel(diagnostic, figure.level, lang);
  return c?.status === 'to-confirm' ? w.qualified({ label, status: w.levelToConfirm(span!) }) : label;
}

/** What a pattern looked at: a question and its answers, or a dimension's level and score. */
export function describeTrigger(diagnostic: Diagnostic, trigger: Diagnostic['patterns'][number]['triggers'][number], lang: Lang): string {
  if ('question' in trigger) {
    const question = findQuestion(diagnostic, trigger.question);
    return question ? `${localize(question.text, lang)} — ${answerSummary(question, diagnostic, lang)}` : trigger.question;
  }
  const w = words(lang).report;
  const label = trigger.dimension === 'overall' ? w.overall : dimensionLabel(diagnostic, trigger.dimension, lang);
  return w.labelled({ label, value: w.triggerLevel({ level: levelLabel(diagnostic, trigger.level, lang), score: scoreNumber(trigger.score, lang) }) });
}

/** Ends a sentence with a full stop, unless its last words already end one ("… Un." stays as is). */
export function endSentence(text: string): string {
  return /[.!?…]$/.test(text.trimEnd()) ? text : `${text}.`;
}

type Recommendation = Diagnostic['recommendations'][number];

/**
 * A settle action in words: the question, then each group shown with its consolidated answer
 * (option labels, « je ne sais pas », or « avis partagés » when the group itself splits evenly).
 */
export function settleSentence(diagnostic: Diagnostic, r: Extract<Recommendation, { kind: 'settle' }>, lang: Lang): string {
  const w = words(lang).report;
  const question = findQuestion(diagnostic, r.question);
  const answerOf = (view: (typeof r.views)[number]) => {
    if (view.status === 'answered') {
      // Labels are sentences: their final full stop would stand before the separator.
      const labels = (view.choice ?? []).map((key) => (localize(question?.options?.find((o) => o.id === key)?.label, lang) || key).replace(/\.$/u, ''));
      return labels.join(w.separator) || w.none;
    }
    return view.status === 'disputed' ? w.settleDisputed : view.status === 'not-applicable' ? w.settleAbsent : w.status[view.status];
  };
  // One view named says nothing of a disagreement: the sentence then names none.
  const views = r.views.length < 2 ? '' : r.views.map((v) => w.settleView({ group: groupLabel(v.group, lang), answer: answerOf(v) })).join(w.separator);
  return w.settle({ question: endQuestion(localize(r.text, lang)), views });
}

/** A question's text without its final question mark, to quote it inside a sentence. */
function endQuestion(text: string): string {
  return text.replace(/\s*\?\s*$/u, '');
}
