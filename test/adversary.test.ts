// The adversary: a determined reader of every shareable output, who knows who took part (each
// respondent's actor type, each territory's declared attribute: in a small territory everyone
// does) but none of the answers, and tries to recover the answers or scores of fewer than K
// respondents or territories (docs/referential.md, "Disclosure"). For random folders and networks
// (1 to 12 respondents, 5 to 12 territories, groups under and over the floor) it reads the
// Markdown, the HTML (its embedded data included), the JSON, the text, the stderr, the default
// export (CSV, and XLSX) and the benchmark in every format, and tries:
//   - per-respondent records (an answer by respondent index: the index is the file's order, and
//     the export's row),
//   - comments attributed to fewer than K respondents (an index, or a group under the floor),
//   - tally differencing: the territory's tallies minus the groups' shown (JSON and Markdown),
//   - extremes: a lowest or highest that is one respondent's score,
//   - percentile solving: the benchmark's percentiles solved back to territories' scores, by the
//     method the output declares, and, knowing which territory sits where in the order, whether
//     any combination of the figures depends on fewer than K territories (a rank test).
// It must recover nothing. Run against the code before the disclosure rule (commit e150eca) it
// recovers a great deal: `ADVERSARY_REPORT=file` writes the counts (the note gives them).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runMain } from './memory-io.js';
import { FIXTURES } from './helpers.js';
import { scratchDir } from './browser/chromium.js';

const MINI = join(FIXTURES, 'mini.yaml');
const TYPES = ['collectivite', 'association', 'entreprise', 'citoyen'] as const;
const A1 = { personne: 'Personne', parfois: "Parfois quelqu'un", catalyseur: 'Un catalyseur identifié' } as const;
const B2 = { jamais: 'Jamais', parfois: 'Parfois', toujours: 'Toujours' } as const;
const A2 = { collectivites: 'Collectivités', associations: 'Associations', entreprises: 'Entreprises', citoyens: 'Citoyens' } as const;
type Choice = { a1: keyof typeof A1 | 'ne-sait-pas'; a2: (keyof typeof A2)[]; b1: number; b2: keyof typeof B2; comment?: string };
interface Person { type: string; answers: Choice; file: string }

/** mulberry32: the same cases on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
const round1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;

/** Counts of what the adversary recovered, by attack. */
export interface Recovered {
  perRespondentAnswers: number;
  exportRows: number;
  attributedComments: number;
  tallyDifferencing: number;
  extremes: number;
  percentiles: number;
  solvableFigures: number;
}
const nothing = (): Recovered => ({ perRespondentAnswers: 0, exportRows: 0, attributedComments: 0, tallyDifferencing: 0, extremes: 0, percentiles: 0, solvableFigures: 0 });

function answersYaml(territory: string, person: Person, index: number): string {
  const a = person.answers;
  return [
    'questionnaire: { id: mini, version: 1.2.0 }',
    'respondent:',
    `  territory: ${territory}`,
    `  actorType: ${person.type}`,
    `  role: Rôle ${index + 1}`,
    '  date: 2026-03-14',
    'answers:',
    `  a1: ${a.a1}`,
    `  a2: [${a.a2.join(', ')}]`,
    ...(a.a1 !== 'personne' ? ['  a3: true'] : []),
    `  b1: ${a.b1}`,
    a.comment ? `  b2: { value: ${a.b2}, comment: "${a.comment}" }` : `  b2: ${a.b2}`,
    '',
  ].join('\n');
}

function makePeople(rnd: () => number, n: number, tag: string): Person[] {
  // Skewed types: some groups reach the floor, others stay under it.
  const weights = [0.45, 0.3, 0.15, 0.1];
  return Array.from({ length: n }, (_, i) => {
    let r = rnd();
    let type: string = TYPES[0];
    for (let t = 0; t < TYPES.length; t++) {
      if (r < weights[t]!) {
        type = TYPES[t]!;
        break;
      }
      r -= weights[t]!;
    }
    const a2 = (Object.keys(A2) as (keyof typeof A2)[]).filter(() => rnd() < 0.5);
    const answers: Choice = {
      a1: pick(rnd, ['personne', 'parfois', 'catalyseur', 'ne-sait-pas'] as const),
      a2,
      b1: 1 + Math.floor(rnd() * 5),
      b2: pick(rnd, ['jamais', 'parfois', 'toujours'] as const),
      ...(rnd() < 0.4 ? { comment: `note ${tag}-${i}` } : {}),
    };
    // Named as `cocon form` names files: read in this order, so an index is a person.
    return { type, answers, file: `${String(i + 1).padStart(2, '0')}-${type}.yaml` };
  });
}

