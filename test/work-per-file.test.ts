// How much work a run does per file, counted through spies (never timed: speed is measured by
// `npm run bench`). Thousands of answers files must not each pay for the questionnaire, and a
// file's syntax tree is not kept once the file has been checked.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const spies = vi.hoisted(() => ({ resolveQuestionnaire: 0, parseSource: 0, parseDocument: 0 }));

vi.mock('../src/cli/bundled.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/cli/bundled.js')>();
  return {
    ...original,
    resolveQuestionnaire: (...args: Parameters<typeof original.resolveQuestionnaire>) => {
      spies.resolveQuestionnaire++;
      return original.resolveQuestionnaire(...args);
    },
    // Ids read from answers files go here (never a path): counted as a resolution too.
    bundledQuestionnaire: (...args: Parameters<typeof original.bundledQuestionnaire>) => {
      spies.resolveQuestionnaire++;
      return original.bundledQuestionnaire(...args);
    },
  };
});
vi.mock('../src/load/source.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/load/source.js')>();
  return {
    ...original,
    parseSource: (...args: Parameters<typeof original.parseSource>) => {
      spies.parseSource++;
      return original.parseSource(...args);
    },
  };
});
vi.mock('yaml', async (importOriginal) => {
  const original = await importOriginal<typeof import('yaml')>();
  return {
    ...original,
    parseDocument: (...args: Parameters<typeof original.parseDocument>) => {
      spies.parseDocument++;
      return original.parseDocument(...args);
    },
  };
});

const work = mkdtempSync(join(tmpdir(), 'cocon-work-per-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const example = readFileSync(join(ROOT, 'examples/intermediaire-plaine-des-sources.yaml'), 'utf8');

/** `count` answers files to the bundled questionnaire, each from another respondent. */
function answersFiles(folder: string, count: number): string[] {
  const dir = join(work, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `r${String(i).padStart(2, '0')}.yaml`);
    writeFileSync(file, example.replace("role: Directeur d'une association de développement local", `role: Répondant ${i}`));
    return file;
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

beforeEach(() => {
  spies.resolveQuestionnaire = 0;
  spies.parseSource = 0;
  spies.parseDocument = 0;
});

describe('work per file', () => {
  it('validate finds the bundled questionnaire once for many answers files naming it', async () => {
    const files = answersFiles('validate', 12);
    const result = await runMain(['validate', ...files]);
    expect(result.code).toBe(0);
    expect(result.stderr.match(/réponses valide/g)).toHaveLength(12);
    expect(spies.resolveQuestionnaire).toBe(1);
  });

  it('validate still names an unknown questionnaire id in every file that uses it', async () => {
    const files = answersFiles('unknown', 3).map((file) => {
      writeFileSync(file, readFileSync(file, 'utf8').replace('id: coconstruction-territoriale', 'id: inexistant'));
      return file;
    });
    const result = await runMain(['validate', ...files]);
    expect(result.code).toBe(2);
    for (const file of files) expect(result.stderr).toMatch(new RegExp(`^${escape(file)}:6:22: questionnaire «\\s?inexistant\\s?» introuvable`, 'm'));
    expect(spies.resolveQuestionnaire).toBe(1);
  });

  it('list reads no YAML while the precompiled questionnaire matches its file', async () => {
    const result = await runMain(['list']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^coconstruction-territoriale {2}2\.0\.0 {2}Maturité de la co-construction territoriale {2}37 questions\ncoconstruction-territoriale {2}1\.0\.0 {2}Maturité de la co-construction territoriale {2}31 questions\n$/);
    expect(spies.parseSource).toBe(0);
    expect(spies.parseDocument).toBe(0);
  });

  it('score parses each valid file once, and again only the file whose problem it must locate', async () => {
    const files = answersFiles('score', 6);
    const valid = await runMain(['score', join(work, 'score'), '--format', 'json']);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout).respondents).toHaveLength(6);
    expect(spies.parseSource).toBe(6);
    expect(spies.parseDocument).toBe(6);

    spies.parseDocument = 0;
    // The fourth file's problem is found after the others were read and dropped: still located.
    writeFileSync(files[3]!, readFileSync(files[3]!, 'utf8').replace('dialogue-diagnostic: presente', 'dialogue-diagnostic: partout'));
    const invalid = await runMain(['score', join(work, 'score')]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(new RegExp(`^${escape(files[3]!)}:23:24: «\\s?partout\\s?» n[’']est pas une option de cette question`));
    expect(spies.parseDocument).toBe(7);
  });
});
