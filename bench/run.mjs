// npm run bench: speed and memory as ratios against baselines measured in the same run and
// interleaved with the measure, so a slow or busy machine shifts both sides alike. Every figure is
// the median over several runs (times: median of each side; ratios: median and range of the
// per-run ratios). Figures go in the README.
//   BENCH_RUNS=N        runs of each start-up measure (21 by default)
//   BENCH_FILE_RUNS=N   runs of each measure over 1,000 files (5 by default; 3 at 10,000)
//   BENCH_SIZES=1000,10000   numbers of answers files (empty: none)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundledQuestionnaire, writeAnswersFiles } from './answers-files.mjs';
import { measurer } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/cocon.js');
const startRuns = Number(process.env.BENCH_RUNS ?? 21);
const fileRuns = process.env.BENCH_FILE_RUNS ? Number(process.env.BENCH_FILE_RUNS) : undefined;
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').filter(Boolean).map(Number);
const example = join(root, 'examples/intermediaire-plaine-des-sources.yaml');

const work = mkdtempSync(join(tmpdir(), 'cocon-bench-'));
const { run, interleave, ratio, median, ms, mb } = measurer(root, work);

try {
  // 1. Start-up: one small file scored, and `list`, against bare node.
  const start = interleave({ node: ['-e', ''], score: [bin, 'score', example, '--format', 'json'], list: [bin, 'list'] }, startRuns);
  console.log(`start-up    bare node -e "": ${ms(median(start.node.elapsed))}; ${startRuns} runs, ratio = median (range) of per-run ratios`);
  console.log(`start-up    cocon score example --format json: ${ms(median(start.score.elapsed))}, ratio ${ratio(start.score, start.node)} (goal ≤ 1.6)`);
  console.log(`start-up    cocon list: ${ms(median(start.list.elapsed))}, ratio ${ratio(start.list, start.node)} (goal ≤ 1.6)`);

  // 2. Many respondents: distinct generated answers files, against reading and parsing them alone.
  const questionnaire = bundledQuestionnaire(root);
  for (const size of sizes) {
    const dir = join(work, `answers-${size}`);
    const files = writeAnswersFiles(dir, questionnaire, size).map((file) => relative(work, file));
    const runs = fileRuns ?? (size >= 10_000 ? 3 : 5);
    const results = interleave(
      {
        floor: [join(root, 'bench/floor.mjs'), dir],
        validate: [bin, 'validate', ...files],
        score: [bin, 'score', dir, '--format', 'md', '--out', join(work, 'report.md')],
      },
      runs,
      { usage: true },
    );
    const { floor, validate, score } = results;
    const label = `${size.toLocaleString('en')} files`.padEnd(11);
    const figures = (measure, timeGoal, memoryGoal) =>
      `${ms(median(measure.elapsed))}, ratio ${ratio(measure, floor)}${timeGoal}; processor time ratio ${ratio(measure, floor, 'cpu')}; peak memory ${mb(median(measure.rss))}, ratio ${ratio(measure, floor, 'rss')}${memoryGoal}`;
    console.log(`${label} read-and-parse floor: ${ms(median(floor.elapsed))} (processor ${ms(median(floor.cpu))}), peak memory ${mb(median(floor.rss))}; ${runs} runs, ratio = median (range) of per-run ratios`);
    console.log(`${label} cocon validate FILE…: ${figures(validate, ' (goal ≤ 1.3)', '')}`);
    console.log(`${label} cocon score DIR --format md: ${figures(score, ' (goal ≤ 1.5)', ' (goal ≤ 2)')}`);

    // 3. The JSON diagnostic over 1,000 respondents, and `report` reading it back.
    if (size === 1000) {
      const diagnostic = join(work, 'diagnostic.json');
      run([bin, 'score', dir, '--format', 'json', '--out', diagnostic]);
      const bytes = statSync(diagnostic).size;
      const reread = interleave({ node: ['-e', ''], report: [bin, 'report', diagnostic, '--format', 'md', '--out', join(work, 'reread.md')] }, 5, { expect: null });
      const status = run([bin, 'report', diagnostic, '--format', 'md', '--out', join(work, 'reread.md')], { expect: null });
      const outcome = status.status === 0
        ? `re-read in ${ms(median(reread.report.elapsed))}, ratio to bare node ${ratio(reread.report, reread.node)}`
        : `refused, exit ${status.status}: ${status.stderr.trim().split('\n')[0]}`;
      console.log(`${label} JSON diagnostic: ${(bytes / 1024 / 1024).toFixed(1)} MB; cocon report on it: ${outcome}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }

  // 4. In-process, on 1,000 distinct files: parse + validate + score each, against parsing alone.
  const { parseSource, loadQuestionnaire, loadAnswers, diagnose } = await import('../dist/lib/api.js');
  const { parse } = await import('yaml');
  const bundledFile = join(root, 'questionnaires/coconstruction-territoriale.yaml');
  const loaded = loadQuestionnaire(parseSource(bundledFile, readFileSync(bundledFile)).source);
  const dir = join(work, 'in-process');
  const texts = writeAnswersFiles(dir, questionnaire, 1000).map((file) => readFileSync(file));
  const round = (work) => {
    const start = performance.now();
    for (const bytes of texts) work(bytes);
    return performance.now() - start;
  };
  const parseOnly = [];
  const full = [];
  for (let i = 0; i < 12; i++) {
    parseOnly.push(round((bytes) => parse(bytes.toString('utf8'))));
    full.push(round((bytes) => diagnose(loaded, [loadAnswers(parseSource('bench.yaml', bytes).source, loaded)])));
  }
  // The first two rounds warm the JIT.
  const inProcess = { full: { elapsed: full.slice(2) }, parse: { elapsed: parseOnly.slice(2) } };
  console.log(`in-process  1,000 files parsed, validated and scored one by one: ${ms(median(inProcess.full.elapsed))}; plain YAML parse: ${ms(median(inProcess.parse.elapsed))}, ratio ${ratio(inProcess.full, inProcess.parse)}`);
  const sets = texts.map((bytes) => loadAnswers(parseSource('bench.yaml', bytes).source, loaded));
  const aggregated = [];
  for (let round = 0; round < 6; round++) {
    const start = performance.now();
    diagnose(loaded, sets);
    aggregated.push(performance.now() - start);
  }
  console.log(`in-process  one diagnostic over 1,000 respondents: ${ms(median(aggregated.slice(1)))}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// 5. Networks: score --each and benchmark (bench/network.mjs); BENCH_NETWORK=0 skips them.
if (process.env.BENCH_NETWORK !== '0') {
  const result = spawnSync(process.execPath, [join(root, 'bench/network.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
}

// 6. Interactive: launch to first prompt (bench/first-prompt.mjs, when present).
if (existsSync(join(root, 'bench/first-prompt.mjs'))) {
  const result = spawnSync(process.execPath, [join(root, 'bench/first-prompt.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
}