/** The sets of respondents the floor protects: each actor type under K, and all of them together when under K. */
function protectedSets(people: readonly Person[], k: number): number[][] {
  const byType = new Map<string, number[]>();
  people.forEach((p, i) => byType.set(p.type, [...(byType.get(p.type) ?? []), i]));
  const small = [...byType.values()].filter((m) => m.length < k);
  const sets = small.filter((m) => m.length < people.length);
  const union = small.flat();
  if (union.length > 0 && union.length < k && union.length < people.length) sets.push(union);
  return sets;
}

/** The members of a group as the diagnostic names it: an actor type, or `autres` with its pooled types. */
function membersOf(people: readonly Person[], group: string, pooled: readonly string[]): number[] {
  return people.flatMap((p, i) => ((group === 'autres' ? pooled.includes(p.type) : p.type === group) ? [i] : []));
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function allQuestions(d: Json): Json[] {
  return [...(d.dimensions ?? []).flatMap((x: Json) => x.questions ?? []), ...(d.context ?? [])];
}

/** Per-respondent records in a diagnostic: an answer by index of a protected respondent. */
function perRespondent(d: Json, people: readonly Person[], guarded: Set<number>): number {
  let found = 0;
  for (const q of allQuestions(d)) {
    for (const r of q.responses ?? []) {
      if (typeof r.respondent !== 'number' || !guarded.has(r.respondent)) continue;
      const truth = people[r.respondent]!.answers;
      if (q.id === 'a1' && (r.choice?.[0] === truth.a1 || (truth.a1 === 'ne-sait-pas' && r.status === 'unknown'))) found++;
      if (q.id === 'b2' && r.choice?.[0] === truth.b2) found++;
      if (q.id === 'a2' && r.choice && [...r.choice].sort().join() === [...truth.a2].sort().join()) found++;
    }
  }
  return found;
}

/** Comments attributed to fewer than K respondents, in the JSON (an index) and in the Markdown (a label). */
function attributed(d: Json, md: string, people: readonly Person[], k: number): number {
  let found = 0;
  const n = people.length;
  for (const q of allQuestions(d)) for (const r of q.responses ?? []) if (r.comment && typeof r.respondent === 'number' && n > 1 && k > 1) found++;
  const pooled: string[] = d.groups?.pooled ?? [];
  for (const line of md.split('\n')) {
    const m = /^ {2}- (.+?) — commentaire : (note \S+)/.exec(line.replace(/\u202F/g, ' '));
    if (!m) continue;
    const author = Number(/-(\d+)$/.exec(m[2]!)![1]);
    const label = m[1]!;
    const index = /^Répondant (\d+)/.exec(label);
    let candidates: number[];
    if (index) candidates = [Number(index[1]) - 1];
    else if (label.startsWith('Autres mondes')) candidates = membersOf(people, 'autres', pooled);
    else {
      const type = ({ Collectivité: 'collectivite', Association: 'association', Entreprise: 'entreprise', 'Citoyen·ne': 'citoyen' } as Record<string, string>)[label.split(' ')[0]!];
      candidates = type ? membersOf(people, type, []) : people.map((_, i) => i);
    }
    if (candidates.includes(author) && candidates.length < k && candidates.length < n) found++;
  }
  return found;
}

/** The answers counted per key for some respondents (a1, b2 single; a2 each ticked key), `unknown` for "je ne sais pas". */
function trueTally(people: readonly Person[], members: readonly number[], question: 'a1' | 'b2' | 'a2'): Map<string, number> {
  const tally = new Map<string, number>();
  const add = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const i of members) {
    const a = people[i]!.answers;
    if (question === 'a2') a.a2.forEach(add);
    else if (question === 'a1') add(a.a1 === 'ne-sait-pas' ? 'unknown' : a.a1);
    else add(a.b2);
  }
  return tally;
}
const sameTally = (a: Map<string, number>, b: Map<string, number>) => {
  const keys = new Set([...a.keys(), ...b.keys()].filter((key) => (a.get(key) ?? 0) !== 0 || (b.get(key) ?? 0) !== 0));
  return [...keys].every((key) => (a.get(key) ?? 0) === (b.get(key) ?? 0));
};

