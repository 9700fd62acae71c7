// Old answers keep counting: answers to 1.0.0 of the bundled questionnaire are carried to 2.0.0
// by the rules 2.0.0 declares. Tried on every committed 1.0.0 example (kept as fixtures), on a
// file written by `cocon run` and on a template written by `cocon init`.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runMain } from './memory-io.js';
import { fakePrompts } from './fake-prompts.js';
import { FIXTURES, ROOT, questionnaireFrom } from './helpers.js';
import { carryAnswers, unknownOldIds } from '../src/load/carry-answers.js';
import { kindOf } from '../src/questions/index.js';
import { fr } from './french.js';

const OLD = join(FIXTURES, 'answers-1.0.0');
const files = readdirSync(OLD).filter((f) => f.endsWith('.yaml'));
const current = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));
const previous = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale@1.0.0.yaml'));
const tempDir = () => mkdtempSync(join(tmpdir(), 'cocon-migrate-'));
const json = (stdout: string) => JSON.parse(stdout) as { questionnaire: { version: string }; overall: { score: number } };

describe('the carry rules of 2.0.0', () => {
  it('name only questions of 1.0.0, and every question of 1.0.0 is carried or declared dropped', () => {
    expect(unknownOldIds(previous, current)).toEqual([]);
    const named = new Set([...current.previous!.carry.map((r) => r.from), ...current.previous!.dropped]);
    expect(previous.questions.filter((q) => !named.has(q.id)).map((q) => q.id)).toEqual([]);
  });

  it('carry every option of 1.0.0 somewhere, unless a rule says on purpose it has no equivalent (~)', () => {
    const lost: string[] = [];
    for (const q of previous.questions.filter((x) => x.options.length > 0)) {
      const rules = current.previous!.carry.filter((r) => r.from === q.id);
      for (const option of q.options) {
        const value = q.type === 'multiple' ? [option.id] : option.id;
        // The gates open, so that no follow-up is hidden (then moot) by a missing answer.
        const open = { 'dialogue-espace': 'ancre', 'dialogue-catalyseur': 'dedie', 'partenariats-strategie': 'transformant', 'partenariats-evaluation': 'complete', 'experimentations-origine': 'plusieurs' };
        const raw = { questionnaire: { id: previous.id, version: previous.version }, respondent: { territory: 'T', actorType: 'autre' as const, role: 'R' }, answers: { ...open, [q.id]: value } };
        const carried = carryAnswers(raw, current);
        const explicitlyNone = rules.some((r) => r.options && Object.hasOwn(r.options, option.id) && r.options[option.id] === null);
        if (rules.length > 0 && !rules.some((r) => carried.raw.answers[r.to] !== undefined) && !explicitlyNone) lost.push(`${q.id}: ${option.id}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('map each old option only onto an answer of its new question', () => {
    for (const rule of current.previous!.carry) {
      const target = current.questions.find((q) => q.id === rule.to)!;
      const allowed = [...kindOf(target).values(target).map(String), 'ne-sait-pas', ...(target.allowNotApplicable ? ['non-concerne'] : [])];
      for (const mapped of Object.values(rule.options ?? {})) for (const v of mapped === null ? [] : [mapped].flat()) expect(allowed, `${rule.from} → ${rule.to}`).toContain(v);
    }
  });
});

describe('cocon score on 1.0.0 answers', () => {
  it.each(files)('%s: scored on 2.0.0, with what must now be answered on stderr', async (file) => {
    const result = await runMain(['score', join(OLD, file), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(json(result.stdout).questionnaire.version).toBe('2.0.0');
    expect(result.stderr).toContain(fr(`${join(OLD, file)} : réponses à la version 1.0.0, reprises dans la version 2.0.0 ; à répondre maintenant (`));
    expect(result.stderr).toContain('contexte-population');
  });

  it.each([['multi-respondents', 5], ['worlds/cinq-mondes-val-d-ambrelle', 5], ['worlds/douze-mondes-coteaux-de-vernelle', 12]] as const)('a folder of 1.0.0 respondents (%s): each one is carried, one diagnostic on 2.0.0', async (folder, count) => {
    const result = await runMain(['score', join(OLD, folder), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(json(result.stdout).questionnaire.version).toBe('2.0.0');
    expect(result.stderr.match(/reprises dans la version 2\.0\.0/g)).toHaveLength(count);
  });

  it.each(['multi-respondents', 'worlds/cinq-mondes-val-d-ambrelle', 'worlds/douze-mondes-coteaux-de-vernelle'])('%s: every file migrates and validates', async (folder) => {
    const dir = tempDir();
    for (const name of readdirSync(join(OLD, folder))) {
      copyFileSync(join(OLD, folder, name), join(dir, name));
      expect((await runMain(['migrate', join(dir, name)])).code, name).toBe(0);
      expect((await runMain(['validate', join(dir, name.replace(/\.yaml$/, '-2.0.0.yaml'))])).code, name).toBe(0);
    }
  });

  it('--questionnaire coconstruction-territoriale@1.0.0 scores them on 1.0.0 itself, with no note', async () => {
    const result = await runMain(['score', join(OLD, 'avance-cote-des-tilleuls.yaml'), '--questionnaire', 'coconstruction-territoriale@1.0.0', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(json(result.stdout).questionnaire.version).toBe('1.0.0');
    expect(result.stderr).toBe('');
  });

  it('cocon validate checks them against 1.0.0, the version they answer', async () => {
    const result = await runMain(['validate', join(OLD, 'emergent-val-de-brume.yaml')]);
    expect(result.code).toBe(0);
  });
});

describe('cocon migrate', () => {
  it.each(files)('%s: writes NAME-2.0.0.yaml beside it, leaves it untouched, and the new file scores as the old one did', async (file) => {
    const dir = tempDir();
    const original = join(dir, file);
    copyFileSync(join(OLD, file), original);
    const before = readFileSync(original);
    const result = await runMain(['migrate', original]);
    expect(result.code).toBe(0);
    const written = join(dir, file.replace(/\.yaml$/, '-2.0.0.yaml'));
    expect(result.stderr).toContain(fr(`écrit : ${written}`));
    expect(result.stderr).toContain(fr(`pour répondre aux nouvelles questions : npx cocon run --answers ${written} --resume`));
    expect(readFileSync(original)).toEqual(before);
    expect((parse(readFileSync(written, 'utf8')) as { questionnaire: unknown }).questionnaire).toEqual({ id: 'coconstruction-territoriale', version: '2.0.0' });
    expect((await runMain(['validate', written])).code).toBe(0);
    const fromOld = await runMain(['score', original, '--format', 'json']);
    const fromNew = await runMain(['score', written, '--format', 'json']);
    expect(fromNew.stdout).toBe(fromOld.stdout);
    expect(fromNew.stderr).toBe('');
  });

  it('never replaces a file: an existing output is refused without --force; --in-place replaces the original', async () => {
    const dir = tempDir();
    const original = join(dir, 'r.yaml');
    copyFileSync(join(OLD, 'depart-haut-vallon.yaml'), original);
    writeFileSync(join(dir, 'r-2.0.0.yaml'), 'keep me');
    const refused = await runMain(['migrate', original]);
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, 'r-2.0.0.yaml'), 'utf8')).toBe('keep me');
    expect((await runMain(['migrate', original, '--force'])).code).toBe(0);
    expect(readFileSync(join(dir, 'r-2.0.0.yaml'), 'utf8')).toContain('version: 2.0.0');
    const out = join(dir, 'autre.json');
    expect((await runMain(['migrate', original, '--out', out])).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).questionnaire.version).toBe('2.0.0');
    expect((await runMain(['migrate', original, '--in-place', '--out', out])).code).toBe(2);
    expect((await runMain(['migrate', original, '--in-place'])).code).toBe(0);
    expect(readFileSync(original, 'utf8')).toContain('version: 2.0.0');
    const again = await runMain(['migrate', original]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe(fr(`${original} répond déjà à la version 2.0.0 : rien à reprendre\n`));
    expect(existsSync(join(dir, 'r-2.0.0-2.0.0.yaml'))).toBe(false);
  });

  it('carries a file written by cocon run on 1.0.0 (interrupted after three answers)', async () => {
    const dir = tempDir();
    const file = join(dir, 'run.yaml');
    const prompts = fakePrompts([
      { text: 'Val de Test' }, { pick: 'Association' }, { text: 'Coordinatrice' }, { text: '' },
      { pick: 'Des rencontres régulières (au moins deux par an)' },
      { check: ['Associations', 'Entreprises'] },
      { pick: 'Un acteur a réalisé un diagnostic' },
      'interrupt',
    ]);
    const run = await runMain(['run', '--questionnaire', 'coconstruction-territoriale@1.0.0', '--answers', file], { prompts, cwd: dir, stdin: { isTTY: true }, now: () => new Date('2026-03-14T10:00:00Z') });
    expect(run.code).toBe(130);
    expect((await runMain(['migrate', file])).code).toBe(0);
    const carried = parse(readFileSync(join(dir, 'run-2.0.0.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(carried.answers).toEqual({ 'dialogue-rencontres': 'deux-trois', 'dialogue-mondes': ['associations', 'entreprises'], 'dialogue-diagnostic': 'presente' });
  });

  it('carries a template written by cocon init on 1.0.0: every "ne-sait-pas" stays one', async () => {
    const dir = tempDir();
    const file = join(dir, 'modele.yaml');
    expect((await runMain(['init', file, '--questionnaire', 'coconstruction-territoriale@1.0.0'])).code).toBe(0);
    const result = await runMain(['migrate', file]);
    expect(result.code).toBe(0);
    const carried = parse(readFileSync(join(dir, 'modele-2.0.0.yaml'), 'utf8')) as { answers: Record<string, unknown> };
    expect(new Set(Object.values(carried.answers))).toEqual(new Set(['ne-sait-pas']));
    // Conditions look at values: with every gate unknown, the follow-ups behind "notIn" stay shown.
    expect(Object.keys(carried.answers)).toContain('dialogue-suites');
    expect(Object.keys(carried.answers)).not.toContain('dialogue-metiers');
    expect((await runMain(['score', join(dir, 'modele-2.0.0.yaml'), '--format', 'json'])).code).toBe(0);
  });

  it('a 2.0.0 template from cocon init scores as it is', async () => {
    const dir = tempDir();
    const file = join(dir, 'modele.yaml');
    expect((await runMain(['init', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('version: 2.0.0');
    expect((await runMain(['score', file, '--format', 'json'])).stderr).toBe('');
  });
});
