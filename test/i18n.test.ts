// The message system: every word a person reads comes from a catalogue, in every language, with
// plurals, numbers and French typography made in one place.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../src/i18n/languages.js';
import { NO, YES, words, type Catalogue } from '../src/i18n/catalogues.js';
import { phrasebook } from '../src/i18n/compose.js';
import { formatNumber, formatPercent, formatScore, intlNumber, pluralForm } from '../src/i18n/format.js';
import { LANGUAGES } from '../src/i18n/languages.js';
import { msg, say } from '../src/i18n/messages.js';
import { englishTypography, frenchTypography } from '../src/i18n/typography.js';
import { ROOT } from './helpers.js';
import { runMain } from './memory-io.js';

const N = '\u202F';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Source files outside the catalogues: code, which must not hold words. */
const code = sourceFiles(join(ROOT, 'src'))
  .map((file) => relative(ROOT, file).split('\\').join('/'))
  .filter((file) => !file.startsWith('src/i18n/') && !file.startsWith('src/generated/') && file !== 'src/types/schemas.ts');

/** Every string literal and template text of a file, with its line. */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      // Module specifiers are paths, not words.
      if (!(ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) || ts.isCallExpression(node.parent) && node.parent.expression.kind === ts.SyntaxKind.ImportKeyword)) {
        found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('words live in the catalogues only', () => {
  it('no code outside src/i18n branches on a language', () => {
    const branches = code.flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8').split('\n').flatMap((text, i) =>
        /[!=]==?\s*['"`](?:fr|en)['"`]|['"`](?:fr|en)['"`]\s*[!=]==?/.test(text) ? [`${file}:${i + 1}: ${text.trim()}`] : []));
    expect(branches).toEqual([]);
  });

  it('no French-looking literal outside src/i18n (accents, « », " : ")', () => {
    const french = /[À-ÖØ-öø-ÿœŒ«»]| :(?:\s|$)| ;\s/;
    const found = code.flatMap((file) => literals(file).filter((l) => french.test(l.text)).map((l) => `${file}:${l.line}: ${JSON.stringify(l.text)}`));
    expect(found).toEqual([]);
  });

  it('the guard above does see French in code', () => {
    // Proof the scan can fail: the French catalogue itself is full of what it looks for.
    expect(literals('src/i18n/fr/report.ts').some((l) => /«|é/.test(l.text))).toBe(true);
  });
});

describe('catalogues', () => {
  /** The shape of a catalogue: every key path, with the kind of entry (word, phrase, list). */
  const shape = (value: unknown, path = ''): string[] => {
    if (typeof value === 'string') return [`${path}:string`];
    if (typeof value === 'function') return [`${path}:function`];
    if (Array.isArray(value)) return [`${path}:list(${value.length})`];
    return Object.entries(value as object).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
  };

  it('every language has every key of the French catalogue, and no other', () => {
    const french = shape(words('fr'));
    expect(french.length).toBeGreaterThan(200);
    for (const lang of LANGS) expect(shape(words(lang)), lang).toEqual(french);
  });

  it('a catalogue missing a key does not compile', () => {
    const { welcome: _welcome, ...withoutWelcome } = words('en').run;
    // @ts-expect-error: "welcome" is missing, so this is not a catalogue's run domain
    const incomplete: Catalogue['run'] = withoutWelcome;
    expect(Object.keys(incomplete)).not.toContain('welcome');
  });

  it('every message renders in every language', () => {
    for (const lang of LANGS) {
      expect(say(msg('file.not-found', { file: 'a.yaml' }), lang)).toContain('a.yaml');
      expect(say(msg('cli.errors-found', { count: 3, files: 2 }), lang)).toBe(lang === 'fr' ? '3 erreurs dans 2 fichiers' : '3 errors in 2 files');
    }
  });

  it('yes and no are stored in the diagnostic in every language', () => {
    expect(YES).toEqual({ fr: 'Oui', en: 'Yes' });
    expect(NO).toEqual({ fr: 'Non', en: 'No' });
  });
});

