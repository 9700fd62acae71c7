// The human-readable renderers, on a real diagnostic of the mini fixture.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../src/score/diagnose.js';
import { escapeMarkdown, renderMarkdown } from '../src/render/markdown.js';
import { renderTerminal } from '../src/render/terminal.js';
import { bar } from '../src/render/common.js';
import { FIXTURES, answersFrom, questionnaireFrom } from './helpers.js';
import { runMain } from './memory-io.js';
import { fr } from './french.js';

const questionnaire = questionnaireFrom(join(FIXTURES, 'mini.yaml'));
const alice = answersFrom(join(FIXTURES, 'answers/alice.yaml'), questionnaire);
const bob = answersFrom(join(FIXTURES, 'answers/bob.yaml'), questionnaire);
const ANSI = /\u001b\[[0-9;]*m/;

describe('escapeMarkdown', () => {
  it('makes pipes, HTML and Markdown syntax inert, on one line', () => {
    expect(escapeMarkdown('a | b <script>x</script> & `c` *d* _e_ [f](g) # h\nnext')).toBe(
      'a \\| b &lt;script&gt;x&lt;/script&gt; &amp; \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\# h next',
    );
  });

  it('protects tables against hostile territory names and comments', () => {
    const hostile = { ...alice, respondent: { ...alice.respondent, territory: 'Val | <img src=x onerror=alert(1)>', role: '`rm -rf`' } };
    const md = renderMarkdown(diagnose(questionnaire, [hostile], { attribute: true }), { lang: 'fr', color: false, width: 80 });
    expect(md).toContain('# Diagnostic de co-construction — Val \\| &lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toContain('<img');
    expect(md).toContain('\\`rm -rf\\`');
    expect(md).toContain(fr('commentaire : Une évaluation \\| en 2025 ; preuve : rapport &lt;b&gt;2025&lt;/b&gt;'));
  });
});

describe('bars', () => {
  it('fills one cell per 10 points, rounded', () => {
    expect(bar(0)).toBe('░░░░░░░░░░');
    expect(bar(54.2)).toBe('█████░░░░░');
    expect(bar(55)).toBe('██████░░░░');
    expect(bar(100)).toBe('██████████');
    expect(bar(null)).toBe('░░░░░░░░░░');
  });
});

describe('Markdown', () => {
  it('has every section, in French and in English, and says the levels are cocon’s own', () => {
    const d = diagnose(questionnaire, [alice, bob]);
    const fr = renderMarkdown(d, { lang: 'fr', color: false, width: 80 });
    for (const heading of ['## Synthèse', '## Échelle de maturité', '## Points forts', '## Actions prioritaires', '## Détail par dimension', '### Alpha', '## Méthode']) expect(fr).toContain(heading);
    expect(fr).toContain('propres à cocon');
    expect(fr.replace(/\u202F/g, ' ')).toContain('2 répondants ; couverture moyenne par répondant 87,5 %');
    expect(fr).not.toContain('le plus bas');
    expect(renderMarkdown(diagnose(questionnaire, [alice, bob], { attribute: true }), { lang: 'fr', color: false, width: 80 })).toContain('le plus bas 54,2, le plus haut 66,7');
    const en = renderMarkdown(d, { lang: 'en', color: false, width: 80 });
    for (const heading of ['## Summary', '## Maturity scale', '## Strengths', '## Priority actions', '## Each dimension in detail', '## Method']) expect(en).toContain(heading);
    expect(en).toContain('cocon’s own');
    expect(en.endsWith('\n') && !en.endsWith('\n\n')).toBe(true);
    expect(en).not.toMatch(/[ \t]$/m);
  });

  it('shows a dash, not zero, where nothing was answered', () => {
    const nothing = answersFrom('x.yaml', questionnaire, 'questionnaire: { id: mini, version: 1.2.0 }\nrespondent: { territory: T, actorType: autre, role: R }\nanswers:\n  a1: ne-sait-pas\n');
    const md = renderMarkdown(diagnose(questionnaire, [nothing]), { lang: 'fr', color: false, width: 80 });
    expect(md).toContain('| **Ensemble** | **—** |');
    expect(md).toContain('## Points d’attention');
  });
});

describe('terminal', () => {
  const d = diagnose(questionnaire, [alice, bob]);

  it('has no escape codes without colour, and some with it', () => {
    expect(renderTerminal(d, { lang: 'fr', color: false, width: 80 })).not.toMatch(ANSI);
    expect(renderTerminal(d, { lang: 'fr', color: true, width: 80 })).toMatch(ANSI);
  });

  it('fits the width it is given', () => {
    for (const width of [60, 80, 120]) {
      const lines = renderTerminal(d, { lang: 'en', color: true, width }).split('\n');
      const widest = Math.max(...lines.map((l) => l.replace(/\u001b\[[0-9;]*m/g, '').length));
      expect(widest, `width ${width}`).toBeLessThanOrEqual(width);
    }
  });
});

describe('colour and default format follow the terminal', () => {
  const tty = (env: Record<string, string>) =>
    runMain(['score', join(FIXTURES, 'answers/alice.yaml'), '-q', join(FIXTURES, 'mini.yaml')], {
      stdout: { write: () => true, isTTY: true, columns: 80 },
      env,
    });

  it('on a terminal: the coloured summary', async () => {
    let out = '';
    const result = await runMain(['score', join(FIXTURES, 'answers/alice.yaml'), '-q', join(FIXTURES, 'mini.yaml')], {
      stdout: { write: (s: string) => (out += s), isTTY: true, columns: 80 },
      env: {},
    });
    expect(result.code).toBe(0);
    expect(out).toMatch(ANSI);
    expect(out).toContain('┌');
  });

  it('FORCE_COLOR colours the terminal report on a pipe (as in a CI log); FORCE_COLOR=0 turns colour off on a terminal', async () => {
    const args = ['score', join(FIXTURES, 'answers/alice.yaml'), '-q', join(FIXTURES, 'mini.yaml'), '--format', 'text'];
    for (const value of ['1', '3', 'true', '']) expect((await runMain(args, { env: { FORCE_COLOR: value } })).stdout, value).toMatch(ANSI);
    expect((await runMain(args, { env: {} })).stdout).not.toMatch(ANSI);
    for (const value of ['0', 'false']) {
      let out = '';
      await runMain(args, { stdout: { write: (s: string) => (out += s), isTTY: true, columns: 80 }, env: { FORCE_COLOR: value } });
      expect(out, value).not.toMatch(ANSI);
      expect(out).toContain('┌');
    }
    // Never in a file, and never in Markdown.
    expect((await runMain(args.slice(0, 4), { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ANSI);
  });

  it('NO_COLOR and TERM=dumb turn colour off', async () => {
    for (const env of [{ NO_COLOR: '1' }, { TERM: 'dumb' }]) {
      let out = '';
      await runMain(['score', join(FIXTURES, 'answers/alice.yaml'), '-q', join(FIXTURES, 'mini.yaml')], {
        stdout: { write: (s: string) => (out += s), isTTY: true, columns: 80 },
        env,
      });
      expect(out).not.toMatch(ANSI);
      expect(out).toContain('┌');
    }
    expect((await tty({})).code).toBe(0);
  });
});
