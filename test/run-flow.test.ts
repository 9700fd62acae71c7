// `cocon run` without a terminal: the whole command, driven through a scripted prompt adapter.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fakePrompts, type Reply } from './fake-prompts.js';
import type { PromptAdapter } from '../src/questions/prompt-adapter.js';
import { runMain } from './memory-io.js';
import { FIXTURES, ROOT } from './helpers.js';
import { defaultFileName } from '../src/cli/commands/run/handler.js';
import { fr } from './french.js';

const MINI = join(FIXTURES, 'mini.yaml');
const NOW = () => new Date('2026-03-14T10:00:00Z');
const RESPONDENT: Reply[] = [{ text: 'Val de Test' }, { pick: 'Association' }, { text: 'Coordinatrice' }, { text: '' }];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cocon-run-'));
}

/** The scripted prompts, with checkbox ticks checked by the flow's `validate` as the terminal does. */
function scripted(replies: Reply[]) {
  const fake = fakePrompts(replies);
  const tick = fake.checkbox.bind(fake);
  const checkbox: PromptAdapter['checkbox'] = async (options) => {
    const values = await tick(options);
    const valid = options.validate?.(values) ?? true;
    if (valid !== true) throw new Error(`checkbox refused: ${valid}`);
    return values;
  };
  return Object.assign(fake, { checkbox });
}

async function run(replies: Reply[], args: string[] = [], cwd = tempDir()) {
  const prompts = scripted(replies);
  const result = await runMain(['run', '--questionnaire', MINI, ...args], { prompts, now: NOW, cwd, stdin: { isTTY: true } });
  return { ...result, prompts, cwd };
}

const readAnswers = (file: string) => parse(readFileSync(file, 'utf8')) as { respondent: Record<string, string>; answers: Record<string, unknown> };