describe('plurals through Intl.PluralRules', () => {
  it('French says 0 and 1 in the singular, English only 1', () => {
    const fr = { one: 'réponse', other: 'réponses' };
    const en = { one: 'answer', other: 'answers' };
    expect([0, 1, 2].map((n) => pluralForm(n, fr, 'fr'))).toEqual(['réponse', 'réponse', 'réponses']);
    expect([0, 1, 2].map((n) => pluralForm(n, en, 'en'))).toEqual(['answers', 'answer', 'answers']);
  });

  it('in catalogue sentences, with no "(s)" anywhere', () => {
    const line = (lang: 'fr' | 'en', count: number) => words(lang).run.resumeQuestion({ file: 'r.yaml', count, who: 'Alice' });
    expect([0, 1, 2].map((n) => line('fr', n).split(' à ce')[0])).toEqual(['r.yaml contient 0 réponse', 'r.yaml contient 1 réponse', 'r.yaml contient 2 réponses']);
    expect([0, 1, 2].map((n) => line('en', n).split(' to this')[0])).toEqual(['r.yaml holds 0 answers', 'r.yaml holds 1 answer', 'r.yaml holds 2 answers']);
    expect([0, 1, 2].map((n) => words('fr').report.respondentCount({ count: n }))).toEqual(['0 répondant', '1 répondant', '2 répondants']);
    expect([0, 1, 2].map((n) => words('en').report.respondentCount({ count: n }))).toEqual(['0 respondents', '1 respondent', '2 respondents']);
    const catalogueSource = sourceFiles(join(ROOT, 'src/i18n')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(catalogueSource).not.toMatch(/\p{L}\(s\)(?=[\s.,;:])/u);
  });
});

describe('numbers through Intl.NumberFormat', () => {
  it('scores: at most one decimal, the language’s decimal sign', () => {
    expect(formatScore(62.5, 'fr')).toBe('62,5');
    expect(formatScore(62.5, 'en')).toBe('62.5');
    expect(formatScore(100, 'fr')).toBe('100');
    expect(formatScore(33.34, 'en')).toBe('33.3');
  });

  it('small whole numbers, written without Intl where the language says it may be, read exactly as Intl writes them', () => {
    for (const lang of LANGS) {
      const { settings } = LANGUAGES[lang];
      if (!settings.latinDigits) continue;
      for (let n = 0; n < 1000; n++) {
        expect(formatNumber(n, lang), `${lang} ${n}`).toBe(settings.typography(intlNumber(n, lang, 'number')));
        expect(formatScore(n, lang), `${lang} ${n}`).toBe(settings.typography(intlNumber(n, lang, 'score')));
      }
      // Past the shortcut, Intl as before: grouping, decimals, signs.
      expect(formatNumber(-3, lang)).toBe(settings.typography(intlNumber(-3, lang, 'number')));
      expect(formatNumber(12345, lang)).toBe(settings.typography(intlNumber(12345, lang, 'number')));
    }
  });

  it('percentages: a narrow no-break space before % in French, none in English', () => {
    expect(formatPercent(80, 'fr')).toBe(`80${N}%`);
    expect(formatPercent(87.5, 'fr')).toBe(`87,5${N}%`);
    expect(formatPercent(80, 'en')).toBe('80%');
  });

  it('other numbers: grouped from five digits, never float noise', () => {
    expect(formatNumber(10000, 'fr')).toBe(`10${N}000`);
    expect(formatNumber(10000, 'en')).toBe('10,000');
    expect(formatNumber(2026, 'fr')).toBe('2026');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
  });

  it('gate messages format their numbers too', () => {
    expect(say(msg('gate.coverage', { coverage: 87.5, threshold: 95 }), 'fr')).toBe(`couverture 87,5${N}% < seuil --min-coverage 95${N}%`);
    expect(say(msg('gate.score', { score: 56.9, threshold: 60 }), 'fr')).toBe('score global 56,9 < seuil --fail-under 60');
    expect(say(msg('gate.score', { score: null, threshold: 60 }), 'en')).toBe('overall score — < --fail-under threshold 60');
  });
});

describe('typography', () => {
  it('French: a narrow no-break space before : ; ! ? % and inside « », one apostrophe', () => {
    expect(frenchTypography('Note : a ; b ! c ? 80 %')).toBe(`Note${N}: a${N}; b${N}! c${N}? 80${N}%`);
    expect(frenchTypography('« dialogue »')).toBe(`«${N}dialogue${N}»`);
    expect(frenchTypography('«dialogue»')).toBe(`«${N}dialogue${N}»`);
    expect(frenchTypography("l'option, d'un")).toBe('l’option, d’un');
  });

  it('French: adds no space where none was written, and is idempotent', () => {
    for (const text of ['14:30', 'q: { value: x }', 'https://example.org', '"?"', 'a!=b']) expect(frenchTypography(text)).toBe(text);
    const once = frenchTypography("Réponse : « l'option » ; 80 % !");
    expect(frenchTypography(once)).toBe(once);
  });

  it('English: only the apostrophe', () => {
    expect(englishTypography("don't : « x »")).toBe('don’t : « x »');
  });

  it('applies to catalogue text only, never to the values put into it', () => {
    const { t } = phrasebook(LANGUAGES.fr.settings);
    const fromFile = "Qui anime ? l'équipe : « x »";
    expect(t`Question : ${fromFile} ; fin`).toBe(`Question${N}: ${fromFile}${N}; fin`);
  });
});

describe('commander speaks the user’s language', () => {
  it('help headings in French, through commander’s help configuration', async () => {
    const fr = await runMain(['score', '--help']);
    expect(fr.stdout).toMatch(new RegExp(`^Utilisation${N}: cocon score`));
    for (const heading of [`Arguments${N}:`, `Options${N}:`]) expect(fr.stdout).toContain(`\n${heading}\n`);
    expect(fr.stdout).not.toMatch(/^(Usage|Options|Arguments|Commands):/m);
    const top = await runMain(['--help']);
    expect(top.stdout).toContain(`\nCommandes${N}:\n`);
  });

  it('and in English', async () => {
    const en = await runMain(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: cocon/);
    expect(en.stdout).toContain('\nCommands:\n');
  });
});
