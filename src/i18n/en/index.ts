import type { Catalogue } from '../catalogues.js';
import { messages } from './messages.js';
import { report } from './report.js';
import { run } from './run.js';
import { template } from './template.js';

export const en: Catalogue = { messages, report, run, template };
