// npm run examples: regenerate the committed example reports with the built CLI.
// test/examples.test.ts fails when a committed report differs from what cocon produces now.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPORTS_DIR = 'examples/reports';

export const EXAMPLES = [
  { name: 'emergent-val-de-brume', inputs: ['examples/emergent-val-de-brume.yaml'] },
  { name: 'intermediaire-plaine-des-sources', inputs: ['examples/intermediaire-plaine-des-sources.yaml'] },
  { name: 'avance-cote-des-tilleuls', inputs: ['examples/avance-cote-des-tilleuls.yaml'] },
  { name: 'multi-respondents', inputs: ['examples/multi-respondents'] },
  { name: 'depart-haut-vallon', inputs: ['examples/depart-haut-vallon.yaml'] },
  { name: 'dialogue-sans-experimentation-rives-de-l-orme', inputs: ['examples/dialogue-sans-experimentation-rives-de-l-orme.yaml'] },
  // Five respondents cannot make groups of 3: this one is scored with groups of at least 2.
  { name: 'cinq-mondes-val-d-ambrelle', inputs: ['examples/cinq-mondes-val-d-ambrelle'], args: ['--min-group-size', '2'] },
  { name: 'douze-mondes-coteaux-de-vernelle', inputs: ['examples/douze-mondes-coteaux-de-vernelle'] },
];

/** Dated snapshots of one territory, compared (cocon compare); reports next to them. */
export const COMPARISONS = [
  // Both snapshots answer version 1.0.0 and are scored on it.
  {
    name: 'examples/suivi-val-de-brume/reports/evolution',
    inputs: ['examples/suivi-val-de-brume/2025-03-11.yaml', 'examples/suivi-val-de-brume/2026-03-14.yaml'],
    args: ['-q', 'coconstruction-territoriale@1.0.0', '--targets', 'examples/suivi-val-de-brume/cibles.yaml'],
  },
];

/**
 * The diagnostics and the report that the commands of the README and of `--help` name
 * (`cocon report diagnostic.json`…), made from the answers beside them in examples/commandes/:
 * test/documented-commands.test.ts runs those commands in a copy of that folder.
 */
export const PLACEHOLDERS = [
  { file: 'examples/commandes/diagnostic.json', args: ['score', 'examples/commandes/reponses.yaml', '--format', 'json'] },
  { file: 'examples/commandes/rapport.html', args: ['score', 'examples/commandes/reponses.yaml', '--format', 'html'] },
  { file: 'examples/commandes/diagnostic-2025.json', args: ['score', 'examples/suivi-val-de-brume/2025-03-11.yaml', '-q', 'coconstruction-territoriale@1.0.0', '--format', 'json'] },
  { file: 'examples/commandes/diagnostic-2026.json', args: ['score', 'examples/suivi-val-de-brume/2026-03-14.yaml', '-q', 'coconstruction-territoriale@1.0.0', '--format', 'json'] },
];

/** What cocon writes now for one placeholder. */
export function renderPlaceholder(placeholder) {
  const result = spawnSync(process.execPath, [`${ROOT}bin/cocon.js`, ...placeholder.args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cocon ${placeholder.args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

export const FORMATS = [
  { suffix: '.fr.md', args: ['--format', 'md', '--lang', 'fr'] },
  { suffix: '.en.md', args: ['--format', 'md', '--lang', 'en'] },
  { suffix: '.json', args: ['--format', 'json'] },
];

/** Comparisons are also committed as their HTML page (with the trend chart). */
export const COMPARISON_FORMATS = [...FORMATS, { suffix: '.fr.html', args: ['--format', 'html', '--lang', 'fr'] }];

/** The command line that scores one example in one format (`args`: the example's own options). */
export function scoreArgs(example, format) {
  return ['score', ...example.inputs, ...(example.args ?? []), ...format.args];
}

/** The report cocon produces now for one example and format. */
export function render(example, format, command = 'score') {
  const args = command === 'score' ? scoreArgs(example, format) : [command, ...example.inputs, ...(example.args ?? []), ...format.args];
  const result = spawnSync(process.execPath, [`${ROOT}bin/cocon.js`, ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cocon ${command} ${example.inputs.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(`${ROOT}${REPORTS_DIR}`, { recursive: true });
  for (const example of EXAMPLES) {
    for (const format of FORMATS) {
      const file = `${REPORTS_DIR}/${example.name}${format.suffix}`;
      writeFileSync(`${ROOT}${file}`, render(example, format));
      console.error(`wrote ${file}`);
    }
  }
  for (const placeholder of PLACEHOLDERS) {
    writeFileSync(`${ROOT}${placeholder.file}`, renderPlaceholder(placeholder));
    console.error(`wrote ${placeholder.file}`);
  }
  for (const comparison of COMPARISONS) {
    mkdirSync(dirname(`${ROOT}${comparison.name}`), { recursive: true });
    for (const format of COMPARISON_FORMATS) {
      const file = `${comparison.name}${format.suffix}`;
      writeFileSync(`${ROOT}${file}`, render(comparison, format, 'compare'));
      console.error(`wrote ${file}`);
    }
  }
}
