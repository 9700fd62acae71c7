// `cocon run` end to end: the built binary in a real pseudo-terminal, answered key by key. The
// terminal comes from util-linux `script`: without it these tests are skipped, saying why, except
// in CI, where they must run (see NO_PTY).
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, FIXTURES, ROOT, questionnaireFrom } from './helpers.js';
import { localize } from '../src/core/text.js';
import { wrap } from '../src/core/wrap.js';
import { KEYS, NO_PTY, PtySession } from './pty.js';
import { fr } from './french.js';

const MINI = join(FIXTURES, 'mini.yaml');
const { enter, down, up, space, ctrlC } = KEYS;
const sessions: PtySession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.kill()));

// Launched through npx (which sets npm_command=exec) from a folder where the package is not installed:
// commands print as `npx cocon-territoire`, the name npx finds it by (`npx cocon` would fetch another package).
const NPX = { npm_command: 'exec' };

function start(args: string, cwd: string): PtySession {
  const session = new PtySession(`${process.execPath} ${BIN} run --questionnaire ${MINI} ${args}`, { cwd, env: NPX });
  sessions.push(session);
  return session;
}

async function answerRespondent(session: PtySession): Promise<void> {
  await session.answer('Territoire', ...'Val de Test', enter);
  await session.answer('Vous répondez en tant que', down, enter);
  await session.answer('Votre rôle', ...'Agent', enter);
  await session.answer('Votre nom', enter);
}

const answersIn = (file: string) => (parse(readFileSync(file, 'utf8')) as { answers: Record<string, unknown> }).answers;

