// Issue 12, items 1–8, 17 and 18: what a hostile file or a new user's first hour used to break.
// Every CLI case runs main() in-process with in-memory streams.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runMain } from './memory-io.js';
import { MAX_DEPTH, parseSource } from '../src/load/source.js';
import { loadAnswers } from '../src/load/answers.js';
import { questionnaireFrom } from './helpers.js';
import { emitReport } from '../src/cli/commands/output.js';
import { createContext } from '../src/cli/context.js';
import { InternalError } from '../src/core/problems.js';
import { neutralizeControls, plainLine } from '../src/core/sanitize.js';
import { markdownShape } from './markdown-shape.js';
import { escapeMarkdown } from '../src/render/escape-markdown.js';
import { MarkdownLines } from '../src/render/markdown-lines.js';
import { fr } from './french.js';
import { fakePrompts } from './fake-prompts.js';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const DIR = 'test/fixtures/errors';
const PETIT = `${DIR}/petit.yaml`;
const work = mkdtempSync(join(tmpdir(), 'cocon-hardening-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
};
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const ESCAPES = 'Val\u001b]0;pwned\u0007\u001b[2J\u009b31m\u001b]8;;http://evil.example\u001b\\lien\u001b]8;;\u001b\\';
const hostileAnswers = (respondent: Record<string, string>, q1: unknown = 'catalyseur') =>
  JSON.stringify({
    questionnaire: { id: 'petit', version: '1.0.0' },
    respondent: { territory: 'Val', actorType: 'collectivite', role: 'Agent', ...respondent },
    answers: { q1, q2: 3 },
  });

describe('1. control characters from files never reach a terminal raw', () => {
  const answers = file('escapes.json', hostileAnswers(
    { territory: ESCAPES, role: `r${ESCAPES}`, name: `n${ESCAPES}` },
    { value: 'catalyseur', comment: `c${ESCAPES}`, evidence: `e${ESCAPES}` },
  ));

  it.each(['text', 'md'])('in the %s report', async (format) => {
    const result = await runMain(['score', answers, '--questionnaire', PETIT, '--format', format]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    // Visible instead: the reader sees that something was there.
    const shown = format === 'md' ? markdownShape(result.stdout).text : result.stdout;
    expect(shown).toContain('Val␛]0;pwned␇␛[2J');
  });

  it('in the text report on a colour terminal, only cocon\'s own colour codes are escapes', async () => {
    let output = '';
    const result = await runMain(['score', answers, '--questionnaire', PETIT, '--format', 'text'], {
      stdout: { write: (s: string) => void (output += s), isTTY: true, columns: 100 },
    });
    expect(result.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(output.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);
  });

  it('in the JSON report, as JSON escapes, and the text comes back whole', async () => {
    const result = await runMain(['score', answers, '--questionnaire', PETIT, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(result.stdout).territory).toBe(ESCAPES);
  });

  it('in messages that echo a value or a file name', async () => {
    const bad = file(`bad\u001b[2Jname.json`, hostileAnswers({ actorType: `x${ESCAPES}` }, `y${ESCAPES}`));
    const result = await runMain(['validate', bad, '--questionnaire', PETIT]);
    expect(result.code).toBe(2);
    expect(result.stderr.replace(/\n/g, '')).not.toMatch(RAW_CONTROL);
    expect(result.stderr).toContain('bad␛[2Jname.json');
    // A line break in a value cannot forge a line of its own.
    const forged = file('forged.json', hostileAnswers({ actorType: 'x\nforged.yaml:1:1: tout va bien' }));
    const lines = (await runMain(['validate', forged, '--questionnaire', PETIT])).stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^.*forged\.json:\d+:\d+: valeur «\sx forged\.yaml:1:1: tout va bien\s» invalide/);
  });

  it('pictures for C0 and DEL, U+FFFD for C1, line ends kept only where asked', () => {
    expect(neutralizeControls('a\u001bb\u0007c\u007fd\u009be\nf')).toBe('a␛b␇c␡d\ufffde␊f');
    expect(plainLine('a\r\nb\u2028c\u0085d\te\u000bf')).toBe('a b c d e f');
  });
});

describe('1. cocon run shows questionnaire texts inert', () => {
  it('in its prompts, their choices and what it prints', async () => {
    const hostile = readFileSync(PETIT, 'utf8')
      .replace('title: { fr: Petit, en: Small }', `title: { fr: "Petit\\e]0;pwned\\a", en: Small }`)
      .replace('text: { fr: Qui anime ?, en: Who leads? }', `text: { fr: "Qui\\e[2J anime ?", en: Who leads? }`)
      .replace('label: { fr: Personne, en: Nobody }', `label: { fr: "Personne\\x9b31m", en: Nobody }`);
    const questionnaire = file('run-questionnaire.yaml', hostile);
    const prompts = fakePrompts([{ text: 'Val' }, { pick: 'Association' }, { text: 'Agent' }, { text: '' }, 'interrupt']);
    const result = await runMain(['run', '--questionnaire', questionnaire, '--answers', join(work, 'run-answers.yaml')], { prompts, stdin: { isTTY: true }, now: () => new Date('2026-03-14T10:00:00') });
    expect(result.stderr).toContain('Petit␛]0;pwned␇');
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    const question = prompts.shown.at(-1)!;
    expect([question.message, ...question.choices].join('\n')).toContain('Qui␛[2J anime ?');
    expect(question.choices.join('\n')).toContain('Personne\ufffd31m');
    expect(JSON.stringify(prompts.shown)).not.toMatch(/\\u00(1b|07)|\\u009b/);
  });
});

describe('1. cocon init keeps questionnaire texts inside their comments', () => {
  it('a carriage return in a question cannot add a line to the template', async () => {
    const hostile = readFileSync(PETIT, 'utf8').replace('text: { fr: Qui anime ?, en: Who leads? }', 'text: { fr: "Qui anime ?\\rinjected: 1\\u2028x", en: Who leads? }');
    const result = await runMain(['init', '--questionnaire', file('init-questionnaire.yaml', hostile)]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).toContain('# q1. Qui anime ? injected: 1 x');
    expect(parse(result.stdout)).not.toHaveProperty('injected');
  });
});

describe('2–3. Markdown: a saved diagnostic is untrusted too', () => {
  it('raw HTML in date and in a requirement\'s question never reaches the Markdown', async () => {
    const scored = await runMain(['score', `${DIR}/a-valid.yaml`, '--questionnaire', PETIT, '--format', 'json']);
    const diagnostic = JSON.parse(scored.stdout);
    const clean = JSON.parse(scored.stdout);
    diagnostic.date = '<img src=x onerror=alert(1)>';
    clean.date = 'x';
    for (const d of [diagnostic, clean]) {
      const requirement = { level: 'haut', question: d === diagnostic ? '<script>alert(1)</script>' : 'absente', minScore: 50, score: null, status: 'unknown' };
      d.dimensions[0].requirements.push(requirement);
    }
    const hostile = file('hostile-diagnostic.json', JSON.stringify(diagnostic));
    const baseline = file('baseline-diagnostic.json', JSON.stringify(clean));
    const [a, b] = await Promise.all([hostile, baseline].map((f) => runMain(['report', f, '--format', 'md'])));
    expect(a!.code).toBe(0);
    const shape = markdownShape(a!.stdout);
    expect(shape.tags).toEqual(markdownShape(b!.stdout).tags);
    expect(shape.text).toContain('<img src=x onerror=alert(1)>');
    expect(shape.text).toContain('<script>alert(1)</script>');
  });
});

describe('4. a questionnaire id from an answers file is never a path', () => {
  it.each(['/dev/zero', '/etc/passwd', '.', 'test/fixtures/errors/petit.yaml'])('%s is looked up among the bundled questionnaires only', async (id) => {
    const answers = file('id.json', JSON.stringify({ questionnaire: { id, version: '1.0.0' }, respondent: { territory: 'T', actorType: 'citoyen', role: 'r' }, answers: {} }));
    for (const command of ['score', 'validate']) {
      const result = await runMain([command, answers]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`id.json:1:`);
      expect(result.stderr).toContain(fr(`questionnaire « ${id} » introuvable`));
      expect(result.stderr).not.toContain('root:');
    }
  });

  it('"." does not hide the errors of the other files', async () => {
    const dot = file('dot.json', JSON.stringify({ questionnaire: { id: '.', version: '1.0.0' }, respondent: { territory: 'T', actorType: 'citoyen', role: 'r' }, answers: {} }));
    const result = await runMain(['validate', dot, `${DIR}/a-not-an-option.yaml`, `${DIR}/q-type.yaml`]);
    expect(result.stderr).toContain('a-not-an-option.yaml:');
    expect(result.stderr).toContain('q-type.yaml:25:13');
    expect(result.stderr).toContain('3 erreurs dans 3 fichiers');
  });

  it('--questionnaire on the command line may still be a path', async () => {
    const result = await runMain(['validate', `${DIR}/a-valid.yaml`, '--questionnaire', PETIT]);
    expect(result.code).toBe(0);
  });
});

describe('5. validation time is linear in the number of keys', () => {
  const petit = questionnaireFrom(PETIT);
  // Unknown answer ids (yaml's duplicate-key check, locating each problem, suggestions) and
  // answers of the wrong shape (ajv's error gathering, branch pruning), in one file.
  const text = (n: number) => {
    let s = 'questionnaire: { id: petit, version: 1.0.0 }\nrespondent: { territory: T, actorType: citoyen, role: r }\nanswers:\n';
    for (let i = 0; i < n; i++) s += i % 2 ? `  k${i}: a\n` : `  w${i}: {x: 1}\n`;
    return Buffer.from(s);
  };
  // Processor time of this process, not elapsed time: other work on a shared machine does not
  // count against it.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const timeOf = (bytes: Buffer) => {
    const start = cpuMs();
    const parsed = parseSource('many.yaml', bytes);
    let problems = 0;
    if (parsed.ok) {
      try {
        loadAnswers(parsed.source, petit);
      } catch (error) {
        problems = (error as { problems: unknown[] }).problems.length;
      }
    }
    return { ms: cpuMs() - start, problems };
  };
  it('16,000 keys take less than 8 times as long as 4,000 (a quadratic step would take 16)', () => {
    const small = text(4_000);
    const large = text(16_000);
    expect(timeOf(large).problems).toBeGreaterThanOrEqual(16_000); // also the warm-up
    // The best of three for each size: the machine is shared, only the ratio matters.
    const best = (bytes: Buffer) => Math.min(...[0, 1, 2].map(() => timeOf(bytes).ms));
    const [smallMs, largeMs] = [best(small), best(large)];
    expect(largeMs / smallMs, `${smallMs.toFixed(0)} ms for 4,000 keys, ${largeMs.toFixed(0)} ms for 16,000`).toBeLessThan(8);
  });
});

describe('5. the Markdown report takes linear time in the length of a text', () => {
  // The same number of characters in strings 4 times as long: linear work takes as long, a
  // quadratic step 4 times as long. Processor time, best of five rounds.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const ratioOf = (make: (length: number) => string, work: (text: string) => unknown) => {
    const round = (length: number, count: number) => {
      const text = make(length);
      const start = cpuMs();
      for (let i = 0; i < count; i++) work(text);
      return cpuMs() - start;
    };
    round(10_000, 20); // warm-up
    const best = (length: number, count: number) => Math.min(...[0, 1, 2, 3, 4].map(() => round(length, count)));
    const [short, long] = [best(10_000, 2000), best(40_000, 500)];
    return { ratio: long / short, detail: `${short.toFixed(1)} ms in strings of 10,000 characters, ${long.toFixed(1)} ms in strings of 40,000` };
  };
  const tidy = (text: string) => {
    const out = new MarkdownLines();
    out.push(text);
    return out.end();
  };

  it.each([
    ['a long word in the escaper (it looked for a URL scheme at every letter)', (n: number) => 'a'.repeat(n), escapeMarkdown],
    ['a long run of spaces inside a line, when the report is tidied', (n: number) => `x${' '.repeat(n)}y`, tidy],
    ['a long run of spaces and letters, when the report is tidied', (n: number) => `x${' \u00a0'.repeat(n / 2)}y`, tidy],
  ])('%s', (_, make, work) => {
    const { ratio, detail } = ratioOf(make, work);
    expect(ratio, detail).toBeLessThan(2.5);
  });
});

describe('6. nesting', () => {
  it('a quote inside a plain scalar does not hide deep brackets from the check', () => {
    const result = parseSource('deep.yaml', Buffer.from(`a: x "y\nb: ${'['.repeat(5000)}${']'.repeat(5000)}\n`));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ line: 2, col: 68, message: { key: 'file.too-deep' } });
  });

  it('a valid JSON file nested too deep is refused and located, though JSON skips the YAML pre-check', () => {
    const depth = MAX_DEPTH + 1;
    const result = parseSource('deep.json', Buffer.from(`{\n "a": ${'['.repeat(depth)}${']'.repeat(depth)}\n}\n`));
    expect(!result.ok && result.problems[0]).toMatchObject({ line: 2, col: 6 + MAX_DEPTH, message: { key: 'file.too-deep' } });
    const shallow = parseSource('ok.json', Buffer.from(`{"a": ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`));
    expect(shallow.ok).toBe(true);
  });

  it('brackets in quoted text and comments are not nesting', () => {
    const many = '['.repeat(200);
    const result = parseSource('ok.yaml', Buffer.from(`a: "${many}"\nb: '${many}' # ${many}\nc: [x, {y: z}]\n`));
    expect(result.ok).toBe(true);
  });
});

