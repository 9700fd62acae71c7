// Foundations first (issue 19, item 4): the bundled questionnaire declares the catalyser and the
// shared diagnostic as its foundations. Checked on the example of a territory at the start
// (examples/depart-haut-vallon.yaml: occasional meetings, no catalyser, a sectoral diagnostic, a
// few donations, no experimentation), then with its foundations unknown.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/score/diagnose.js';
import { renderMarkdown } from '../src/render/markdown.js';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { words } from '../src/i18n/catalogues.js';
import { ROOT, answersFrom, questionnaireFrom } from './helpers.js';
import { fr, frPattern } from './french.js';

const questionnaire = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));
const DEPART = readFileSync(join(ROOT, 'examples/depart-haut-vallon.yaml'), 'utf8');
/** The start territory, with some answers replaced (`dialogue-catalyseur: ne-sait-pas`…). */
const start = (replace: Record<string, string> = {}) => {
  let text = DEPART;
  for (const [id, value] of Object.entries(replace)) text = text.replace(new RegExp(`^  ${id}: .*$`, 'm'), `  ${id}: ${value}`);
  return diagnose(questionnaire, [answersFrom('depart.yaml', questionnaire, text)]);
};
const actions = (d: Diagnostic) => d.recommendations.map((r) => (r.kind === 'advice' ? r.id : `${r.kind}:${r.question}`));

describe('foundations first', () => {
  it('the questionnaire declares the catalyser and the shared diagnostic, in that order', () => {
    expect(questionnaire.foundations.map((f) => f.question)).toEqual(['dialogue-catalyseur', 'dialogue-diagnostic']);
  });

  it('a territory at the start gets the catalyser and the shared diagnostic as its first two actions', () => {
    expect(actions(start()).slice(0, 2)).toEqual(['dialogue-catalyseur-designer', 'dialogue-diagnostic-co-construire']);
  });

  it('with the catalyser unknown, the first action is to establish who holds that role, saying who can know; then the diagnostic', () => {
    const d = start({ 'dialogue-catalyseur': 'ne-sait-pas' });
    expect(d.recommendations[0]).toEqual({
      kind: 'establish',
      dimension: 'dialogue',
      question: 'dialogue-catalyseur',
      text: questionnaire.foundations[0]!.establish,
      whoKnows: ['collectivite', 'association'],
    });
    expect(actions(d)[1]).toBe('dialogue-diagnostic-co-construire');
    const markdown = renderMarkdown(d, { lang: 'fr', color: false, width: 100 });
    expect(markdown).toContain('1. **Établir qui tient le rôle de catalyseur territorial :');
    expect(markdown).toContain(fr('(Dialogue territorial)<br>Qui peut le savoir : Collectivité, Association.'));
  });

  it('with both foundations unknown, both are established first, and every other advice waits', () => {
    const d = start({ 'dialogue-catalyseur': 'ne-sait-pas', 'dialogue-diagnostic': 'ne-sait-pas' });
    expect(actions(d).slice(0, 2)).toEqual(['establish:dialogue-catalyseur', 'establish:dialogue-diagnostic']);
    expect(d.recommendations.slice(2).every((r) => r.kind !== 'establish')).toBe(true);
  });

  it('a foundation known, even at its worst, is not "to establish"', () => {
    expect(start().recommendations.some((r) => r.kind === 'establish')).toBe(false);
  });
});

describe('what to check before the workshop: foundations first, saying which score moves', () => {
  it('an unknown foundation leads even when its dimension is under the coverage floor and has no level to move', () => {
    // Dialogue mostly unknown: under 50 % coverage, no level either way, so no "level swing".
    const d = start({
      'dialogue-catalyseur': 'ne-sait-pas', 'dialogue-diagnostic': 'ne-sait-pas', 'dialogue-rencontres': 'ne-sait-pas',
      'dialogue-suites': 'ne-sait-pas', 'dialogue-cartographie': 'ne-sait-pas', 'dialogue-citoyens': 'ne-sait-pas',
      'partenariats-nombre': 'ne-sait-pas',
    });
    expect(d.dimensions.find((x) => x.id === 'dialogue')!.certainty!.status).toBe('insufficient-data');
    expect(d.checkBefore.slice(0, 2).map((c) => [c.question, c.foundation])).toEqual([['dialogue-catalyseur', true], ['dialogue-diagnostic', true]]);
    expect(d.checkBefore.slice(2).some((c) => c.foundation)).toBe(false);
    const markdown = renderMarkdown(d, { lang: 'fr', color: false, width: 100 });
    expect(markdown).toMatch(frPattern(/fondation : à établir avant le reste ; jusqu’à [\d,]+ pts? d’écart sur le score « Dialogue territorial »/));
  });
});

describe('wording: points are singular under two in French', () => {
  it('« +1 pt », « +1,5 pt », « +2 pts »; "+1 pt", "+1.5 pts" in English', () => {
    const gain = (lang: 'fr' | 'en', points: string, count: number) => words(lang).report.gain({ points, count });
    expect([gain('fr', '1', 1), gain('fr', '1,5', 1.5), gain('fr', '2', 2), gain('fr', '0,1', 0.1)]).toEqual(['+1 pt', '+1,5 pt', '+2 pts', '+0,1 pt']);
    expect([gain('en', '1', 1), gain('en', '1.5', 1.5), gain('en', '2', 2)]).toEqual(['+1 pt', '+1.5 pts', '+2 pts']);
    expect(words('fr').report.spread({ points: '1,8', count: 1.8 })).toBe('écart 1,8 pt');
  });
});