/** The territory's tallies minus the shown groups' distributions: the remainder's, when it is under the floor. */
function differencing(d: Json, md: string, people: readonly Person[], k: number): number {
  const list: Json[] = d.groups?.list ?? [];
  if (list.length === 0) return 0;
  const pooled: string[] = d.groups?.pooled ?? [];
  const covered = new Set(list.flatMap((g) => membersOf(people, g.id, pooled)));
  const remainder = people.map((_, i) => i).filter((i) => !covered.has(i));
  if (remainder.length === 0 || remainder.length >= k) return 0;
  let found = 0;
  for (const id of ['a1', 'b2', 'a2'] as const) {
    // From the JSON.
    const q = allQuestions(d).find((x) => x.id === id);
    const spread = (d.divergence?.questions ?? []).find((x: Json) => x.question === id);
    if (q?.tally && spread) {
      const left = new Map<string, number>();
      for (const t of q.tally) left.set(t.status === 'unknown' ? 'unknown' : t.choice ?? t.status, (left.get(t.status === 'unknown' ? 'unknown' : t.choice ?? t.status) ?? 0) + t.count);
      for (const g of spread.groups) {
        for (const x of g.distribution) left.set(x.key, (left.get(x.key) ?? 0) - x.count);
        left.set('unknown', (left.get('unknown') ?? 0) - g.unknown);
      }
      if (sameTally(left, trueTally(people, remainder, id))) found++;
    }
    // From the Markdown: the details table's tally, minus each group's under the divergent question.
    const labels = id === 'a1' ? A1 : id === 'b2' ? B2 : A2;
    const text = { a1: 'Qui anime le dialogue ?', b2: 'Les expérimentations sont-elles évaluées ?', a2: 'Quels mondes participent ?' }[id];
    const plain = md.replace(/\u202F/g, ' ').replace(/\\/g, '');
    const row = plain.split('\n').find((l) => l.startsWith(`| ${text} |`));
    const divergentAt = plain.split('\n').findIndex((l) => /^\d+\. \*\*/.test(l) && l.includes(`**${text}**`));
    if (!row || divergentAt < 0) continue;
    const countsIn = (s: string) => {
      const m = new Map<string, number>();
      for (const [key, label] of Object.entries(labels)) {
        const hit = new RegExp(`(?:^|[(,] ?|\\| )${label.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')} (\\d+)`).exec(s);
        if (hit) m.set(key, Number(hit[1]));
      }
      const unknown = /Je ne sais pas (\d+)/.exec(s);
      if (unknown) m.set('unknown', Number(unknown[1]));
      return m;
    };
    const left = countsIn(row.split('|')[2]!);
    for (const part of plain.split('\n')[divergentAt + 1]!.split(' ; ')) for (const [key, count] of countsIn(part)) left.set(key, (left.get(key) ?? 0) - count);
    if (sameTally(left, trueTally(people, remainder, id))) found++;
  }
  return found;
}

/** Each respondent's own dimension scores, as `cocon score FILE` gives them. */
async function ownScores(dir: string, people: readonly Person[]): Promise<Record<string, number | null>[]> {
  const out: Record<string, number | null>[] = [];
  for (const p of people) {
    const d = JSON.parse((await runMain(['score', join(dir, p.file), '-q', MINI, '-f', 'json'])).stdout) as Json;
    out.push(Object.fromEntries(d.dimensions.map((x: Json) => [x.id, x.score])));
  }
  return out;
}

/** Lowest and highest respondents: JSON, Markdown, HTML; each one person's score. */
function extremes(d: Json, md: string, html: string, own: Record<string, number | null>[]): number {
  if (own.length < 2) return 0;
  let found = 0;
  for (const x of d.dimensions) {
    const scores = own.map((o) => o[x.id]).filter((s): s is number => s !== null);
    for (const v of [x.respondents?.min, x.respondents?.max]) if (typeof v === 'number' && scores.some((s) => Math.abs(s - v) < 0.05)) found++;
  }
  const fromText = (text: string, re: RegExp) => [...text.replace(/\u202F/g, ' ').matchAll(re)].map((m) => Number(m[1]!.replace(',', '.')));
  const shown = [...fromText(md, /le plus (?:bas|haut) (\d+(?:,\d)?)/g), ...fromText(html, /data-m(?:in|ax)>(\d+(?:,\d)?)</g)];
  const all = own.flatMap((o) => Object.values(o)).filter((s): s is number => s !== null);
  for (const v of shown) if (all.some((s) => Math.abs(s - v) < 0.05)) found++;
  return found;
}

