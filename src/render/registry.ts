// Every report format, in one typed table that also feeds the CLI's --format choices.
// Renderers are loaded on demand: the JSON path never pays for chalk or cli-table3.
import type { Diagnostic } from '../score/diagnose.js';
import type { Lang } from '../core/text.js';

export interface RenderOptions {
  lang: Lang;
  /** ANSI colours; only ever true when writing to a terminal without NO_COLOR. */
  color: boolean;
  /** Terminal width in columns, for the text format. */
  width: number;
}

export type Renderer = (diagnostic: Diagnostic, options: RenderOptions) => string;

const loaders = {
  text: async () => (await import('./terminal.js')).renderTerminal,
  md: async () => (await import('./markdown.js')).renderMarkdown,
  json: async () => (await import('./json.js')).renderJson,
} satisfies Record<string, () => Promise<Renderer>>;

export type Format = keyof typeof loaders;
export const FORMATS = Object.keys(loaders) as Format[];

export function isFormat(value: string): value is Format {
  return Object.hasOwn(loaders, value);
}

export function loadRenderer(format: Format): Promise<Renderer> {
  return loaders[format]();
}