describe('7. numbers', () => {
  it('a diagnostic that breaks its own schema is never written: an internal error, no stack trace', async () => {
    const scored = await runMain(['score', `${DIR}/a-valid.yaml`, '--questionnaire', PETIT, '--format', 'json']);
    const broken = { ...JSON.parse(scored.stdout), overall: { ...JSON.parse(scored.stdout).overall, score: Infinity } };
    let written = '';
    const context = createContext({ argv: [], stdout: { write: (s: string) => (written += s) }, stderr: { write: () => true } }, 'en');
    await expect(emitReport(context, broken, 'md')).rejects.toBeInstanceOf(InternalError);
    expect(written).toBe('');
  });
});

describe('8. keys', () => {
  it('a key that is a list gives a located problem and no Node warning', async () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const result = await runMain(['validate', `${DIR}/h-collection-key.yaml`, '--questionnaire', PETIT]);
    expect(result.stderr).toContain('h-collection-key.yaml:8:5:');
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('18. first hour', () => {
  it('report given an answers file says so and gives the score command', async () => {
    const result = await runMain(['report', `${DIR}/a-valid.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${DIR}/a-valid.yaml:1:1: ${fr("c'est un fichier de réponses, pas un diagnostic JSON : pour le noter, lancez ")}npx cocon score ${DIR}/a-valid.yaml\n`,
    );
  });

  it('report given a questionnaire says so', async () => {
    const result = await runMain(['report', PETIT, '--lang', 'en']);
    expect(result.stderr).toBe(`${PETIT}:1:1: this is a questionnaire, not a JSON diagnostic: cocon report reads back a diagnostic written by cocon score --format json\n`);
  });

  it('--lang before the command works like after it', async () => {
    const before = await runMain(['--lang', 'en', 'score', `${DIR}/a-valid.yaml`, '--questionnaire', PETIT]);
    const after = await runMain(['score', `${DIR}/a-valid.yaml`, '--questionnaire', PETIT, '--lang', 'en']);
    expect(before.code).toBe(0);
    expect(before.stdout).toContain('# Co-construction diagnostic');
    expect(before).toEqual(after);
    const bad = await runMain(['--lang=xx', 'list']);
    expect(bad.code).toBe(2);
  });
});