function xlsxRows(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const shared = [...strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(''));
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  return [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) =>
    [...row[1]!.matchAll(/<c [^>]*?(t="s")?[^>]*?(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? '')?.[1];
      const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(c[2] ?? '')?.[1];
      return c[1] ? shared[Number(v)] ?? '' : inline ?? v ?? '';
    }),
  );
}

/** Export rows of protected respondents that give their answers. */
function exportRows(rows: string[][], people: readonly Person[], guarded: Set<number>): number {
  if (rows.length < 2) return 0;
  const header = rows[0]!;
  const a1 = header.indexOf('a1');
  const b2 = header.indexOf('b2');
  let found = 0;
  rows.slice(1).forEach((row, i) => {
    if (!guarded.has(i)) return;
    const truth = people[i]!.answers;
    if (a1 >= 0 && truth.a1 !== 'ne-sait-pas' && row[a1] === A1[truth.a1]) found++;
    if (b2 >= 0 && row[b2] === B2[truth.b2]) found++;
  });
  return found;
}

export async function attackTerritory(seed: number, dir: string): Promise<Recovered> {
  const rnd = random(seed);
  const n = 1 + Math.floor(rnd() * 12);
  const k = pick(rnd, [2, 3, 3, 4]);
  const people = makePeople(rnd, n, String(seed));
  const folder = join(dir, `t${seed}`);
  mkdirSync(folder, { recursive: true });
  people.forEach((p, i) => writeFileSync(join(folder, p.file), answersYaml('Val-de-Test', p, i)));
  const sets = protectedSets(people, k);
  const guarded = new Set(sets.flat());
  const args = [folder, '-q', MINI, '--min-group-size', String(k)];
  const json = await runMain(['score', ...args, '-f', 'json']);
  const md = await runMain(['score', ...args, '-f', 'md']);
  const html = await runMain(['score', ...args, '-f', 'html']);
  const text = await runMain(['score', ...args, '-f', 'text']);
  const found = nothing();
  if (json.code !== 0) throw new Error(`${folder}: ${json.stderr}`);
  const d = JSON.parse(json.stdout) as Json;
  const embedded = /<script type="application\/json" id="cocon-diagnostic">\s*([\s\S]*?)<\/script>/.exec(html.stdout);
  const fromHtml = embedded ? (JSON.parse(embedded[1]!) as Json) : d;
  const everything = [json, md, html, text].map((r) => r.stdout + r.stderr).join('\n');
  for (const diagnostic of [d, fromHtml]) {
    found.perRespondentAnswers += perRespondent(diagnostic, people, guarded);
    found.tallyDifferencing += differencing(diagnostic, diagnostic === d ? md.stdout : '', people, k);
  }
  found.attributedComments += attributed(d, md.stdout, people, k);
  // "Répondant N" anywhere (text, HTML, stderr) next to a comment names one person by their file's order.
  if (n > 1) found.attributedComments += [...everything.matchAll(/(?:Répondant|Respondent) \d+ \([^)]*\)[^\n]{0,40}note /g)].length;
  found.extremes += extremes(d, md.stdout, html.stdout, await ownScores(folder, people));
  // The export as anyone would run it, with no option.
  const csv = await runMain(['export', folder, '-q', MINI]);
  if (csv.code === 0) found.exportRows += exportRows(parse(csv.stdout, { delimiter: ';', bom: true, relax_column_count: true }) as string[][], people, guarded);
  const xlsxFile = join(dir, `t${seed}.xlsx`);
  const xlsx = await runMain(['export', folder, '-q', MINI, '--out', xlsxFile]);
  if (xlsx.code === 0) found.exportRows += exportRows(xlsxRows(readFileSync(xlsxFile)), people, guarded);
  return found;
}

// ── Networks ──────────────────────────────────────────────────────────────────────────────