describe('cocon run, scripted', () => {
  it('walks the respondent, then every question, saves a hand-writable file and prints the report', async () => {
    const { code, stdout, stderr, prompts, cwd } = await run([
      ...RESPONDENT,
      { pick: 'Un catalyseur identifié' },
      { check: ['Collectivités', 'Associations'] },
      { pick: 'Oui' },
      { pick: '4' },
      { pick: 'Parfois' },
      { text: 'Rien à ajouter.' },
      { pick: 'Terminer' },
    ], ['--format', 'json']);
    expect(code).toBe(0);
    expect(prompts.remaining()).toBe(0);
    const file = join(cwd, 'cocon-val-de-test-2026-03-14.yaml');
    const text = readFileSync(file, 'utf8');
    // A published URL for this version of the schema: still right once the file is moved or mailed.
    expect(text).toMatch(/^# yaml-language-server: \$schema=https:\/\/cdn\.jsdelivr\.net\/npm\/cocon-territoire@[\d.]+\/schemas\/answers\.schema\.json\n/);
    expect(text).not.toContain(cwd);
    expect(text).not.toContain(ROOT);
    expect(readAnswers(file)).toEqual({
      questionnaire: { id: 'mini', version: '1.2.0' },
      respondent: { territory: 'Val de Test', actorType: 'association', role: 'Coordinatrice', date: '2026-03-14' },
      answers: { a1: 'catalyseur', a2: ['collectivites', 'associations'], a3: true, b1: 4, b2: 'parfois', b3: 'Rien à ajouter.' },
    });
    // Where the person is, and why the question matters.
    expect(stderr).toContain(fr('Alpha · 1/3 · 0 répondue, environ 5 à venir'));
    expect(stderr).toContain(fr('Bêta · 2/3 · 4 répondues, environ 1 à venir'));
    expect(stderr).toContain(fr('Pourquoi cette question : Sans animateur, pas de dialogue.'));
    expect(stderr).toContain('━━ Bêta ━━');
    // The report, in the format asked, is written next to the answers and is exactly what
    // `cocon score` gives for the saved file; stdout has the terminal summary.
    const report = join(cwd, 'cocon-val-de-test-2026-03-14.diagnostic.json');
    const scored = await runMain(['score', file, '--questionnaire', MINI, '--format', 'json']);
    expect(readFileSync(report, 'utf8')).toBe(scored.stdout);
    expect(stdout).toBe((await runMain(['score', file, '--questionnaire', MINI, '--format', 'text'])).stdout.replace(/^Rapport complet\u202F: .*\n/m, ''));
    expect(stderr.endsWith(`Réponses enregistrées dans ${file}\nRapport écrit dans ${report}\n`)).toBe(true);
  });

  it('writes the report next to the answers in Markdown by default, or to --out; suggests no command with "…"', async () => {
    const answers = [...RESPONDENT, { pick: 'Personne' }, { check: ['Citoyens'] }, { pick: '3' }, { pick: 'Jamais' }, { text: '' }, { pick: 'Terminer' }] as Reply[];
    const plain = await run(answers);
    expect(plain.code).toBe(0);
    const report = join(plain.cwd, 'cocon-val-de-test-2026-03-14.diagnostic.md');
    expect(readFileSync(report, 'utf8')).toMatch(/^# Diagnostic de co-construction — Val de Test\n/);
    expect(plain.stderr).toContain(`Rapport écrit dans ${report}\n`);
    expect(plain.stdout).toContain('Diagnostic de co-construction — Val de Test');
    expect(plain.stdout + plain.stderr).not.toContain('…');

    const cwd = tempDir();
    const out = await run(answers, ['--out', join(cwd, 'rapport.md')], cwd);
    expect(out.code).toBe(0);
    expect(readFileSync(join(cwd, 'rapport.md'), 'utf8')).toMatch(/^# Diagnostic/);
    expect(existsSync(join(cwd, 'cocon-val-de-test-2026-03-14.diagnostic.md'))).toBe(false);
  });

  it('offers "je ne sais pas" everywhere, "non concerné" only where allowed, and "back" after the first question', async () => {
    const { code, prompts, cwd } = await run([
      ...RESPONDENT,
      { pick: 'Je ne sais pas' },
      { check: ['Je ne sais pas'] },
      { pick: 'Non' },
      { pick: 'Je ne sais pas' },
      { pick: 'Non concerné' },
      { text: '?' },
      { pick: 'Terminer' },
    ]);
    expect(code).toBe(0);
    const questions = prompts.shown.filter((p) => p.message.endsWith('?') || p.message.includes('(1 à 5)'));
    const first = questions.find((p) => p.message === 'Qui anime le dialogue ?')!;
    expect(first.choices).toContain('Je ne sais pas');
    expect(first.choices).not.toContain('Non concerné');
    expect(first.choices).not.toContain('← Revenir à la question précédente');
    const b2 = questions.find((p) => p.message.startsWith('Les expérimentations'))!;
    expect(b2.choices).toContain('Non concerné');
    expect(b2.choices).toContain('← Revenir à la question précédente');
    expect(readAnswers(join(cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toEqual({
      a1: 'ne-sait-pas', a2: 'ne-sait-pas', a3: false, b1: 'ne-sait-pas', b2: 'non-concerne', b3: 'ne-sait-pas',
    });
  });

  it('goes back to the previous question, showing the answer given', async () => {
    const { code, prompts, cwd } = await run([
      ...RESPONDENT,
      { pick: 'Parfois quelqu' },
      { check: ['← Revenir'] },
      { pick: 'Un catalyseur identifié' },
      { check: ['Citoyens'] },
      { pick: '← Revenir' },
      { check: ['Entreprises'] },
      { pick: 'Oui' },
      { pick: '5' },
      { pick: 'Toujours' },
      { text: '' },
      { pick: 'Terminer' },
    ]);
    expect(code).toBe(0);
    const a1Prompts = prompts.shown.filter((p) => p.message === 'Qui anime le dialogue ?');
    expect(a1Prompts).toHaveLength(2);
    expect(a1Prompts[1]!.default).toBe('parfois');
    expect(readAnswers(join(cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toEqual({
      a1: 'catalyseur', a2: ['entreprises'], a3: true, b1: 5, b2: 'toujours',
    });
  });

  it('after going back two questions, moving on shows the next ones again with their answers', async () => {
    const { code, prompts } = await run([
      ...RESPONDENT,
      { pick: 'Parfois quelqu' },
      { check: ['Citoyens'] },
      { pick: '← Revenir' },
      { check: ['← Revenir'] },
      { pick: 'Un catalyseur identifié' },
      { check: ['Citoyens'] },
      { pick: 'Oui' },
      { pick: '1' },
      { pick: 'Jamais' },
      { text: '' },
      { pick: 'Terminer' },
    ]);
    expect(code).toBe(0);
    expect(prompts.shown.filter((p) => p.message === 'Quels mondes participent ?')).toHaveLength(3);
  });

  it('conditional questions vanish and reappear as earlier answers change', async () => {
    const { code, prompts, cwd } = await run([
      ...RESPONDENT,
      { pick: 'Personne' },
      { check: ['Collectivités'] },
      // a3 ("is the catalyst funded?") is skipped: nobody runs the dialogue.
      { pick: '3' },
      { pick: 'Jamais' },
      { text: '' },
      { pick: 'Revoir' },
      { pick: 'Qui anime le dialogue' },
      { pick: 'Un catalyseur identifié' },
      // Now a3 applies, and is asked at once.
      { pick: 'Non' },
      { pick: 'Terminer' },
    ]);
    expect(code).toBe(0);
    const a3 = prompts.shown.filter((p) => p.message === 'Le catalyseur est-il financé ?');
    expect(a3).toHaveLength(1);
    expect(readAnswers(join(cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toMatchObject({ a1: 'catalyseur', a3: false });
  });

  it('drops the answer to a question that a changed answer hides', async () => {
    const { cwd } = await run([
      ...RESPONDENT,
      { pick: 'Un catalyseur identifié' },
      { check: ['Collectivités'] },
      { pick: 'Oui' },
      { pick: '3' },
      { pick: 'Jamais' },
      { text: '' },
      { pick: 'Revoir' },
      { pick: 'Qui anime le dialogue' },
      { pick: 'Personne' },
      { pick: 'Terminer' },
    ]);
    expect(readAnswers(join(cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).not.toHaveProperty('a3');
  });

  it('adds a comment and evidence only for those who ask for it', async () => {
    const { cwd, prompts } = await run([
      ...RESPONDENT,
      { pick: '✎' },
      { pick: 'Parfois quelqu' },
      { text: 'Une réunion | par an' },
      { text: 'Compte rendu 2025' },
      { check: ['Collectivités', '✎'] },
      { text: 'Seulement les élus' },
      { text: '' },
      { pick: 'Oui' },
      { pick: '2' },
      { pick: 'Parfois' },
      { text: '' },
      { pick: 'Terminer' },
    ]);
    const answers = readAnswers(join(cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers;
    expect(answers['a1']).toEqual({ value: 'parfois', comment: 'Une réunion | par an', evidence: 'Compte rendu 2025' });
    expect(answers['a2']).toEqual({ value: ['collectivites'], comment: 'Seulement les élus' });
    expect(answers['a3']).toBe(true);
    expect(prompts.shown.filter((p) => p.message.startsWith('Commentaire'))).toHaveLength(2);
  });

  it('free text: "<" goes back, "?" or the marker means "je ne sais pas", notes given earlier are kept', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'texte.yaml');
    writeFileSync(file, 'questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: Nord, actorType: citoyen, role: Habitant }\nanswers:\n  a1: personne\n  a2: [citoyens]\n  b1: 2\n  b2: jamais\n  b3: { value: Premier jet, comment: noté en réunion }\n');
    const { code, prompts } = await run([
      { pick: 'Revoir' },
      { pick: 'Un commentaire' },
      { text: 'ne-sait-pas' },
      { pick: 'Revoir' },
      { pick: 'Un commentaire' },
      { text: '' },
      { pick: 'Terminer' },
    ], ['--answers', file, '--resume'], cwd);
    expect(code).toBe(0);
    const b3 = prompts.shown.filter((p) => p.message === 'Un commentaire ?');
    expect(b3.map((p) => p.default)).toEqual(['Premier jet', '?']);
    expect(readAnswers(file).answers['b3']).toEqual({ value: 'ne-sait-pas', comment: 'noté en réunion' });

    const back = await run([...RESPONDENT, { pick: 'Personne' }, { check: ['Citoyens'] }, { pick: '3' }, { pick: 'Jamais' }, { text: '<' }, { pick: 'Parfois' }, { text: '?' }, { pick: 'Terminer' }]);
    expect(back.code).toBe(0);
    expect(back.prompts.shown.filter((p) => p.message.startsWith('Les expérimentations'))).toHaveLength(2);
    expect(readAnswers(join(back.cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toMatchObject({ b2: 'parfois', b3: 'ne-sait-pas' });
  });

  it('refuses what the answers file could not hold: over-long texts, "non-concerne" where not allowed', async () => {
    const long = await run([{ text: 'T'.repeat(201) }]);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('200 caractères au plus (ici 201).');
    const reserved = await run([...RESPONDENT, { pick: 'Personne' }, { check: ['Citoyens'] }, { pick: '3' }, { pick: 'Jamais' }, { text: 'non-concerne' }]);
    expect(reserved.code).toBe(2);
    expect(reserved.stderr).toContain(fr('« non-concerne » est un mot réservé'));
    const comment = await run([...RESPONDENT, { pick: '✎' }, { pick: 'Personne' }, { text: 'x'.repeat(10_001) }]);
    expect(comment.stderr).toContain('10\u202F000 caractères au plus (ici 10\u202F001).');
  });

  it('keeps notes when an answer is changed without new ones, and takes notes on "je ne sais pas" too', async () => {
    const { code, cwd } = await run([
      ...RESPONDENT,
      { pick: '✎' },
      { pick: 'Parfois quelqu' },
      { text: 'Une réunion par an' },
      { text: '' },
      { check: ['← Revenir'] },
      { pick: 'Personne' },
      { check: ['Je ne sais pas', '✎'] },
      { text: 'À demander à la mairie' },
      { text: '' },
      'interrupt',
    ]);
    expect(code).toBe(130);
    expect(readAnswers(join(cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toEqual({
      a1: { value: 'personne', comment: 'Une réunion par an' },
      a2: { value: 'ne-sait-pas', comment: 'À demander à la mairie' },
    });
  });

  it('bundled questionnaire: general questions first, a short help by default, the full help and its source on demand', async () => {
    const cwd = tempDir();
    const prompts = scripted([...RESPONDENT, { pick: 'Aide complète' }, { pick: 'De 2 000 à 10 000' }, 'interrupt']);
    const result = await runMain(['run'], { prompts, now: NOW, cwd, stdin: { isTTY: true } });
    expect(result.code).toBe(130);
    expect(result.stderr).toContain(fr('━━ Questions générales ━━'));
    expect(result.stderr).toContain(fr('Questions générales · 1/4 · 0 répondue, environ'));
    expect(result.stderr).toContain(`${fr('Pourquoi cette question : ')}Le contexte aide à comparer`);
    // The full help with its source, printed once asked, then the same question again without the choice.
    expect(result.stderr).toContain(`${fr('En détail : ')}Question de contexte, non notée.`);
    const asked = prompts.shown.filter((s) => s.message.startsWith('Combien d\'habitants'));
    expect(asked).toHaveLength(2);
    expect(asked[0]!.choices).toContain(fr('ⓘ Aide complète et source'));
    expect(asked[1]!.choices).not.toContain(fr('ⓘ Aide complète et source'));
    expect(readAnswers(join(cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toEqual({ 'contexte-population': '2000-10000' });
  });

  it('checkboxes: "back" is ticked alone, "don\'t know" with options means "the others: don\'t know", nothing ticked means none of these', async () => {
    const partial = await run([...RESPONDENT, { pick: 'Personne' }, { check: ['Citoyens', 'Je ne sais pas'] }, 'interrupt']);
    expect(partial.code).toBe(130);
    expect(readAnswers(join(partial.cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toEqual({ a1: 'personne', a2: ['citoyens', 'ne-sait-pas'] });
    const back = await run([...RESPONDENT, { pick: 'Personne' }, { check: ['Citoyens', '← Revenir'] }]);
    expect(back.stderr).toContain(fr('checkbox refused: « Revenir à la question précédente » et « Aide complète » se cochent seuls.'));
    const none = await run([...RESPONDENT, { pick: 'Personne' }, { check: [] }, 'interrupt']);
    expect(none.code).toBe(130);
    expect(none.stderr).toContain(fr('(sans rien cocher : aucune de ces'));
    expect(readAnswers(join(none.cwd, 'cocon-val-de-test-2026-03-14.yaml')).answers).toEqual({ a1: 'personne', a2: [] });
  });

  it('Ctrl-C: exit 130, every answer given is in the file, and the command to resume is printed', async () => {
    const { code, stderr, stdout, cwd } = await run([...RESPONDENT, { pick: 'Personne' }, { check: ['Citoyens'] }, 'interrupt']);
    expect(code).toBe(130);
    expect(stdout).toBe('');
    const file = join(cwd, 'cocon-val-de-test-2026-03-14.yaml');
    expect(readAnswers(file).answers).toEqual({ a1: 'personne', a2: ['citoyens'] });
    expect(stderr).toContain(`Interrompu. Vos réponses sont enregistrées dans ${file}.`);
    // Without `cocon` on the PATH, as after the README's `npm install`, the command starts with npx.
    expect(stderr).toContain(`${fr('Pour reprendre : ')}npx cocon run --answers ${file} --resume --questionnaire ${MINI}\n`);
  });

  it('prints commands the way cocon was launched, quoted for the shell', async () => {
    const cwd = tempDir();
    const bin = join(cwd, 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'cocon'), '#!/bin/sh\n', { mode: 0o755 });
    const file = join(cwd, "l'atelier du 3.yaml");
    const onPath = await runMain(['run', '--questionnaire', MINI, '--answers', file], {
      prompts: scripted([...RESPONDENT, 'interrupt']), now: NOW, cwd, stdin: { isTTY: true }, env: { LANG: 'fr_FR.UTF-8', PATH: bin },
    });
    expect(onPath.stderr).toContain(`${fr('Pour reprendre : ')}cocon run --answers '${cwd}/l'\\''atelier du 3.yaml' --resume --questionnaire ${MINI}\n`);
    // npx puts cocon on the PATH of this process only: the person's shell does not have it.
    const viaNpx = await runMain(['run', '--questionnaire', MINI, '--answers', file, '--resume'], {
      prompts: scripted(['interrupt']), now: NOW, cwd, stdin: { isTTY: true }, env: { LANG: 'fr_FR.UTF-8', PATH: bin, npm_command: 'exec', npm_lifecycle_event: 'npx' },
    });
    expect(viaNpx.stderr).toContain(`${fr('Pour reprendre : ')}npx cocon run --answers '${cwd}/l'\\''atelier du 3.yaml' --resume`);
  });

  it('Ctrl-C before the first answer saves nothing and says so', async () => {
    const { code, stderr, cwd } = await run([{ text: 'Val de Test' }, 'interrupt']);
    expect(code).toBe(130);
    expect(stderr).toContain('rien n’a été enregistré');
    expect(existsSync(join(cwd, 'cocon-val-de-test-2026-03-14.yaml'))).toBe(false);
  });

  it('--resume continues a partial file from the first unanswered question, without asking the respondent again', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'atelier.yaml');
    writeFileSync(file, 'questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: Nord, actorType: citoyen, role: Habitant }\nanswers:\n  a1: personne\n  a2: [citoyens]\n');
    const { code, prompts } = await run([{ pick: '2' }, { pick: 'Jamais' }, { text: '' }, { pick: 'Terminer' }], ['--answers', file, '--resume'], cwd);
    expect(code).toBe(0);
    expect(prompts.shown[0]!.message).toContain('Maturité des expérimentations');
    expect(readAnswers(file)).toMatchObject({ respondent: { territory: 'Nord' }, answers: { a1: 'personne', a2: ['citoyens'], b1: 2, b2: 'jamais' } });
  });

  it('the person’s own file of the day is offered for resuming, never overwritten silently', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'cocon-val-de-test-2026-03-14.yaml');
    writeFileSync(file, 'questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: Val de Test, actorType: association, role: coordinatrice }\nanswers:\n  a1: parfois\n');
    const { code, prompts } = await run([...RESPONDENT, { confirm: true }, { check: ['Citoyens'] }, 'interrupt'], [], cwd);
    expect(code).toBe(130);
    expect(prompts.shown.find((p) => p.kind === 'confirm')!.message).toContain('contient 1 réponse à ce questionnaire (coordinatrice, Association)');
    expect(readAnswers(file).answers).toEqual({ a1: 'parfois', a2: ['citoyens'] });
  });

  it('one respondent, one file: a second person the same day gets a file of their own', async () => {
    const cwd = tempDir();
    const first = join(cwd, 'cocon-val-de-test-2026-03-14.yaml');
    const firstText = 'questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: Val de Test, actorType: collectivite, role: Maire }\nanswers:\n  a1: parfois\n';
    writeFileSync(first, firstText);
    // -2 is taken by something else (not even answers): left alone too.
    writeFileSync(join(cwd, 'cocon-val-de-test-2026-03-14-2.yaml'), 'notes\n');
    const second = await run([...RESPONDENT, { pick: 'Personne' }, 'interrupt'], [], cwd);
    expect(second.code).toBe(130);
    expect(second.prompts.shown.some((p) => p.kind === 'confirm')).toBe(false);
    const own = join(cwd, 'cocon-val-de-test-2026-03-14-3.yaml');
    expect(second.stderr).toContain(fr(`${first} existe déjà et ne contient pas vos réponses : les vôtres seront enregistrées dans ${own}.`));
    expect(readFileSync(first, 'utf8')).toBe(firstText);
    expect(readAnswers(own)).toMatchObject({ respondent: { role: 'Coordinatrice', actorType: 'association' }, answers: { a1: 'personne' } });
    // --resume resumes only one's own file: the first person's stays theirs.
    const again = await run([...RESPONDENT, { check: ['Citoyens'] }, 'interrupt'], ['--resume'], cwd);
    expect(again.code).toBe(130);
    expect(again.prompts.shown.filter((p) => p.message === 'Qui anime le dialogue ?')).toHaveLength(0);
    expect(readFileSync(first, 'utf8')).toBe(firstText);
    expect(readAnswers(own).answers).toEqual({ a1: 'personne', a2: ['citoyens'] });
  });

  it('--resume on a file that does not exist says so and starts nothing; without --answers it says a new session starts', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'atelier.yaml');
    const missing = await run([], ['--answers', file, '--resume'], cwd);
    expect(missing.code).toBe(2);
    expect(missing.prompts.shown).toEqual([]);
    expect(missing.stderr).toContain(fr(`${file} n’existe pas : il n’y a rien à reprendre. Pour commencer une nouvelle session dans ce fichier : npx cocon run --answers ${file} --questionnaire ${MINI}`));
    expect(existsSync(file)).toBe(false);
    const fresh = await run([...RESPONDENT, 'interrupt'], ['--resume'], cwd);
    expect(fresh.code).toBe(130);
    expect(fresh.stderr).toContain(fr(`Aucune session à reprendre (${join(cwd, 'cocon-val-de-test-2026-03-14.yaml')} n’existe pas) : une nouvelle session commence.`));
  });

  it('a file that is not for this questionnaire: rename, overwrite or quit, as the person chooses', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'notes.yaml');
    writeFileSync(file, 'these are my notes\n');
    // Giving up is a choice, not an interruption: exit 0, and nothing was changed.
    const quit = await run([{ pick: 'Abandonner' }], ['--answers', file], cwd);
    expect(quit.code).toBe(0);
    expect(quit.stderr).toContain(fr('Abandon : rien n’a été modifié.\n'));
    expect(quit.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('these are my notes\n');
    const renamed = await run([{ pick: 'Choisir un autre nom' }, { text: 'autre.yaml' }, ...RESPONDENT, 'interrupt'], ['--answers', file], cwd);
    expect(renamed.code).toBe(130);
    expect(readFileSync(file, 'utf8')).toBe('these are my notes\n');
    expect(readAnswers(join(cwd, 'autre.yaml')).respondent['territory']).toBe('Val de Test');
  });

  it('--resume on a broken file reports where it is broken, exit 2', async () => {
    const cwd = tempDir();
    const file = join(cwd, 'broken.yaml');
    writeFileSync(file, 'questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: N, actorType: maire, role: R }\nanswers: {}\n');
    const { code, stderr } = await run([], ['--answers', file, '--resume'], cwd);
    expect(code).toBe(2);
    expect(stderr).toContain(fr(`${file}:2:40: valeur « maire » invalide`));
  });

  it('without a terminal, exits 2 and points to cocon score and cocon init', async () => {
    const result = await runMain(['run'], { stdin: { isTTY: false } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('cocon init');
    expect(result.stderr).toContain('cocon score');
  });

  it('dates the answers with the local calendar day', async () => {
    const saved = process.env['TZ'];
    process.env['TZ'] = 'Europe/Paris';
    try {
      const prompts = scripted([...RESPONDENT, 'interrupt']);
      const cwd = tempDir();
      // 23:30 UTC on the 14th is 00:30 on the 15th in Paris.
      const result = await runMain(['run', '--questionnaire', MINI], { prompts, now: () => new Date('2026-03-14T23:30:00Z'), cwd, stdin: { isTTY: true } });
      expect(result.code).toBe(130);
      expect(readAnswers(join(cwd, 'cocon-val-de-test-2026-03-15.yaml')).respondent['date']).toBe('2026-03-15');
    } finally {
      if (saved === undefined) delete process.env['TZ'];
      else process.env['TZ'] = saved;
    }
  });

  it('speaks English with --lang en', async () => {
    const { stderr, prompts } = await run([{ text: 'North' }, 'interrupt'], ['--lang', 'en']);
    expect(prompts.shown[0]!.message).toMatch(/^Territory/);
    expect(stderr).toContain('nothing was saved');
  });
});

describe('defaultFileName', () => {
  it('slugifies the territory and appends the date', () => {
    expect(defaultFileName('Val de Brume', '2026-11-22')).toBe('cocon-val-de-brume-2026-11-22.yaml');
    expect(defaultFileName('  Côte-des-Tilleuls / Saint-Étienne ', '2026-11-22')).toBe('cocon-cote-des-tilleuls-saint-etienne-2026-11-22.yaml');
    expect(defaultFileName('../../etc/passwd', '2026-11-22')).toBe('cocon-etc-passwd-2026-11-22.yaml');
    expect(defaultFileName('中文', '2026-11-22')).toBe('cocon-territoire-2026-11-22.yaml');
  });
});
