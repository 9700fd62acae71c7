// Property test (issue 12, items 1–8): hostile text in every free-text field of a questionnaire
// and of an answers file, through every output. For any such text:
// - no raw C0/C1 control character in the text or Markdown report, nor in any message on stderr;
// - the Markdown has the structure of the same report with plain text (same elements, so no
//   extra table row or cell, list item, link or raw HTML), and shows the text literally;
// - the JSON report parses, keeps the text, and `cocon report` renders it as `score` did;
// - main() always returns an exit code, never an "unexpected error".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { runMain } from './memory-io.js';
import { markdownShape } from './markdown-shape.js';
import { plainLine } from '../src/core/sanitize.js';

const work = mkdtempSync(join(tmpdir(), 'cocon-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// What an attacker or an unlucky copy-paste puts in a text: terminal escapes, every line end,
// Markdown block and inline syntax, HTML, bare addresses, entities.
const FRAGMENTS = [
  '\u001b]0;pwned\u0007', '\u001b[2J', '\u001b]8;;http://evil.example\u001b\\', '\u009b31m', '\u0007', '\u0000', '\u007f', '\u0085',
  '\r', '\n', '\r\n', '\u2028', '\u2029', '\u000b', '\f', '\t',
  '|', '- ', '+ ', '* ', '1. ', '2) ', '# ', '> ', '```', '~~~', '***', '---', '===', '    ', '\\', '`x`', '*em*', '_u_', '~~s~~',
  '<script>alert(1)</script>', '<b>', '<!-- c -->', '&amp;', '&lt;', '&#58;', '[l](http://x.y)', '![i](x.png)', '<https://x.y>', '[^1]', '[x]: http://a.b',
  'http://evil.example/a', 'https://a.b/c?d=e', 'www.example.com', 'user@example.com', 'mailto:a@b.c', 'xmpp:a@b.c',
  ': ', '{', '}', '"', "'", 'é', '😀', '\u202e', '\u200b',
];
const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'binary', maxLength: 4 })), { minLength: 1, maxLength: 6 })
  // Never blank, within every field's length limit.
  .map((parts) => `${parts.join('').slice(0, 150)}Z`);

const FIELDS = [
  'title', 'description', 'methodology', 'impact', 'levelLabel', 'levelDescription', 'dimensionLabel', 'dimensionDescription',
  'dimensionLevel', 'dimensionNext', 'questionText', 'questionHelp', 'advice', 'optionLabel', 'reason', 'scaleLabel',
  'territory', 'role', 'name', 'comment', 'evidence', 'textAnswer',
] as const;
type Texts = Record<(typeof FIELDS)[number], string>;

function questionnaire(t: Texts): unknown {
  const text = (s: string) => ({ fr: s, en: s });
  return {
    id: 'fuzz', version: '1.0.0', languages: ['fr', 'en'], title: text(t.title), description: text(t.description), methodology: text(t.methodology),
    impacts: [{ id: 'confiance', label: text(t.impact) }],
    levels: [{ id: 'bas', label: text(t.levelLabel), description: text(t.levelDescription), min: 0 }, { id: 'haut', label: text(`${t.levelLabel}2`), min: 50 }],
    dimensions: [{ id: 'dialogue', label: text(t.dimensionLabel), description: text(t.dimensionDescription), weight: 1, levels: { bas: text(t.dimensionLevel) }, next: { bas: text(t.dimensionNext) } }],
    questions: [
      { id: 'q1', dimension: 'dialogue', type: 'single', text: text(t.questionText), help: text(t.questionHelp), advice: text(t.advice), weight: 2, tags: ['confiance'],
        options: [{ id: 'a', label: text(t.optionLabel), score: 0 }, { id: 'b', label: text(`${t.optionLabel}2`), score: 2 }] },
      { id: 'q2', dimension: 'dialogue', type: 'scale', text: text(`${t.questionText}2`), help: text(t.questionHelp), advice: text(t.advice),
        scale: { min: 1, max: 5, minLabel: text(t.scaleLabel), maxLabel: text(t.scaleLabel) } },
      { id: 'q3', dimension: 'dialogue', type: 'text', text: text(`${t.questionText}3`), help: text(t.questionHelp) },
    ],
    requirements: [{ level: 'haut', question: 'q1', minScore: 1, reason: text(t.reason) }],
  };
}

function answers(t: Texts, id = 'fuzz'): unknown {
  return {
    questionnaire: { id, version: '1.0.0' },
    respondent: { territory: t.territory, actorType: 'association', role: t.role, name: t.name, date: '2026-03-14' },
    answers: { q1: { value: 'a', comment: t.comment, evidence: t.evidence }, q2: 4, q3: { value: t.textAnswer, comment: t.comment } },
  };
}