describe('cocon run in a pseudo-terminal', () => {
  it.skipIf(NO_PTY)('answers to the end, then interrupts and resumes another session', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cocon-pty-'));
    const file = join(cwd, 'reponses.yaml');

    // 1. A full session.
    const full = start(`--answers ${file} --out rapport.md`, cwd);
    await answerRespondent(full);
    await full.answer('Qui anime le dialogue ?', down, down, enter);
    await full.answer('Quels mondes participent ?', space, down, space, enter);
    await full.answer('Le catalyseur est-il financé ?', enter);
    await full.answer('Maturité des expérimentations', down, down, down, enter);
    await full.answer('Les expérimentations sont-elles évaluées ?', down, enter);
    await full.answer('Un commentaire ?', ...'RAS', enter);
    await full.answer(fr('Que voulez-vous faire ?'), enter);
    expect(await full.exited).toBe(0);
    expect(full.screen).toContain('Diagnostic de co-construction — Val de Test');
    // Inquirer's own key hints, in French too (lists, then checkboxes).
    for (const hint of ['naviguer', 'choisir', 'espace', 'valider']) expect(full.screen).toContain(hint);
    expect(full.screen).not.toContain('navigate');
    expect(answersIn(file)).toEqual({ a1: 'catalyseur', a2: ['collectivites', 'associations'], a3: true, b1: 4, b2: 'parfois', b3: 'RAS' });
    expect(readFileSync(join(cwd, 'rapport.md'), 'utf8')).toMatch(/^# Diagnostic de co-construction — Val de Test\n/);

    // 2. Ctrl-C in the middle: exit 130, every answer given is in the file.
    const second = join(cwd, 'second.yaml');
    const interrupted = start(`--answers ${second}`, cwd);
    await answerRespondent(interrupted);
    await interrupted.answer('Qui anime le dialogue ?', enter);
    await interrupted.answer('Quels mondes participent ?', space, enter);
    await interrupted.answer('Maturité des expérimentations', ctrlC);
    expect(await interrupted.exited).toBe(130);
    expect(interrupted.screen).toContain(`${fr('Pour reprendre : ')}npx cocon-territoire run --answers ${second} --resume`);
    expect(answersIn(second)).toEqual({ a1: 'personne', a2: ['collectivites'] });

    // 3. Resume and finish: only the remaining questions are asked.
    const resumed = start(`--answers ${second} --resume --format json`, cwd);
    await resumed.answer('Maturité des expérimentations', enter);
    await resumed.answer('Les expérimentations sont-elles évaluées ?', enter);
    await resumed.answer('Un commentaire ?', enter);
    await resumed.answer(fr('Que voulez-vous faire ?'), enter);
    expect(await resumed.exited).toBe(0);
    expect(resumed.screen).not.toContain('Territoire');
    expect(answersIn(second)).toEqual({ a1: 'personne', a2: ['collectivites'], b1: 1, b2: 'jamais' });
    // Without --out, the report is written next to the answers, in the format asked.
    expect(resumed.screen).toContain(`Rapport écrit dans ${join(cwd, 'second.diagnostic.json')}`);
    expect(JSON.parse(readFileSync(join(cwd, 'second.diagnostic.json'), 'utf8'))).toHaveProperty('schemaVersion');
  });

  it.skipIf(NO_PTY)('goes back from checkboxes, adds a comment, hides a conditional question, and a signal ends it like Ctrl-C', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cocon-pty-'));
    const file = join(cwd, 'reponses.yaml');
    // `exec`: the shell's pid, printed first, becomes the pid of cocon itself.
    const session = new PtySession(`echo COCON_PID=$$; exec ${process.execPath} ${BIN} run --questionnaire ${MINI} --answers ${file}`, { cwd, env: NPX });
    sessions.push(session);
    await answerRespondent(session);
    // a1: "answer and add a comment", then the answer, then the comment; evidence skipped.
    await session.answer('Qui anime le dialogue ?', down, down, down, enter);
    await session.answer('❯ Personne', down, down, enter);
    await session.answer('Commentaire (Entrée pour passer)', ...'Élu référent', enter);
    await session.answer('Preuve ou source', enter);
    // a2: the last checkbox goes back to a1, which shows the answer given.
    await session.answer(/Alpha · 2\/3 · 1 répondue, environ 4 à venir[\s\S]*← Revenir/, down, down, down, down, down, down, space, enter);
    await session.answer(/Alpha · 1\/3 · 0 répondue, environ 5 à venir[\s\S]*❯ Un catalyseur identifié/, up, up, enter);
    // "Personne": a3 ("is the catalyst funded?") no longer applies, so Alpha has two questions and
    // one question fewer is to come. Ticking "je ne sais pas" with an answer means "the others:
    // don't know"; "a" (all) is no shortcut here.
    await session.answer(/Alpha · 2\/2 · 1 répondue, environ 3 à venir[\s\S]*← Revenir/, 'a', space, down, down, down, down, down, space, enter);
    await session.waitFor('Bêta · 1/3 · 2 répondues, environ 2 à venir');
    await session.waitFor('Maturité des expérimentations');
    const pid = Number(/COCON_PID=(\d+)/.exec(session.screen)?.[1]);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, 'SIGTERM');
    expect(await session.exited).toBe(143);
    expect(session.screen).toContain(`${fr('Pour reprendre : ')}npx cocon-territoire run --answers ${file} --resume --questionnaire ${MINI}`);
    expect(answersIn(file)).toEqual({ a1: { value: 'personne', comment: 'Élu référent' }, a2: ['collectivites', 'ne-sait-pas'] });
    expect(readdirSync(cwd)).toEqual(['reponses.yaml']);
    expect(session.screen).not.toContain('Le catalyseur est-il financé ?');
  });

  it.skipIf(NO_PTY)('on a 60-column terminal, every answer of a question is on screen, long options wrapped and indented', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cocon-pty-'));
    // The bundled 1.0.0's first question: five long options, about 13 lines at this width.
    const session = new PtySession(`${process.execPath} ${BIN} run --questionnaire coconstruction-territoriale@1.0.0 --answers ${join(cwd, 'r.yaml')}`, { cwd, env: NPX, size: { cols: 60, rows: 24 } });
    sessions.push(session);
    await answerRespondent(session);
    await session.waitFor('Existe-t-il un espace de dialogue');
    await session.waitFor('Je ne sais pas');
    const bundled = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale@1.0.0.yaml'));
    const longest = bundled.questions[0]!.options.map((o) => localize(o.label, 'fr')).sort((a, b) => b.length - a.length)[0]!;
    const lines = wrap(longest, 60 - 3);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(session.screen).toContain(`\n  ${line}\n`);
    await session.type(enter);
    await session.waitFor('← Revenir');
    await session.type(ctrlC);
    expect(await session.exited).toBe(130);
  });
});

describe('cocon run checks where it will write, in a pseudo-terminal', () => {
  it.skipIf(NO_PTY)('a read-only folder: exit 2 and the reason, before the first question (in a real terminal)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cocon-files-'));
    chmodSync(dir, 0o755);
    const readOnly = join(dir, 'lecture-seule');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    // Root may write anywhere: run cocon as root without the capabilities that override file
    // permissions, so the folder is read-only for it while the checkout (maybe in a private
    // folder another user could not enter) stays readable.
    const asUser = process.getuid?.() === 0 ? 'setpriv --bounding-set -dac_override,-dac_read_search ' : '';
    const session = new PtySession(`cd ${readOnly} && ${asUser}${process.execPath} ${BIN} run --questionnaire ${MINI}`, { cwd: dir });
    sessions.push(session);
    expect(await session.exited).toBe(2);
    expect(session.screen).toContain(`le dossier ${readOnly} est en lecture seule pour vous`);
    expect(session.screen).not.toContain('Territoire');
    expect(session.screen).not.toContain('erreur inattendue');
  });
});
