// Every command of cocon, in the order `cocon --help` lists them: its spec (arguments, options,
// help) and its handler, loaded only when the command runs. Adding a command is a folder
// (`<name>/spec.ts`, `<name>/handler.ts`) and one line here; main.ts builds the command line from
// this table, and the help, the README test and the CLI scenarios read it too.
import { command, type Command } from '../command-spec.js';
import { spec as benchmark } from './benchmark/spec.js';
import { spec as compare } from './compare/spec.js';
import { spec as exportSpec } from './export/spec.js';
import { spec as form } from './form/spec.js';
import { spec as init } from './init/spec.js';
import { spec as list } from './list/spec.js';
import { spec as migrate } from './migrate/spec.js';
import { spec as report } from './report/spec.js';
import { spec as run } from './run/spec.js';
import { spec as score } from './score/spec.js';
import { spec as validate } from './validate/spec.js';

export const COMMANDS = {
  score: command(score, () => import('./score/handler.js')),
  report: command(report, () => import('./report/handler.js')),
  compare: command(compare, () => import('./compare/handler.js')),
  benchmark: command(benchmark, () => import('./benchmark/handler.js')),
  validate: command(validate, () => import('./validate/handler.js')),
  init: command(init, () => import('./init/handler.js')),
  list: command(list, () => import('./list/handler.js')),
  run: command(run, () => import('./run/handler.js')),
  form: command(form, () => import('./form/handler.js')),
  export: command(exportSpec, () => import('./export/handler.js')),
  migrate: command(migrate, () => import('./migrate/handler.js')),
} satisfies Record<string, Command>;

export type CommandName = keyof typeof COMMANDS;
export const COMMAND_NAMES = Object.keys(COMMANDS) as CommandName[];