/** JSON in plain ASCII: every other character as an escape, which YAML and JSON readers both decode. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

let counter = 0;
function write(name: string, value: unknown): string {
  const path = join(work, `${counter++}-${name}`);
  writeFileSync(path, asciiJson(value));
  return path;
}

// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const plainTexts = Object.fromEntries(FIELDS.map((f) => [f, 'x'])) as Texts;

async function reports(t: Texts, lang: 'fr' | 'en') {
  const q = write('q.json', questionnaire(t));
  const a = write('a.json', answers(t));
  const run = (format: string) => runMain(['score', a, '--questionnaire', q, '--format', format, '--lang', lang]);
  const [md, text, json] = [await run('md'), await run('text'), await run('json')];
  return { md, text, json };
}

describe('hostile text in every field, through every output', () => {
  it('keeps every report inert and the Markdown structure unchanged', async () => {
    const baseline = { fr: await reports(plainTexts, 'fr'), en: await reports(plainTexts, 'en') };
    await fc.assert(
      fc.asyncProperty(fc.tuple(...FIELDS.map(() => hostileText)), fc.constantFrom('fr' as const, 'en' as const), async (values, lang) => {
        const t = Object.fromEntries(FIELDS.map((f, i) => [f, values[i]!])) as Texts;
        const { md, text, json } = await reports(t, lang);
        for (const result of [md, text, json]) {
          expect(result.code, result.stderr).toBe(0);
          expect(result.stdout).not.toMatch(RAW_CONTROL);
          expect(result.stderr).not.toMatch(RAW_CONTROL);
        }

        const shape = markdownShape(md.stdout);
        expect(shape.tags).toEqual(markdownShape(baseline[lang].md.stdout).tags);
        for (const field of ['territory', 'comment', 'evidence', 'questionText'] as const) {
          expect(shape.text).toContain(plainLine(t[field]).trim());
        }

        const diagnostic = JSON.parse(json.stdout);
        expect(diagnostic.territory).toBe(t.territory.trim());
        // The JSON keeps the text exactly, whatever it holds.
        expect(stringsOf(diagnostic)).toEqual(expect.arrayContaining([t.comment, t.evidence, t.questionText]));
        const saved = write('diagnostic.json', diagnostic);
        const again = await runMain(['report', saved, '--format', 'md', '--lang', lang]);
        expect(again).toEqual({ code: 0, stdout: md.stdout, stderr: '' });
      }),
      { numRuns: 25 },
    );
  });

  it('keeps comparisons, network summaries and benchmarks inert too', async () => {
    const { mkdirSync, readFileSync } = await import('node:fs');
    await fc.assert(
      fc.asyncProperty(fc.tuple(...FIELDS.map(() => hostileText)), async (values) => {
        const t = Object.fromEntries(FIELDS.map((f, i) => [f, values[i]!])) as Texts;
        const q = write('q.json', questionnaire(t));
        const older = write('old.json', answers(t));
        const newer = write('new.json', { ...(answers(t) as object), answers: { q1: { value: 'b', comment: t.comment }, q2: 5 } });
        for (const format of ['text', 'md', 'html', 'json']) {
          const compared = await runMain(['compare', older, newer, '--questionnaire', q, '--format', format]);
          expect(compared.code, compared.stderr).toBe(0);
          expect(compared.stdout).not.toMatch(RAW_CONTROL);
          if (format === 'html') {
            // Outside the embedded JSON, no tag comes from the text: only cocon's own.
            // The table of contents' links (to the page's own sections) are cocon's too.
            const page = compared.stdout.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '').replace(/<a href="#s\d+">/g, '');
            expect(page).not.toMatch(/<(script|img|b|a)[\s>]/i);
          }
          if (format === 'json') expect(JSON.parse(compared.stdout).territory).toBe(t.territory.trim());
        }

        const network = join(work, `network-${counter++}`);
        mkdirSync(join(network, 'territoire'), { recursive: true });
        writeFileSync(join(network, 'territoire', 'a.json'), asciiJson(answers(t)));
        const out = `${network}-out`;
        const each = await runMain(['score', '--each', network, '--out-dir', out, '--questionnaire', q]);
        expect(each.code, each.stderr).toBe(0);
        expect(each.stderr).not.toMatch(RAW_CONTROL);
        const csv = readFileSync(join(out, 'summary.csv'), 'utf8');
        expect(csv.replace(/\r?\n/g, '')).not.toMatch(RAW_CONTROL);
        expect(JSON.parse(readFileSync(join(out, 'summary.jsonl'), 'utf8')).territory).toBe(t.territory.trim());

        const placed = await runMain(['benchmark', out, '--territory', t.territory.trim(), '--min-group', '2', '--format', 'md']);
        expect(placed.code, placed.stderr).toBe(0);
        expect(placed.stdout).not.toMatch(RAW_CONTROL);
        expect(markdownShape(placed.stdout).text).toContain(plainLine(t.territory).trim());
        for (const format of ['text', 'html', 'csv', 'json']) {
          const other = await runMain(['benchmark', out, '--territory', t.territory.trim(), '--min-group', '2', '--format', format]);
          expect(other.code, other.stderr).toBe(0);
          expect(other.stdout.replace(format === 'csv' ? /\r?\n/g : /(?!)/g, '')).not.toMatch(RAW_CONTROL);
          if (format === 'html') expect(other.stdout.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '')).not.toMatch(/<(script|img|b|a)[\s>]/i);
          if (format === 'csv') for (const row of parseCsv(other.stdout) as string[][]) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('echoes hostile values in messages as one inert line each', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (value) => {
        const t = { ...plainTexts, territory: value };
        const q = write('q.json', { ...(questionnaire(plainTexts) as object), id: value });
        const broken = answers(t, value) as { respondent: Record<string, string>; answers: Record<string, unknown> };
        broken.respondent['actorType'] = value;
        broken.respondent['date'] = value;
        broken.answers[value] = value;
        broken.answers['q1'] = value;
        const a = write('a.json', broken);
        for (const argv of [['validate', q, a], ['score', a, '--questionnaire', q], ['report', a], ['score', a]]) {
          const result = await runMain(argv);
          expect(result.code).toBe(2);
          expect(result.stdout).toBe('');
          expect(result.stderr).not.toMatch(RAW_CONTROL);
          expect(result.stderr).not.toContain('erreur inattendue');
          const lines = result.stderr.trimEnd().split('\n');
          for (const line of lines) expect(line).toMatch(/^(\/\S+:\d+:\d+: |\d+ erreurs? dans \d+ fichiers?$|usage)/);
        }
      }),
      { numRuns: 25 },
    );
  });
});
