// npm run bench: speed as ratios against baselines measured in the same run, so a slow or busy
// machine shifts both sides alike. Figures go in the README.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = `${root}bin/cocon.js`;
const runs = Number(process.env.BENCH_RUNS ?? 21);

const bundled = `${root}questionnaires/coconstruction-territoriale.yaml`;
const example = `${root}examples/intermediaire-plaine-des-sources.yaml`;
const [questionnaireFile, answersFile] = existsSync(bundled) && existsSync(example)
  ? [bundled, example]
  : [`${root}test/fixtures/mini.yaml`, `${root}test/fixtures/answers/alice.yaml`];
// As a user would run it: the answers file names its (bundled) questionnaire.
const scoreArgs = questionnaireFile === bundled ? [bin, 'score', answersFile, '--format', 'json'] : [bin, 'score', answersFile, '--questionnaire', questionnaireFile, '--format', 'json'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const time = (args) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return elapsed;
};

// 1. Cold start: interleaved so both sides see the same machine load.
const baseline = [];
const cocon = [];
time(scoreArgs);
for (let i = 0; i < runs; i++) {
  baseline.push(time(['-e', '']));
  cocon.push(time(scoreArgs));
}
const coldRatio = median(cocon) / median(baseline);
console.log(`cold start  cocon score --format json: ${median(cocon).toFixed(1)} ms, bare node: ${median(baseline).toFixed(1)} ms, ratio ${coldRatio.toFixed(2)} (goal ≤ 1.6; median of ${runs})`);

// 2. In-process: parse, validate and score 1,000 answers files, against parsing them alone.
const { parseSource, loadQuestionnaire, loadAnswers, diagnose } = await import('../dist/lib/api.js');
const { parse } = await import('yaml');
const questionnaireSource = parseSource(questionnaireFile, readFileSync(questionnaireFile));
const questionnaire = loadQuestionnaire(questionnaireSource.source);
const answersText = readFileSync(answersFile);
const files = Array.from({ length: 1000 }, (_, i) => Buffer.concat([answersText, Buffer.from(`\n# copy ${i}\n`)]));
const measure = (work) => {
  const samples = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    for (const bytes of files) work(bytes);
    samples.push(performance.now() - start);
  }
  return median(samples);
};
const parseOnly = measure((bytes) => parse(bytes.toString('utf8')));
const full = measure((bytes) => {
  const result = parseSource('bench.yaml', bytes);
  diagnose(questionnaire, [loadAnswers(result.source, questionnaire)]);
});
console.log(`in-process  1,000 answers files scored one by one: ${full.toFixed(0)} ms (${(full / 1000).toFixed(2)} ms each); plain YAML parse of the same files: ${parseOnly.toFixed(0)} ms, ratio ${(full / parseOnly).toFixed(2)}`);
const sets = files.map((bytes) => loadAnswers(parseSource('bench.yaml', bytes).source, questionnaire));
const aggregatedSamples = [];
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  diagnose(questionnaire, sets);
  aggregatedSamples.push(performance.now() - start);
}
const aggregated = median(aggregatedSamples);
console.log(`in-process  one diagnostic over 1,000 respondents: ${aggregated.toFixed(0)} ms`);

// 3. Interactive: launch to first prompt (bench/first-prompt.mjs, when present).
if (existsSync(`${root}bench/first-prompt.mjs`)) {
  const result = spawnSync(process.execPath, [`${root}bench/first-prompt.mjs`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  process.stdout.write(result.stdout);
}
