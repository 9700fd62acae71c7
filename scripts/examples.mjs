// npm run examples: regenerate the committed example reports with the built CLI.
// test/examples.test.ts fails when a committed report differs from what cocon produces now.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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

export const FORMATS = [
  { suffix: '.fr.md', args: ['--format', 'md', '--lang', 'fr'] },
  { suffix: '.en.md', args: ['--format', 'md', '--lang', 'en'] },
  { suffix: '.json', args: ['--format', 'json'] },
];

/** The command line that scores one example in one format (`args`: the example's own options). */
export function scoreArgs(example, format) {
  return ['score', ...example.inputs, ...(example.args ?? []), ...format.args];
}

/** The report cocon produces now for one example and format. */
export function render(example, format) {
  const result = spawnSync(process.execPath, [`${ROOT}bin/cocon.js`, ...scoreArgs(example, format)], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cocon score ${example.inputs.join(' ')} exited ${result.status}: ${result.stderr}`);
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
}
