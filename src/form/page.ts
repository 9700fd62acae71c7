// The one HTML file `cocon form` writes: the questionnaire as data, the page's script and style
// inline, and a Content-Security-Policy that lets nothing else in or out (no network at all; only
// the script and the style whose hashes it names may run).
import { createHash } from 'node:crypto';
import type { Questionnaire } from '../core/model.js';
import { localize } from '../core/text.js';
import { words } from '../i18n/catalogues.js';
import { DATA_ELEMENT_ID, ROOT_ELEMENT_ID, type PageData } from './page-ids.js';

export type { PageData } from './page-ids.js';


export interface PageParts {
  script: string;
  style: string;
}


export function formPage(data: PageData, parts: PageParts): string {
  const script = safeInlineScript(parts.script);
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(parts.style)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = localize(data.questionnaire.title, data.lang);
  return [
    '<!doctype html>',
    `<html lang="${data.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${parts.style}</style>`,
    '</head>',
    '<body>',
    `<div id="${ROOT_ELEMENT_ID}"><noscript><p>${escapeHtml(words(data.lang).form.noscript)}</p></noscript></div>`,
    `<script type="application/json" id="${DATA_ELEMENT_ID}">${jsonForHtml({ ...data, questionnaire: formQuestionnaire(data.questionnaire) })}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * What the form needs of a questionnaire: its questions, dimensions and texts. Scoring matter
 * (levels, advice, requirements, patterns) stays out, and so does where the file was on the
 * facilitator's machine.
 */
export function formQuestionnaire(q: Questionnaire): Questionnaire {
  return {
    id: q.id,
    version: q.version,
    languages: q.languages,
    title: q.title,
    ...(q.description ? { description: q.description } : {}),
    impacts: [],
    levels: [],
    dimensions: q.dimensions.map((d) => ({ id: d.id, label: d.label, ...(d.description ? { description: d.description } : {}), weight: d.weight, levels: {}, advice: [] })),
    questions: q.questions.map(({ advice: _advice, whoKnows: _whoKnows, ...question }) => ({ ...question, whoKnows: [] })),
    requirements: [],
    patterns: [],
    foundations: [],
    minCoverage: q.minCoverage,
    origin: q.id,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot end its script element or open a comment: every <, > and & as a \u escape. */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The bundle inline: refused if it could close its element early (the build is checked for it). */
function safeInlineScript(script: string): string {
  if (/<\/script|<!--/i.test(script)) throw new Error('the form script holds "</script" or "<!--" and cannot be inlined');
  return script;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
