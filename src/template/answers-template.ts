// The answers file a person fills by hand: every question with its help and options as YAML
// comments, every answer preset to "ne-sait-pas" so an untouched template is still valid.
import { stringify } from 'yaml';
import { plainLine } from '../core/sanitize.js';
import { localize, type Lang } from '../core/text.js';
import { LANGS } from '../i18n/languages.js';
import { kindOf } from '../questions/index.js';
import { ACTOR_TYPES, MARKER_UNKNOWN, type Condition, type Questionnaire } from '../core/model.js';
import { words } from '../i18n/catalogues.js';

/** The file's name in the scoring command, when the template goes to stdout and the person names it. */
export const THIS_FILE = Object.fromEntries(LANGS.map((lang) => [lang, words(lang).template.thisFile])) as Record<Lang, string>;

/**
 * `schemaUrl` goes into the editor's `$schema` line; `scoreCommand` is the command that scores the
 * filled file, as the person can paste it.
 */
export function answersTemplate(questionnaire: Questionnaire, lang: Lang, today: string, schemaUrl: string, scoreCommand: string): string {
  const w = words(lang).template;
  // Questionnaire texts go into YAML comments: one inert line each, or a CR would end the comment.
  const t = (text: Parameters<typeof localize>[0]) => plainLine(localize(text, lang)).replace(/\s{2,}/g, ' ');
  const lines: string[] = [
    `# yaml-language-server: $schema=${schemaUrl}`,
    `# ${w.header({ title: t(questionnaire.title), version: questionnaire.version })}`,
    `# ${w.how({ command: scoreCommand })}`,
    `# ${w.markers}`,
    `# ${w.comment}`,
    `questionnaire: { id: ${questionnaire.id}, version: ${stringify(questionnaire.version).trim()} }`,
    'respondent:',
    `  territory: ${stringify(w.territory).trim()}`,
    `  actorType: collectivite  # ${w.actorTypes({ list: ACTOR_TYPES.join(', ') })}`,
    `  role: ${stringify(w.role).trim()}`,
    `  date: ${stringify(today).trim()}`,
    'answers:',
  ];
  // Questionnaire order, one section per dimension or run of general questions (never scored).
  const sections: { title: string; questions: typeof questionnaire.questions }[] = [];
  for (const q of questionnaire.questions) {
    const title = q.dimension === undefined ? w.general : t(questionnaire.dimensions.find((d) => d.id === q.dimension)?.label);
    if (sections.at(-1)?.title !== title) sections.push({ title, questions: [] });
    sections.at(-1)!.questions.push(q);
  }
  for (const section of sections) {
    lines.push('', `  # ── ${section.title} ──`);
    for (const q of section.questions) {
      lines.push('', `  # ${q.id}. ${t(q.text)}`, `  #   ${w.why} ${t(q.help)}`);
      if (q.when) lines.push(`  #   ${w.onlyIf({ condition: describeCondition(q.when) })}`);
      for (const hint of kindOf(q).templateHint(q, w, t)) lines.push(`  #   ${hint}`);
      if (q.allowNotApplicable) lines.push(`  #   ${w.notApplicable}`);
      lines.push(`  ${q.id}: ${MARKER_UNKNOWN}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function describeCondition(condition: Condition): string {
  if ('all' in condition && condition.all) return condition.all.map(describeCondition).join(' && ');
  if ('any' in condition && condition.any) return condition.any.map(describeCondition).join(' || ');
  if (!('question' in condition)) return '';
  if (condition.in) return `${condition.question} ∈ [${condition.in.join(', ')}]`;
  if (condition.notIn) return `${condition.question} ∉ [${condition.notIn.join(', ')}]`;
  if (condition.minScore !== undefined) return `score(${condition.question}) ≥ ${condition.minScore}`;
  return `score(${condition.question}) ≤ ${condition.maxScore}`;
}
