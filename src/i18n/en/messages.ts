// Every sentence cocon says about files and the command line, in English, typed against the
// French table so that a message cannot exist in one language only.
import { LANGS, type Lang } from '../../core/text.js';
import { phrasebook } from '../compose.js';
import type { messages as french } from '../fr/messages.js';

type Messages = typeof french;

const { t, plural, score, percent } = phrasebook('en');
const qe = (s: string | number | boolean) => `"${String(s)}"`;
const list = (items: readonly (string | number | boolean)[], quote: (s: string | number | boolean) => string) =>
  items.map(quote).join(', ');

const typeWords: Record<string, string> = { string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', object: 'a mapping (key: value)', array: 'a list', null: 'an empty value' };
const kinds: Record<string, string> = { level: 'level', dimension: 'dimension', question: 'question', option: 'option', impact: 'impact', questionnaire: 'questionnaire', answers: 'answers', diagnostic: 'diagnostic', targets: 'targets', advice: 'advice', pattern: 'pattern' };
const languageNames: Record<Lang, string> = { fr: 'French', en: 'English' };

export const messages: Messages = {
  'file.not-found': (p) => t`file not found: ${p.file}`,
  'file.unreadable': (p) => t`cannot read the file (${p.reason})`,
  'file.is-directory': () => t`this is a folder, not a file`,
  'file.too-large': (p) => t`file too large (${p.size} bytes; at most ${p.limit})`,
  'file.binary': () => t`the file holds binary data, not YAML or JSON text`,
  'file.not-utf8': () => t`the file is not UTF-8 encoded`,
  'file.too-deep': (p) => t`nesting too deep (more than ${p.limit} levels)`,
  'file.too-many-aliases': () => t`too many YAML aliases (*anchor): file refused`,
  'file.empty': () => t`the file is empty`,
  'file.forbidden-key': (p) => t`forbidden key ${qe(p.key)}`,
  'file.empty-key': () => t`empty key: a key must be a text, such as an identifier`,
  'file.collection-key': () => t`a key must be a text, not a list or a mapping`,
  'yaml.syntax': (p) => t`invalid YAML syntax: ${p.detail}`,
  'yaml.duplicate-key': (p) => t`duplicate key ${qe(p.key)}`,
  'yaml.multiple-documents': () => t`the file holds several YAML documents; one is expected`,
  'json.syntax': (p) => t`invalid JSON: ${p.detail}`,
  'file.unknown-kind': () =>
    t`unknown kind of file: neither a questionnaire (keys "levels", "dimensions", "questions"), nor answers (keys "questionnaire", "respondent", "answers"), nor a diagnostic`,

  'schema.required': (p) => t`missing required field ${qe(p.property)}`,
  'schema.unknown-field': (p) =>
    t`unknown field ${qe(p.property)}` + (p.allowed.length ? t` (possible fields: ${p.allowed.join(', ')})` : ''),
  'schema.not-allowed': (p) => t`field ${qe(p.property)} is not allowed here`,
  'schema.type': (p) =>
    t`expected ${p.expected.map((t) => typeWords[t] ?? t).join(' or ')}; found ${typeWords[p.found] ?? p.found}`,
  'schema.enum': (p) => t`invalid value ${qe(p.found)}; possible values: ${list(p.allowed, qe)}`,
  'schema.const': (p) => t`expected ${qe(p.expected)}; found ${qe(p.found)}`,
  'schema.identifier': (p) =>
    t`invalid identifier ${qe(p.found)}: lower-case letters, digits, "-", "_" or ".", at most 64 characters`,
  'schema.version': (p) => t`invalid version ${qe(p.found)}: expected a semantic version such as 1.0.0`,
  'schema.date': (p) => t`invalid date ${qe(p.found)}: expected YYYY-MM-DD, for example 2026-03-14`,
  'schema.pattern': (p) => t`invalid format: ${qe(p.found)}`,
  'schema.minimum': (p) => t`expected a number ${p.exclusive ? '>' : '≥'} ${p.limit}; found ${p.found}`,
  'schema.maximum': (p) => t`expected a number ${p.exclusive ? '<' : '≤'} ${p.limit}; found ${p.found}`,
  'schema.min-items': (p) => t`expected at least ${p.limit} ${plural(p.limit, { one: 'item', other: 'items' })}; found ${p.found}`,
  'schema.min-length': () => t`the text must not be empty`,
  'schema.max-length': (p) => t`text too long (at most ${p.limit} characters)`,
  'schema.unique-items': (p) => t`duplicate item: ${qe(p.value)}`,
  'schema.min-properties': () => t`must not be empty`,
  'schema.condition-shape': () =>
    t`invalid condition: expected { question, in | notIn | minScore | maxScore } or { all: [...] } or { any: [...] }`,
  'schema.other': (p) => t`invalid value (${p.detail})`,

  'rule.duplicate-id': (p) => t`duplicate id: ${kinds[p.kind] ?? p.kind} ${qe(p.id)}`,
  'rule.unknown-dimension': (p) => t`unknown dimension ${qe(p.id)}; defined dimensions: ${list(p.allowed, qe)}`,
  'rule.unknown-level': (p) => t`unknown level ${qe(p.id)}; defined levels: ${list(p.allowed, qe)}`,
  'rule.unknown-impact': (p) => t`unknown impact ${qe(p.id)}; defined impacts: ${list(p.allowed, qe)}`,
  'rule.unknown-question': (p) =>
    t`unknown question ${qe(p.id)}` + (p.suggestion ? t`; did you mean ${qe(p.suggestion)}?` : ''),
  'rule.levels-order': (p) =>
    t`levels must be ordered by increasing minimum: ${qe(p.id)} has minimum ${p.min}, not above the previous level (${p.previous})`,
  'rule.first-level-zero': (p) =>
    t`the first level must have minimum 0 (found ${p.min}): otherwise a low score would have no level`,
  'rule.condition-later': (p) => t`the condition looks at ${qe(p.id)}, which is not an earlier question`,
  'rule.condition-value': (p) =>
    t`${qe(p.value)} is not a possible answer to ${qe(p.question)}; possible answers: ${p.allowed.join(', ')}`,
  'rule.condition-text': (p) => t`a condition cannot look at ${qe(p.question)}, a free-text question`,
  'rule.requirement-first-level': (p) => t`a requirement on the first level ${qe(p.level)} would make it unreachable`,
  'rule.requirement-text': (p) => t`a requirement cannot look at ${qe(p.question)}, an unscored free-text question`,
  'rule.requirement-unreachable': (p) =>
    t`unreachable requirement: no answer to ${qe(p.question)} reaches score ${p.minScore}`,
  'rule.best-score-zero': () => t`at least one option must score more than 0`,
  'rule.reserved-option': (p) => t`${qe(p.id)} is reserved for "don't know" / "not applicable" answers`,
  'rule.max-score-too-high': (p) =>
    t`maxScore (${p.maxScore}) exceeds the sum of the options' scores (${p.sum}): a full score would be unreachable`,
  'rule.scale-order': (p) => t`invalid scale: min (${p.min}) must be less than max (${p.max})`,
  'rule.missing-language': (p) =>
    t`text has no ${languageNames[p.lang as Lang] ?? p.lang} version although the questionnaire declares that language`,
  'rule.undeclared-language': (p) =>
    t`text in ${languageNames[p.lang as Lang] ?? p.lang}, a language the questionnaire does not declare (languages)`,
  'rule.condition-dimension-in-when': () => t`a question can only depend on answers to earlier questions, not on a dimension (that is for advice and patterns)`,
  'rule.advice-cycle': (p) => t`advice items wait on each other in a loop: ${p.ids.join(' → ')}`,
  'rule.dimension-without-questions': (p) => t`dimension ${qe(p.id)} has no scored question`,

  'rule.option-score-missing': (p) => t`option ${qe(p.id)} has no score; only general questions (without a dimension) go without`,
  'rule.carried-and-new': (p) => t`${qe(p.id)} is declared new although a carry rule feeds it`,
  'rule.previous-incomplete': (p) => t`these questions are fed by no carry rule and not declared new: ${p.ids.join(', ')}`,

  'answers.questionnaire-mismatch': (p) => t`these answers are for questionnaire ${qe(p.found)}, not ${qe(p.expected)}`,
  'answers.version-mismatch': (p) =>
    t`these answers are for version ${p.found} of ${qe(p.id)}; the loaded version is ${p.expected}`,
  'answers.not-an-option': (p) => t`${qe(p.value)} is not an option of this question; possible options: ${p.allowed.join(', ')}`,
  'answers.expected-list': (p) => t`expected a list of options, for example [${p.allowed.slice(0, 2).join(', ')}]`,
  'answers.expected-option': (p) => t`expected one option among: ${p.allowed.join(', ')}`,
  'answers.expected-scale': (p) => t`expected an integer from ${p.min} to ${p.max}`,
  'answers.expected-yesno': () => t`expected true or false (or "yes" / "no")`,
  'answers.expected-text': () => t`expected a text`,
  'answers.not-applicable-refused': () => t`"non-concerne" (not applicable) is not allowed for this question`,

  'multi.mixed-questionnaires': (p) =>
    t`the answers files mix questionnaires: ${p.first} and ${p.other} (${p.file}); a diagnostic covers one questionnaire and one version`,
  'upgrade.no-path': (p) =>
    t`these answers are for version ${p.found} of ${qe(p.id)}; the loaded version is ${p.expected} and cocon cannot carry them there (no "previous" rules from ${p.found} to ${p.expected})`,
  'upgrade.old-id': (p) => t`${qe(p.id)} is not a question of version ${p.version}; fix the carry rule`,
  'upgrade.scored-on': (p) =>
    t`${p.file}: answers to version ${p.from}, carried to version ${p.to}` +
    (p.questions.length ? t`; to answer now (${p.questions.length}): ${p.questions.join(', ')}` : t`; nothing new to answer`),
  'upgrade.not-carried': (p) => t`${p.file}: answers not carried (question removed, answer without equivalent or now moot): ${p.questions.join(', ')}`,
  'upgrade.up-to-date': (p) => t`${p.file} already answers version ${p.version}: nothing to carry`,
  'migrate.out-or-in-place': () => t`--out and --in-place exclude each other: choose one`,
  'upgrade.resume-with': (p) => t`to answer the new questions: ${p.command}`,
  'multi.no-answers-files': (p) => t`no answers file (.yaml, .yml, .json) in ${p.dir}`,
  'questionnaire.not-found': (p) =>
    t`questionnaire ${qe(p.ref)} not found: neither a file nor a bundled questionnaire (${p.available.join(', ')}); name it with --questionnaire PATH`,

  'cli.usage': (p) => t`usage: ${p.detail}`,
  'cli.bad-format': (p) => t`unknown format ${qe(p.value)}; possible formats: ${p.allowed.join(', ')}`,
  'cli.bad-lang': (p) => t`unknown language ${qe(p.value)}; possible languages: ${LANGS.join(', ')}`,
  'cli.bad-number': (p) => t`${p.option} expects a number from 0 to 100; got ${qe(p.value)}`,
  'cli.bad-min-level': (p) => t`--min-level expects DIMENSION=LEVEL (or overall=LEVEL); got ${qe(p.value)}`,
  'cli.min-level-unknown-dimension': (p) =>
    t`--min-level: unknown dimension ${qe(p.id)}; possible: overall, ${p.allowed.join(', ')}`,
  'cli.min-level-unknown-level': (p) => t`--min-level: unknown level ${qe(p.id)}; possible: ${p.allowed.join(', ')}`,
  'cli.bad-extension': (p) => t`cocon does not write ${qe(p.extension)} files (${p.file}); possible extensions: ${p.allowed.join(', ')}, or give --format`,
  'diagnostic.newer-version': (p) => t`diagnostic of version ${p.found}, written by a newer cocon; this cocon reads up to version ${p.supported}: update cocon`,
  'cli.bad-gate-on': (p) => t`--gate-on expects pessimistic, point or optimistic; got ${qe(p.value)}`,
  'diagnostic.no-embedded': () =>
    t`this HTML page holds no cocon diagnostic (no "cocon-diagnostic" data block); give an HTML report written by cocon or a JSON diagnostic`,
  'pdf.needs-out': () => t`a PDF is not written to the terminal: name the file with --out report.pdf`,
  'pdf.no-browser': (p) =>
    t`no Chromium or Chrome found to print the PDF (looked for: ${p.tried}). Install one (${p.system}: ${p.command}) or name it with CHROME_PATH=/path/to/chrome; or write the report as HTML (--format html) and print it to PDF from your browser (File › Print › Save as PDF)`,
  'pdf.no-driver': () =>
    t`printing to PDF needs the npm package playwright-core, an optional dependency of cocon left out of this install (npm --omit=optional): install it beside cocon (npm install playwright-core, or npm install --global playwright-core for a global cocon), or write the report as HTML (--format html) and print it from your browser`,
  'pdf.failed': (p) => t`printing to PDF with ${p.browser} failed (${p.reason}); write the report as HTML (--format html) and print it from your browser`,
  'cli.write-failed': (p) => t`cannot write ${p.file} (${p.reason})`,
  'cli.file-exists': (p) => t`${p.file} already exists; choose another name or use --force`,
  'cli.wrote': (p) => t`wrote ${p.file}`,
  'benchmark.no-diagnostic': (p) => t`no JSON diagnostic in ${p.dir}`,
  'benchmark.not-diagnostic': () => t`this file is not a diagnostic: benchmark reads the JSON diagnostics cocon score writes (those of score --each, say)`,
  'benchmark.other-questionnaire': (p) => t`a diagnostic of questionnaire ${p.found}, the ones before of ${p.expected}: territories are compared on one questionnaire`,
  'benchmark.unknown-attribute': (p) => t`unknown attribute "${p.value}"; attributes declared: ${p.allowed.length > 0 ? p.allowed.join(', ') : '(none)'}`,
  'benchmark.unknown-territory': (p) => t`no diagnostic of territory "${p.name}" among those read`,
  'benchmark.bad-min-group': (p) => t`--min-group needs a whole number of at least 2; got "${p.value}"`,
  'benchmark.replaced': (p) => t`${p.count} ${plural(p.count, { one: 'territory read more than once: only its latest diagnostic counts', other: 'territories read more than once: only the latest diagnostic of each counts' })}`,
  'benchmark.attributes-column': (p) => t`${p.file} needs a "territory" column (the territory's name, as in its diagnostics), then one column per attribute`,
  'help.benchmark': () => t`place territories among their peers: percentiles per dimension, per group of a declared attribute, never naming another territory`,
  'help.opt.territory': () => t`the territory to place (its name, as in its diagnostic)`,
  'help.opt.by': () => t`group by this attribute: a context question (contexte-population…) or a column of --attributes`,
  'help.opt.attributes': () => t`CSV file of attributes: a territory column, then one column per attribute`,
  'help.opt.mine': () => t`a diagnostic of the territory to place among the others (instead of --territory)`,
  'benchmark.mine-and-territory': () => t`--mine and --territory both name the territory to place: give one`,
  'benchmark.mine-stands': (p) => t`the diagnostic of --mine stands for "${p.territory}" instead of the one read among the others`,
  'help.opt.min-group': () => t`no figure for a group of fewer than K territories (5 by default, at least 2)`,
  'each.out-dir-alone': () => t`--out-dir goes with --each (one diagnostic per territory); for one report, use --out FILE`,
  'each.needs-out-dir': () => t`--each writes one diagnostic per territory: say in which folder with --out-dir DIR`,
  'each.not-with': (p) => t`--each does not go with ${p.option} (each territory has its own file in --out-dir)`,
  'each.out-dir-is-input': (p) => t`--out-dir ${p.dir} is inside the territories' folder: its diagnostics would be read back as territories or answers; choose a folder of its own`,
  'each.no-territory': (p) => t`no territory in ${p.dir}: neither a subfolder of answers files nor an answers file (.yaml, .yml, .json)`,
  'each.needs-one-folder': () => t`--each takes one folder, each subfolder (or answers file) of which is a territory`,
  'each.invalid': (p) => t`${p.source}: territory not scored (see the errors above)`,
  'each.gate': (p) => t`${p.source}: ${p.detail}`,
  'each.other-questionnaire': (p) => t`${p.source} answers questionnaire ${p.found}, the territories before it ${p.expected}: a network summary compares one questionnaire`,
  'each.done': (p) => t`${p.scored} ${plural(p.scored, { one: 'territory', other: 'territories' })} scored${p.invalid > 0 ? t`, ${p.invalid} with errors` : ''}; summary: ${p.dir}/summary.csv and ${p.dir}/summary.jsonl`,
  'help.opt.each': () => t`each subfolder (or answers file) of DIR is a territory: one diagnostic each in --out-dir, and a summary.csv / summary.jsonl`,
  'help.opt.out-dir': () => t`with --each: the folder for the diagnostics and the summary`,
  'help.opt.jobs': () => t`with --each: how many territories to score at the same time (by default, from 200 territories on, one per processor, four at most; 1: one at a time)`,
  'each.jobs-alone': () => t`--jobs goes with --each (several territories scored at the same time)`,
  'each.bad-jobs': (p) => t`--jobs takes a whole number from 1 to 64, not "${p.value}"`,
  'cli.out-is-input': (p) => t`--out ${p.out} names a file this command reads (${p.input}): the report would replace it; choose another file`,
  'write.is-directory': (p) => t`${p.file} is a folder; give a file name`,
  'write.no-folder': (p) => t`cannot write ${p.file}: the folder ${p.folder} does not exist`,
  'write.folder-read-only': (p) => t`cannot write ${p.file}: the folder ${p.folder} is read-only for you`,
  'write.file-read-only': (p) => t`cannot write ${p.file}: the file is read-only`,
  'cli.valid': (p) => t`${p.file}: valid ${kinds[p.kind] ?? p.kind}`,
  'cli.errors-found': (p) => t`${p.count} ${plural(p.count, { one: 'error', other: 'errors' })} in ${p.files} ${plural(p.files, { one: 'file', other: 'files' })}`,
  'cli.invalid-diagnostic': (p) => t`the diagnostic produced does not match its schema (${p.detail}); it was not written`,
  'report.answers-file': (p) => t`this is an answers file, not a JSON diagnostic: to score it, run ${p.command}`,
  'report.questionnaire-file': () =>
    t`this is a questionnaire, not a JSON diagnostic: cocon report reads back a diagnostic written by cocon score --format json`,
  'cli.unexpected': (p) => t`unexpected error: ${p.detail}. This is a bug in cocon: please report it with the command you ran.`,

  'gate.score': (p) => t`overall score ${score(p.score)} < --fail-under threshold ${p.threshold}`,
  'gate.coverage': (p) => t`coverage ${percent(p.coverage)} < --min-coverage threshold ${percent(p.threshold)}`,
  'gate.insufficient': (p) => t`${p.scope}: insufficient data (coverage ${percent(p.coverage)} < minimum ${percent(p.minimum)}), ${p.option} cannot be checked`,
  'gate.estimate': (p) => t`(${p.estimate} estimate)`,
  'gate.level': (p) => t`${p.scope}: level ${p.level}, below the required level ${p.required}`,

  'gate.regression': (p) => t`${p.scope}: down ${p.points} points beyond the uncertainty (--fail-on-regression threshold ${p.threshold})`,
  'help.compare': () => t`Compare diagnostics (or answers) of one territory at different dates`,
  'help.opt.fail-on-regression': () => t`exit code 1 if a dimension drops more than N points beyond the uncertainty`,
  'compare.other-questionnaire': (p) => t`${p.file} is about questionnaire ${qe(p.id)}, not ${qe(p.expected)}: nothing in it would be comparable`,
  'cli.bad-target': (p) => t`--target expects DIMENSION=LEVEL or DIMENSION=SCORE (0 to 100), or overall=…; got ${qe(p.value)}`,
  'target.unknown-dimension': (p) => t`target on an unknown dimension ${qe(p.id)}; possible: overall, ${p.allowed.join(', ')}`,
  'target.unknown-level': (p) => t`target on an unknown level ${qe(p.id)}; possible: ${p.allowed.join(', ')}`,
  'help.opt.targets': () => t`YAML file of the territory's targets (schemas/targets.schema.json)`,
  'help.opt.target': () => t`target DIMENSION=LEVEL or DIMENSION=SCORE (or overall=…): share reached and roadmap; repeatable`,
  'compare.needs-two': (p) => t`compare needs at least two diagnostics or answers (OLD NEW, or --history DIR); got ${p.count}`,
  'help.opt.compare-history': () => t`history folder (one JSON diagnostic per date, written by score --history): its diagnostics first, oldest first`,
  'help.opt.score-history': () => t`also file the JSON diagnostic in this folder, as DATE.json (one date, one file)`,
  'help.program': () => t`Self-assessment of a territory's co-construction maturity (Le RAMEAU's referential).`,
  'help.score': () => t`Score one or more answers files (or a folder) and produce the diagnostic`,
  'help.report': () => t`Render a saved diagnostic (JSON, or a cocon HTML report) again, in another format`,
  'help.validate': () => t`Check questionnaires and answers files`,
  'help.init': () => t`Write an answers template to fill by hand`,
  'help.list': () => t`List the bundled questionnaires`,
  'help.run': () => t`Answer the questionnaire interactively in the terminal`,
  'help.form': () => t`Write the questionnaire as one self-contained HTML file, to fill in a browser with nothing to install`,
  'help.export': () => t`Write the answers (a row per respondent) and their scores for a spreadsheet (CSV or XLSX)`,
  'help.opt.form-out': () => t`write the page to this file (else to standard output)`,
  'help.opt.export-format': () => t`table format: csv (default) or xlsx`,
  'help.opt.export-out': () => t`write the table to this file (required for xlsx)`,
  'help.opt.separator': () => t`CSV column separator (default ";", as French spreadsheets expect)`,
  'help.opt.export-attribute': () => t`name the respondents (role, name, file); without it only their actor type appears`,
  'help.migrate': () => t`Carry an answers file to the current version of its questionnaire`,
  'help.opt.migrate-out': () => t`file to write (default: NAME-VERSION.yaml next to the original)`,
  'help.opt.in-place': () => t`replace the original file (atomic write)`,
  'help.opt.questionnaire': () => t`questionnaire: a file path or the id of a bundled questionnaire`,
  'help.opt.format': (p) => t`report format (${p.formats})`,
  'help.opt.out': () => t`write the report to this file (atomic write)`,
  'help.opt.validate-format': () => t`error format: text (file:line:col: message, default) or github (GitHub Actions annotations)`,
  'help.opt.fail-under': () => t`exit code 1 if the overall score is below N`,
  'help.opt.min-level': () => t`exit code 1 if the dimension (or overall) does not reach this level; repeatable`,
  'help.opt.min-coverage': () => t`exit code 1 if the overall coverage is below PCT %`,
  'help.opt.min-group-size': () => t`privacy floor: no figure for a group of fewer than K respondents (default 3, at least 2)`,
  'help.opt.attribute': () => t`name respondents (name and role) in the report; by default only their actor type`,
  'cli.bad-group-size': (p) => t`--min-group-size expects a whole number of at least 2; got ${qe(p.value)}`,
  'help.opt.gate-on': () => t`check thresholds on the point estimate (point, default), the pessimistic one (every unknown answer at its worst) or the optimistic one (at its best)`,
  'help.opt.lang': () => t`language of messages and report (${LANGS.join(', ')}; default: LANG, else fr)`,
  'help.opt.force': () => t`replace the file if it exists`,
  'help.opt.answers': () => t`file where answers are saved after every answer`,
  'help.opt.resume': () => t`resume the existing answers file without asking`,
  'help.title.usage': () => t`Usage:`,
  'help.title.arguments': () => t`Arguments:`,
  'help.title.options': () => t`Options:`,
  'help.title.commands': () => t`Commands:`,
  'help.opt.version': () => t`print the version`,
  'help.opt.help': () => t`show help`,
  'usage.unknown-option': (p) => t`unknown option ${qe(p.token)} (see cocon --help)`,
  'usage.unknown-command': (p) => t`unknown command ${qe(p.token)}; commands: ${p.commands.join(', ')}`,
  'form.assets-missing': (p) => t`the form's page is missing (${p.file}): cocon is incomplete, install it again (or run npm run build)`,
  'export.bad-format': (p) => t`unknown format ${qe(p.value)}; possible formats: csv, xlsx`,
  'export.bad-separator': (p) => t`--separator expects a single character (for instance ";", "," or "\\t"); got ${qe(p.value)}`,
  'export.xlsx-needs-out': () => t`an XLSX workbook cannot be written to the terminal: give --out FILE.xlsx`,
  'usage.missing-argument': (p) => t`missing argument: ${p.token}`,
  'usage.option-missing-argument': (p) => t`option ${p.token} needs a value`,
  'usage.excess-arguments': () => t`too many arguments (see cocon --help)`,
  'usage.other': (p) => p.detail,
  'list.questions': (p) => t`${p.count} ${plural(p.count, { one: 'question', other: 'questions' })}`,
};
