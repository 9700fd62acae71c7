// The two example territories whose worlds disagree by design (examples/cinq-mondes-…, five
// respondents scored with --min-group-size 2; examples/douze-mondes-…, twelve with the default
// floor of 3): the disagreements written into the answers files are the ones the diagnostic ranks
// first, "where everyone agrees" says nothing a respondent contradicts, the lone respondent of a
// world is in no group and its world is never named, and nobody is named unless asked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostic/contract.js';
import { localize } from '../src/core/text.js';
import { words } from '../src/i18n/catalogues.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

interface World {
  folder: string;
  args: string[];
  /** Groups shown, with their sizes. */
  shown: [string, number][];
  /** The actor type of the one respondent too few to be named, pooled with `folded`. */
  omittedType: string;
  /** The smallest group, pooled with that respondent (complementary suppression). */
  folded: string;
  /** The questions designed to divide the worlds most, widest first, with their spread by hand. */
  topDivergent: [string, number][];
  sharedStrengths: string[];
  sharedGaps: string[];
}

const WORLDS: World[] = [
  {
    folder: 'examples/cinq-mondes-val-d-ambrelle',
    args: ['--min-group-size', '2'],
    // The company alone would be the territory minus the two groups: the associations (2) join it
    // in « autres » (3), and its type is not named.
    shown: [['collectivite', 2], ['autres', 3]],
    omittedType: 'entreprise',
    folded: 'association',
    // Collectivité (2) against « autres » (two associations and the company), on 2.0.0 (answers
    // carried from 1.0.0 by cocon migrate): suites adopté ×2 100 vs compte rendu + aucun (the
    // company does not know) (0 + 33.3) / 2 = 16.7 → 83.3; financement pluriannuel ×2 100 vs
    // projet ×2 33.3 (the company does not know) → 66.7; habitants contrat ×2 75 vs information +
    // consultation ×2 (0 + 25 + 25) / 3 = 16.7 → 58.3.
    topDivergent: [['dialogue-suites', 83.3], ['dialogue-financement', 66.7], ['dialogue-citoyens', 58.3]],
    sharedStrengths: ['dialogue-mondes'],
    sharedGaps: ['experimentations-capitalisation', 'experimentations-evaluation', 'partenariats-evaluation'],
  },
  {
    folder: 'examples/douze-mondes-coteaux-de-vernelle',
    args: [],
    // The inhabitant alone would be the territory minus the three groups: the companies (3) join it in « autres » (4).
    shown: [['collectivite', 4], ['association', 4], ['autres', 4]],
    omittedType: 'citoyen',
    folded: 'entreprise',
    // Spreads of group means as shown (one decimal; worked out below with the companies as a group of
    // their own, before the inhabitant was pooled with them), on 2.0.0 (answers carried from 1.0.0 by cocon
    // migrate). Catalyser's funding (four options): collectivités pluriannuel ×4 100, associations
    // (33.3 ×3 + 0) / 4 = 25, entreprises all « je ne sais pas » (no mean) → 75. Categories (cap 5;
    // coopération and innovation count 2): entreprises 100 ×3, associations (20 ×3 + 40) / 4 = 25
    // → 75; it comes second, being later in the questionnaire. Inhabitants (options 0, 25, 50,
    // 75, 100): collectivités 62.5, associations (25 ×3 + 0) / 4 = 18.8, entreprises 25 → 43.7
    // (the means as shown). The 1.0.0 strategy question is split between partenariats-nombre and
    // partenariats-categories in 2.0.0.
    // With the inhabitant among the companies: categories 55 (the inhabitant's answer lowers their mean).
    topDivergent: [['dialogue-financement', 75], ['partenariats-categories', 55], ['dialogue-citoyens', 43.7]],
    sharedStrengths: ['dialogue-mondes'],
    sharedGaps: ['experimentations-evaluation', 'partenariats-evaluation'],
  },
];

const score = async (world: World, ...args: string[]) => {
  const result = await runMain(['score', world.folder, ...world.args, ...args], { env: {} });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
};
const diagnosticOf = async (world: World, ...args: string[]) => JSON.parse(await score(world, '--format', 'json', ...args)) as Diagnostic;

/** Each answers file's respondent, in the order cocon reads a folder (file names). */
const respondentsOf = (world: World) =>
  readdirSync(join(ROOT, world.folder))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => (parse(readFileSync(join(ROOT, world.folder, f), 'utf8')) as { respondent: { actorType: string; role: string; name?: string } }).respondent);

