// The answers file a person fills by hand: every question with its help and options as YAML
// comments, every answer preset to "ne-sait-pas" so an untouched template is still valid.
import { stringify } from 'yaml';
import { localize, type Lang } from '../core/text.js';
import { kindOf } from '../questions/index.js';
import { ACTOR_TYPES, MARKER_NOT_APPLICABLE, MARKER_UNKNOWN, type Condition, type Questionnaire } from '../core/model.js';

const words = {
  fr: {
    header: 'Réponses au questionnaire',
    how: (command: string) => `Remplacez chaque « ne-sait-pas » par votre réponse, puis : ${command}`,
    markers: `« ${MARKER_UNKNOWN} » = je ne sais pas ; « ${MARKER_NOT_APPLICABLE} » = non concerné (si permis)`,
    comment: 'Pour ajouter un commentaire : q: { value: ..., comment: "...", evidence: "..." }',
    territory: 'Nom du territoire',
    role: 'Votre rôle',
    actorTypes: 'Type d’acteur',
    single: 'Une option parmi :',
    multiple: 'Une liste d’options, par exemple [a, b], parmi :',
    scale: (min: number, max: number) => `Un nombre entier de ${min} à ${max}`,
    yesno: 'true (oui) ou false (non)',
    text: 'Un texte libre, entre guillemets',
    notApplicable: `« ${MARKER_NOT_APPLICABLE} » est permis`,
    onlyIf: 'Seulement si',
    why: 'Pourquoi :',
  },
  en: {
    header: 'Answers to the questionnaire',
    how: (command: string) => `Replace each "ne-sait-pas" with your answer, then: ${command}`,
    markers: `"${MARKER_UNKNOWN}" = don't know; "${MARKER_NOT_APPLICABLE}" = not applicable (where allowed)`,
    comment: 'To add a comment: q: { value: ..., comment: "...", evidence: "..." }',
    territory: 'Name of the territory',
    role: 'Your role',
    actorTypes: 'Actor type',
    single: 'One option among:',
    multiple: 'A list of options, for example [a, b], among:',
    scale: (min: number, max: number) => `An integer from ${min} to ${max}`,
    yesno: 'true (yes) or false (no)',
    text: 'Free text, in quotes',
    notApplicable: `"${MARKER_NOT_APPLICABLE}" is allowed`,
    onlyIf: 'Only if',
    why: 'Why:',
  },
} as const;

/** The file's name in the scoring command, when the template goes to stdout and the person names it. */
export const THIS_FILE: Record<Lang, string> = { fr: 'CE_FICHIER', en: 'THIS_FILE' };

/**
 * `schemaUrl` goes into the editor's `$schema` line; `scoreCommand` is the command that scores the
 * filled file, as the person can paste it.
 */
export function answersTemplate(questionnaire: Questionnaire, lang: Lang, today: string, schemaUrl: string, scoreCommand: string): string {
  const w = words[lang];
  const t = (text: Parameters<typeof localize>[0]) => localize(text, lang).replace(/\s*\n\s*/g, ' ');
  const lines: string[] = [
    `# yaml-language-server: $schema=${schemaUrl}`,
    `# ${w.header} « ${t(questionnaire.title)} » ${questionnaire.version}`,
    `# ${w.how(scoreCommand)}`,
    `# ${w.markers}`,
    `# ${w.comment}`,
    `questionnaire: { id: ${questionnaire.id}, version: ${stringify(questionnaire.version).trim()} }`,
    'respondent:',
    `  territory: ${stringify(w.territory).trim()}`,
    `  actorType: collectivite  # ${w.actorTypes}: ${ACTOR_TYPES.join(', ')}`,
    `  role: ${stringify(w.role).trim()}`,
    `  date: ${stringify(today).trim()}`,
    'answers:',
  ];
  for (const dimension of questionnaire.dimensions) {
    lines.push('', `  # ── ${t(dimension.label)} ──`);
    for (const q of questionnaire.questions.filter((x) => x.dimension === dimension.id)) {
      lines.push('', `  # ${q.id}. ${t(q.text)}`, `  #   ${w.why} ${t(q.help)}`);
      if (q.when) lines.push(`  #   ${w.onlyIf}: ${describeCondition(q.when)}`);
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
