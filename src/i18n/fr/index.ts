// The French catalogue: the reference every other language is typed against.
import { messages } from './messages.js';
import { report } from './report.js';
import { run } from './run.js';
import { template } from './template.js';

export const fr = { messages, report, run, template };