/** Every key and string value of a JSON document. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

const agreed = (d: Diagnostic, holds: (score: number) => boolean) =>
  d.divergence!.questions.filter((q) => q.label === 'consensus' && q.groups.every((g) => g.score !== null && holds(g.score))).map((q) => q.question).sort();

describe.each(WORLDS)('$folder', (world) => {
  it('ranks first the questions the worlds were written to disagree on', async () => {
    const d = await diagnosticOf(world);
    expect(d.divergence!.questions.slice(0, 3).map((q) => [q.question, q.spread])).toEqual(world.topDivergent);
    for (const q of d.divergence!.questions.slice(0, 3)) expect(q.label).toBe('divergence');
    // The Markdown agenda lists them in that order, numbered from 1.
    const md = await score(world, '--format', 'md');
    const agenda = md.slice(md.indexOf('## Où les regards divergent'), md.indexOf('## Où tout le monde'));
    const texts = world.topDivergent.map(([id]) => localize(d.dimensions.flatMap((x) => x.questions).find((q) => q.id === id)!.text, 'fr'));
    texts.forEach((text, i) => expect(agenda).toContain(`${i + 1}. **${text}**`));
  });

  it('shows as shared only what every respondent, left out or not, answered that way', async () => {
    const d = await diagnosticOf(world);
    const strengths = agreed(d, (s) => s >= 75);
    const gaps = agreed(d, (s) => s <= 25);
    expect(strengths).toEqual(world.sharedStrengths);
    expect(gaps).toEqual(world.sharedGaps);
    // Each respondent's own answers: in a per-respondent diagnostic only.
    const named = await diagnosticOf(world, '--attribute');
    const own = (id: string) => named.dimensions.flatMap((x) => x.questions).find((q) => q.id === id)!.responses.filter((r) => r.status === 'answered').map((r) => r.score!);
    for (const id of strengths) expect(Math.min(...own(id)), id).toBeGreaterThanOrEqual(50);
    for (const id of gaps) expect(Math.max(...own(id)), id).toBeLessThanOrEqual(50);
  });

  it('leaves the lone respondent of a world out of the groups, and never names that world in the JSON', async () => {
    const d = await diagnosticOf(world);
    expect(d.groups!.list.map((g) => [g.id, g.respondents])).toEqual(world.shown);
    expect(d.groups!.pooled).toEqual([world.folded]);
    expect(d.groups!.unnamed).toBe(1);
    expect(d.groups!.omitted).toBe(0);
    const lone = respondentsOf(world).findIndex((r) => r.actorType === world.omittedType);
    expect(d.respondents[lone]).not.toHaveProperty('actorType');
    expect(d.respondents[lone]!.group).toBe('autres');
    expect(strings(d)).not.toContain(world.omittedType);
    // The same world's label appears in no report either, in either language, where the worlds
    // shown are named (the terminal summary names no group today; it must not start with this one).
    for (const lang of ['fr', 'en'] as const) {
      const label = (type: string) => new RegExp(`(?<!\\p{L})${(words(lang).report.actorTypes as Record<string, string>)[type]}(?!\\p{L})`, 'u');
      const md = await score(world, '--format', 'md', '--lang', lang);
      for (const [type] of world.shown) if (type !== 'autres') expect(md).toMatch(label(type));
      expect(md).not.toMatch(label(world.omittedType));
      expect(await score(world, '--format', 'text', '--lang', lang)).not.toMatch(label(world.omittedType));
    }
  });

  it('names nobody, by name or role, in any format unless --attribute is given', async () => {
    const people = respondentsOf(world);
    const named = people.filter((p) => p.name);
    expect(named.length).toBeGreaterThan(0);
    for (const lang of ['fr', 'en']) {
      for (const format of ['md', 'text', 'json']) {
        const report = await score(world, '--format', format, '--lang', lang);
        for (const p of people) {
          expect(report).not.toContain(p.role);
          if (p.name) expect(report).not.toContain(p.name);
        }
      }
    }
    // Asked, the diagnostic names them: the check above can fail.
    const attributed = await diagnosticOf(world, '--attribute');
    expect(attributed.respondents.map((r) => [r.role, r.name])).toEqual(people.map((p) => [p.role, p.name]));
  });
});
