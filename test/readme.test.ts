// Keeps the README true: its answers example is a valid answers file, its commands exist and
// every example file it names is there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answersFrom, questionnaireFrom, ROOT, sourceOf } from './helpers.js';
import { loadQuestionnaire } from '../src/load/questionnaire.js';
import { COMMANDS } from '../src/cli/commands/index.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('its answers example is valid against the bundled questionnaire', () => {
    const block = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readme.replace(/^ {2}/gm, ''))![1]!;
    const questionnaire = questionnaireFrom(join(ROOT, 'questionnaires/coconstruction-territoriale.yaml'));
    const answers = answersFrom('README.md', questionnaire, block);
    expect(answers.responses.size).toBeGreaterThan(4);
  });

  it('names only files that exist', () => {
    // Not inside a URL (https://cdn.jsdelivr.net/npm/…/schemas/…): those name published files, not the repository's.
    const paths = [...readme.matchAll(/(?<![\w./-])(?:examples|questionnaires|schemas|docs)\/[\w./-]+\.(?:yaml|json|md)/g)].map((m) => m[0]);
    expect(paths.length).toBeGreaterThan(3);
    for (const path of new Set(paths)) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });

  it('documents every exit code and command', () => {
    for (const code of ['| 0 |', '| 1 |', '| 2 |', '| 130 |']) expect(readme).toContain(code);
    for (const command of [...Object.keys(COMMANDS).map((name) => `cocon ${name}`), 'score --each']) expect(readme).toContain(command);
  });
});

describe('docs/referential.md', () => {
  const docs = readFileSync(join(ROOT, 'docs/referential.md'), 'utf8');
  const blocks = [...docs.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('its example questionnaires and answers files are valid, in both languages', () => {
    const questionnaires = blocks.filter((b) => b.includes('questionnaire.schema.json'));
    const answers = blocks.filter((b) => b.includes('answers.schema.json'));
    expect(questionnaires.length).toBe(2);
    expect(answers.length).toBe(2);
    questionnaires.forEach((text, i) => {
      const questionnaire = loadQuestionnaire(sourceOf('docs/referential.md', text));
      expect(answersFrom('docs/referential.md', questionnaire, answers[i]).responses.size).toBeGreaterThan(0);
    });
  });
});
