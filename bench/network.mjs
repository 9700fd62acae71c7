// npm run bench, networks (BENCH_NETWORK=0 skips it): `cocon score --each` over territories of 12
// respondents each (threads as by default, and on one thread with --jobs 1), and `cocon benchmark`
// over their diagnostics, against a floor that reads and parses the same files
// (bench/floor-tree.mjs), with peak memory at two sizes to show whether it grows with the number
// of territories.
//   BENCH_TERRITORIES=100,1000   territories scored (each of 12 respondents)
//   BENCH_DIAGNOSTICS=1000,10000 diagnostics benchmarked (copies of the diagnostics above, renamed)
//   BENCH_NETWORK_RUNS=2         runs of each measure
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledQuestionnaire, writeAnswersFiles } from './answers-files.mjs';
import { measurer } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/cocon.js');
const floor = join(root, 'bench/floor-tree.mjs');
const runs = Number(process.env.BENCH_NETWORK_RUNS ?? 2);
const territorySizes = (process.env.BENCH_TERRITORIES ?? '100,1000').split(',').filter(Boolean).map(Number);
const diagnosticSizes = (process.env.BENCH_DIAGNOSTICS ?? '1000,10000').split(',').filter(Boolean).map(Number);
const work = mkdtempSync(join(tmpdir(), 'cocon-bench-network-'));
const { interleave, ratio, median, ms, mb } = measurer(root, work);

const sizeOf = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((n, e) => n + statSync(join(e.parentPath ?? e.path, e.name)).size, 0);

try {
  const questionnaire = bundledQuestionnaire(root);
  let diagnostics;
  for (const size of territorySizes) {
    const dir = join(work, `territories-${size}`);
    for (let t = 0; t < size; t++) writeAnswersFiles(join(dir, `t${String(t).padStart(5, '0')}`), questionnaire, 12, t + 1, `Territoire ${t}`);
    const out = join(work, `each-${size}`);
    // By default --each uses a thread per processor from 200 territories on; --jobs 1 is what one processor gives.
    const results = interleave({ floor: [floor, dir], each: [bin, 'score', '--each', dir, '--out-dir', out], single: [bin, 'score', '--each', dir, '--out-dir', `${out}-1`, '--jobs', '1'] }, runs, { usage: true });
    const label = `${size.toLocaleString('en')} territories × 12`.padEnd(24);
    console.log(`${label} read-and-parse floor: ${ms(median(results.floor.elapsed))}, peak memory ${mb(median(results.floor.rss))}; ${runs} runs`);
    console.log(`${label} cocon score --each: ${ms(median(results.each.elapsed))}, ratio ${ratio(results.each, results.floor)} (goal ≤ 1.5); processor time ratio ${ratio(results.each, results.floor, 'cpu')}; peak memory ${mb(median(results.each.rss))}, ratio ${ratio(results.each, results.floor, 'rss')}; output ${(sizeOf(out) / 1024 / 1024).toFixed(0)} MB`);
    console.log(`${label} cocon score --each --jobs 1: ${ms(median(results.single.elapsed))}, ratio ${ratio(results.single, results.floor)}; processor time ratio ${ratio(results.single, results.floor, 'cpu')}; peak memory ${mb(median(results.single.rss))}, ratio ${ratio(results.single, results.floor, 'rss')}`);
    rmSync(`${out}-1`, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    diagnostics = out;
  }

  // Diagnostics of many territories: the last run's (one line of JSON each, as score --each writes
  // them), copied under new names until there are enough.
  const sources = readdirSync(diagnostics).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(diagnostics, f), 'utf8'));
  for (const size of diagnosticSizes) {
    const dir = join(work, `diagnostics-${size}`);
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < size; i++) {
      const diagnostic = JSON.parse(sources[i % sources.length]);
      diagnostic.territory = `Territoire ${i}`;
      for (const respondent of diagnostic.respondents) respondent.territory = diagnostic.territory;
      writeFileSync(join(dir, `d${String(i).padStart(6, "0")}.json`), `${JSON.stringify(diagnostic)}\n`);
    }
    const results = interleave({ floor: [floor, dir], benchmark: [bin, 'benchmark', dir, '--by', 'contexte-population', '--territory', 'Territoire 0', '--format', 'json', '--out', join(work, 'benchmark.json')] }, runs, { usage: true });
    const label = `${size.toLocaleString('en')} diagnostics`.padEnd(24);
    console.log(`${label} read-and-parse floor: ${ms(median(results.floor.elapsed))}, peak memory ${mb(median(results.floor.rss))}; ${(sizeOf(dir) / 1024 / 1024).toFixed(0)} MB of JSON; ${runs} runs`);
    console.log(`${label} cocon benchmark --by contexte-population: ${ms(median(results.benchmark.elapsed))}, ratio ${ratio(results.benchmark, results.floor)} (goal ≤ 1.5); processor time ratio ${ratio(results.benchmark, results.floor, 'cpu')}; peak memory ${mb(median(results.benchmark.rss))}, ratio ${ratio(results.benchmark, results.floor, 'rss')}`);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