/** Type 7 percentile coefficients over n sorted values: position → weight. */
function type7(n: number, p: number): Map<number, number> {
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, n - 1);
  const m = new Map<number, number>();
  m.set(low, (m.get(low) ?? 0) + 1 - (h - low));
  m.set(high, (m.get(high) ?? 0) + (h - low));
  return m;
}
/** Microaggregation blocks (as documented): sizes as equal as possible, the larger first. */
function blocks(n: number, k: number): number[][] {
  const b = Math.floor(n / k);
  if (b === 0) return [];
  const base = Math.floor(n / b);
  const larger = n % b;
  const out: number[][] = [];
  let start = 0;
  for (let i = 0; i < b; i++) {
    const size = base + (i < larger ? 1 : 0);
    out.push(Array.from({ length: size }, (_, j) => start + j));
    start += size;
  }
  return out;
}
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let best = r;
    for (let i = r + 1; i < m.length; i++) if (Math.abs(m[i]![c]!) > Math.abs(m[best]![c]!)) best = i;
    if (Math.abs(m[best]![c]!) < 1e-9) continue;
    [m[r], m[best]] = [m[best]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const f = m[i]![c]! / m[r]![c]!;
      for (let j = c; j < cols; j++) m[i]![j]! -= f * m[r]![j]!;
    }
    r++;
  }
  return r;
}
/** Subsets of {0..n-1} of size 1..max. */
function* subsets(n: number, max: number, from = 0, chosen: number[] = []): Generator<number[]> {
  for (let i = from; i < n; i++) {
    const next = [...chosen, i];
    yield next;
    if (next.length < max) yield* subsets(n, max, i + 1, next);
  }
}

