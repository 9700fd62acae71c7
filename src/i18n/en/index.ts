// The English catalogue, typed against the French one.
import type { fr } from '../fr/index.js';
import { html } from './html.js';
import { progress } from './progress.js';
import { network } from './network.js';
import { messages } from './messages.js';
import { report } from './report.js';
import { run } from './run.js';
import { template } from './template.js';
import { form } from './form.js';
import { spreadsheet } from './spreadsheet.js';
import { settings } from './settings.js';

export const en: typeof fr = { messages, report, run, template, form, spreadsheet, html, progress, network };

/** The language as the table of languages (../languages.ts) holds it: its settings and its words. */
export const language = { settings, catalogue: en };
