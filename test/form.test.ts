// cocon form without a browser: the page it writes (one file, a CSP naming the inline script and
// style by hash, questionnaire data that cannot break out of its element), the form's state kept
// in storage, and the answers file checked by the same loader as `cocon validate`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFile, answersFileName } from '../src/form/answers-file.js';
import { answer, emptyState, fromStored, nextScreen, responsesWithNotes, toStored } from '../src/form/state.js';
import { runMain } from './memory-io.js';
import { schemaUrl } from '../src/cli/version.js';
import { FIXTURES, ROOT, questionnaireFrom } from './helpers.js';
import { scratchDir } from './browser/chromium.js';

const MINI = join(FIXTURES, 'mini.yaml');
const mini = questionnaireFrom(MINI);
const hash = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('cocon form: the page', () => {
  it('is one HTML file whose CSP allows only its own inline script and style, and no network', async () => {
    const result = await runMain(['form', '--questionnaire', MINI, '--lang', 'en']);
    expect(result.code, result.stderr).toBe(0);
    const html = result.stdout;
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toBe(`default-src 'none'; script-src '${hash(script)}'; style-src '${hash(style)}'; img-src data:; base-uri 'none'; form-action 'none'`);
    // Nothing is fetched: no src or href attribute anywhere.
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html.match(/<script/g)).toHaveLength(2);
  });

  it('embeds the questionnaire as data that cannot end its element, without scoring matter or local paths', async () => {
    const dir = scratchDir();
    const file = join(dir, 'hostile.yaml');
    const title = '</script><script>alert(1)</script><!-- & \u2028';
    writeFileSync(file, readFileSync(MINI, 'utf8').replace('title: { fr: Mini questionnaire, en: Mini questionnaire }', `title: { fr: ${JSON.stringify(title)}, en: x }`));
    const out = join(dir, 'form.html');
    expect(await runMain(['form', '--questionnaire', file, '--out', out])).toMatchObject({ code: 0, stderr: `écrit\u202F: ${out}\n` });
    const html = readFileSync(out, 'utf8');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('<title>&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;!-- &#38; \u2028</title>');
    const data = JSON.parse(/<script type="application\/json" id="cocon-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as { questionnaire: typeof mini; lang: string; schemaUrl: string };
    expect(data.questionnaire.title).toEqual({ fr: title, en: 'x' });
    expect(data.questionnaire.origin).toBe('mini');
    expect(html).not.toContain(dir);
    expect(data.questionnaire.questions.map((q) => q.id)).toEqual(mini.questions.map((q) => q.id));
    expect(data.questionnaire.questions.some((q) => q.advice)).toBe(false);
    expect(data.questionnaire.requirements).toEqual([]);
    expect(data.schemaUrl).toBe(schemaUrl('answers'));
  });

  it('never replaces the questionnaire it reads', async () => {
    expect(await runMain(['form', '--questionnaire', MINI, '--out', MINI])).toMatchObject({ code: 2, stderr: /désigne un fichier lu par cette commande/ });
  });

  it('puts text into the page only as text: no innerHTML or document.write in the form', () => {
    const folder = join(ROOT, 'src/form');
    for (const name of readdirSync(folder)) {
      expect(readFileSync(join(folder, name), 'utf8'), name).not.toMatch(/\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML\(|document\.write(ln)?\(/);
    }
  });
});

describe('cocon form: state and answers file', () => {
  it('keeps answers and notes through storage, dropping what no longer fits the questionnaire', () => {
    const state = emptyState('fr');
    state.respondent = { territory: 'Val', actorType: 'association', role: 'Directrice', date: '2026-03-14' };
    answer(mini, state, 'a1', { kind: 'value', value: 'parfois' });
    answer(mini, state, 'b2', { kind: 'not-applicable' });
    state.notes.set('a1', { comment: 'Un mot' });
    state.asked.add('a1');
    state.screen = { kind: 'question', id: 'a2' };
    const back = fromStored(toStored(state), mini)!;
    expect(back.responses).toEqual(state.responses);
    expect(back.notes).toEqual(state.notes);
    expect(back.screen).toEqual(state.screen);
    expect(back.respondent).toEqual(state.respondent);

    const tampered = JSON.parse(toStored(state)) as { responses: [string, unknown][] };
    tampered.responses.push(['a1x', { kind: 'unknown' }], ['b1', { kind: 'value', value: 9 }], ['a3', { kind: 'not-applicable' }]);
    expect([...fromStored(JSON.stringify(tampered), mini)!.responses.keys()]).toEqual(['a1', 'b2']);
    for (const junk of [null, '', '{', '[]', '{"v":2}', 'null']) expect(fromStored(junk, mini)).toBeUndefined();
  });

  it('drops the answer of a question a changed answer hides, and asks only revealed questions back from the summary', () => {
    const state = emptyState('fr');
    answer(mini, state, 'a1', { kind: 'value', value: 'parfois' });
    answer(mini, state, 'a3', { kind: 'value', value: true });
    answer(mini, state, 'a1', { kind: 'value', value: 'personne' });
    expect(state.responses.has('a3')).toBe(false);
    for (const id of ['a1', 'a2', 'b1', 'b2', 'b3']) state.asked.add(id);
    answer(mini, state, 'a1', { kind: 'value', value: 'catalyseur' });
    expect(nextScreen(mini, state, 'a1', true)).toEqual({ kind: 'question', id: 'a3', fromSummary: true });
    state.asked.add('a3');
    expect(nextScreen(mini, state, 'a3', true)).toEqual({ kind: 'summary' });
    expect(nextScreen(mini, state, 'a3', false)).toEqual({ kind: 'question', id: 'b1' });
  });

  it('writes the answers file cocon reads, named after territory, actor type and date, or says what is wrong', () => {
    const state = emptyState('fr');
    const respondent = { territory: 'Val-de-Brûme', actorType: 'entreprise' as const, role: 'RSE', date: '2026-03-14' };
    answer(mini, state, 'a1', { kind: 'value', value: 'catalyseur' });
    answer(mini, state, 'a2', { kind: 'value', value: [] });
    state.notes.set('a2', { comment: '  personne  ', evidence: '' });
    const file = answersFile(mini, respondent, responsesWithNotes(mini, state), schemaUrl('answers'));
    expect(file).toMatchObject({ ok: true, name: 'cocon-val-de-brume-entreprise-2026-03-14.yaml' });
    expect(file.yaml).toContain('  a2:\n    value: []\n    comment: personne\n');

    // A marker the questionnaire refuses is caught by the same rule as `cocon validate`.
    const refused = answersFile(mini, respondent, new Map([['a1', { kind: 'not-applicable' as const }]]), 'x');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problems.map((p) => [p.line, p.message.key])).toEqual([[11, 'answers.not-applicable-refused']]);
    expect(answersFileName('  ', 'autre', '2026-01-02')).toBe('cocon-territoire-autre-2026-01-02.yaml');
  });
});