export async function attackNetwork(seed: number, dir: string): Promise<Recovered> {
  const rnd = random(seed);
  const count = 5 + Math.floor(rnd() * 8);
  const k = pick(rnd, [5, 5, 6]);
  const root = join(dir, `n${seed}`);
  const network = join(root, 'reseau');
  const territories = Array.from({ length: count }, (_, t) => `Commune ${t}`);
  // Bands skewed so that some groups reach the floor and others do not.
  const band = territories.map(() => (rnd() < 0.6 ? 'rural' : rnd() < 0.7 ? 'urbain' : 'littoral'));
  territories.forEach((name, t) => {
    const folder = join(network, `c${t}`);
    mkdirSync(folder, { recursive: true });
    makePeople(rnd, 1 + Math.floor(rnd() * 3), `${seed}-${t}`).forEach((p, i) => writeFileSync(join(folder, p.file), answersYaml(name, p, i)));
  });
  const out = join(root, 'sortie');
  const each = await runMain(['score', '--each', network, '-q', MINI, '--out-dir', out]);
  if (each.code !== 0) throw new Error(each.stderr);
  const attributes = join(root, 'attributs.csv');
  writeFileSync(attributes, ['territory,band', ...territories.map((name, t) => `${name},${band[t]}`)].join('\n') + '\n');
  const summary = readFileSync(join(out, 'summary.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Json);
  const scoreOf = (name: string, dimension: string): number | null => {
    const row = summary.find((r) => r.territory === name)!;
    return dimension === 'overall' ? row.overall.score : row.dimensions[dimension]?.score ?? null;
  };
  const placed = pick(rnd, territories);
  const found = nothing();
  for (const extra of [[], ['--territory', placed]]) {
    const base = ['benchmark', out, '--attributes', attributes, '--by', 'band', '--min-group', String(k), ...extra];
    const json = await runMain([...base, '-f', 'json']);
    // Every format carries the JSON's figures (test/benchmark-formats.test.ts checks the same numbers); each must still be written.
    for (const format of ['csv', 'md', 'text', 'html']) expect((await runMain([...base, '-f', format])).code).toBe(0);
    if (json.code !== 0) throw new Error(json.stderr);
    const b = JSON.parse(json.stdout) as Json;
    const version = b.benchmarkVersion as number;
    const own = extra.length > 0 ? placed : undefined;
    for (const dimension of ['alpha', 'beta', 'overall']) {
      // The adversary knows each territory's band, hence each group's members.
      const rows: number[][] = [];
      const index = new Map<string, number>();
      territories.forEach((name) => index.set(name, index.size));
      const shown: Json[] = b.groups;
      const bandOf = (name: string) => {
        const value = band[territories.indexOf(name)]!;
        return shown.some((g) => g.id === value) ? value : 'autres';
      };
      const groupValues = new Map<string, { name: string; score: number }[]>();
      for (const g of shown) {
        const members = territories.filter((name) => (g.id === 'all' ? true : bandOf(name) === g.id)).map((name) => ({ name, score: scoreOf(name, dimension) })).filter((m): m is { name: string; score: number } => m.score !== null).sort((x, y) => x.score - y.score);
        groupValues.set(g.id, members);
        const f = g.figures.find((x: Json) => x.dimension === dimension);
        if (!f || f.median === null) continue;
        const n = members.length;
        // Each figure as a combination of the territories' true scores (the strongest adversary: it knows the order).
        const coefficientsOver = (positions: Map<number, number>): number[] => {
          const row = new Array<number>(territories.length).fill(0);
          const spread = (group: { name: string }[], weights: Map<number, number>) => {
            for (const [at, w] of weights) row[index.get(group[at]!.name)!]! += w;
          };
          if (version >= 2) {
            // Microaggregated values: within each group, a position stands for its block's mean.
            const parts = g.id === 'all' && shown.length > 1 ? shown.filter((x) => x.id !== 'all').map((x) => groupValues.get(x.id) ?? membersIn(x.id)) : [members];
            const values = parts.flatMap((part) => blocks(part.length, k).flatMap((block) => block.map(() => ({ block: block.map((j) => part[j]!), mean: block.reduce((s, j) => s + part[j]!.score, 0) / block.length })))).sort((x, y) => x.mean - y.mean);
            for (const [at, w] of positions) for (const m of values[at]!.block) row[index.get(m.name)!]! += w / values[at]!.block.length;
          } else spread(members, positions);
          return row;
        };
        const membersIn = (id: string) => territories.filter((name) => bandOf(name) === id).map((name) => ({ name, score: scoreOf(name, dimension)! })).filter((m) => m.score !== null).sort((x, y) => x.score - y.score);
        const published: [number, number | null][] = [[0.1, f.p10], [0.25, f.p25], [0.5, f.median], [0.75, f.p75], [0.9, f.p90]];
        for (const [p] of published) rows.push(coefficientsOver(type7(n, p)));
        // Solving by the method the output declares: version 1, percentiles of the scores themselves.
        if (version < 2) {
          const known = new Map<number, number>();
          for (let pass = 0; pass < 3; pass++) {
            for (const [p, v] of published) {
              if (v === null) continue;
              const h = (n - 1) * p;
              const lo = Math.floor(h);
              const hi = Math.min(lo + 1, n - 1);
              const frac = h - lo;
              if (frac === 0 || lo === hi) known.set(lo, v);
              else if (known.has(lo) && !known.has(hi)) known.set(hi, known.get(lo)! + (v - known.get(lo)!) / frac);
              else if (known.has(hi) && !known.has(lo)) known.set(lo, (v - frac * known.get(hi)!) / (1 - frac));
            }
            if (own !== undefined && g.id !== 'all') {
              const mine = members.findIndex((m) => m.name === own);
              if (mine >= 0) known.set(mine, members[mine]!.score);
            }
          }
          for (const [at, v] of known) if (members[at] && members[at]!.name !== own && Math.abs(members[at]!.score - v) <= 0.5) found.percentiles++;
        }
      }
      if (rows.length === 0) continue;
      // A combination of the figures that depends only on a set S of fewer than K territories
      // exists when leaving S's columns out lowers the rank. The territory placed knows its own
      // score (its column is a known constant, dropped) and is one of its group's K: for it, S has
      // fewer than K − 1 others.
      const ownAt = own !== undefined && scoreOf(own, dimension) !== null ? index.get(own)! : -1;
      const unknown = rows.map((row) => row.filter((_, i) => i !== ownAt));
      const others = territories.map((_, i) => i).filter((i) => i !== ownAt);
      const whole = rank(unknown);
      const limit = (ownAt >= 0 ? k - 1 : k) - 1;
      for (const s of subsets(others.length, limit)) {
        const set = new Set(s);
        if (rank(unknown.map((row) => row.filter((_, i) => !set.has(i)))) < whole) {
          found.solvableFigures++;
          break;
        }
      }
    }
  }
  return found;
}

const TERRITORY_SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i);
const NETWORK_SEEDS = Array.from({ length: 6 }, (_, i) => 2000 + i);

describe('the adversary', () => {
  it('recovers nothing of any group or territory under the floor, from any shareable output', async () => {
    const dir = scratchDir();
    const total = nothing();
    for (const seed of TERRITORY_SEEDS) for (const [key, value] of Object.entries(await attackTerritory(seed, dir))) total[key as keyof Recovered] += value;
    for (const seed of NETWORK_SEEDS) for (const [key, value] of Object.entries(await attackNetwork(seed, dir))) total[key as keyof Recovered] += value;
    if (process.env['ADVERSARY_REPORT']) writeFileSync(process.env['ADVERSARY_REPORT'], `${JSON.stringify(total)}\n`);
    expect(total).toEqual(nothing());
  }, 600_000);
});
