// Turns ajv's raw errors into one plain sentence per real mistake, placed at the right
// line:col. ajv reports every failing branch of a oneOf/anyOf; a person wants to hear only
// about the branch they were evidently trying to write.
import questionnaireSchema from '../../schemas/questionnaire.schema.json' with { type: 'json' };
import answersSchema from '../../schemas/answers.schema.json' with { type: 'json' };
import diagnosticSchema from '../../schemas/diagnostic.schema.json' with { type: 'json' };
import targetsSchema from '../../schemas/targets.schema.json' with { type: 'json' };
import type { ValidationError } from '../generated/types.js';
import { msg, type Message } from '../i18n/messages.js';
import type { Problem } from '../core/problems.js';
import type { PathSegment, Source } from './source.js';
import { pushAll } from '../core/arrays.js';

export type SchemaName = 'questionnaire' | 'answers' | 'diagnostic' | 'targets';

type JsonSchema = { [key: string]: unknown };

const SCHEMAS: Record<SchemaName, JsonSchema> = {
  questionnaire: questionnaireSchema as JsonSchema,
  answers: answersSchema as JsonSchema,
  diagnostic: diagnosticSchema as JsonSchema,
  targets: targetsSchema as JsonSchema,
};
const loadSchema = (name: SchemaName): JsonSchema => SCHEMAS[name];

export function schemaProblems(source: Source, errors: readonly ValidationError[], schemaName: SchemaName): Problem[] {
  const kept = pickBranches(errors);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const path = toPath(error.instancePath);
    const converted = describe(error, path, source, schemaName);
    if (!converted) continue;
    const problem = source.problem(converted.path, converted.message, { key: converted.atKey ?? false });
    const id = `${problem.line}:${problem.col}:${JSON.stringify(problem.message)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems.sort((a, b) => a.line - b.line || a.col - b.col);
}

/** Keeps, for every oneOf/anyOf that failed, only the errors of the branch that fits the data best. */
function pickBranches(errors: readonly ValidationError[]): ValidationError[] {
  const all = errors.filter((e) => e.keyword !== 'if');
  // Errors sorted by place, so a union finds the errors at and under its place by binary search
  // instead of scanning them all: one union per answer in a large file must stay linear.
  const byPlace = [...all].sort((a, b) => compare(a.instancePath, b.instancePath));
  const dropped = new Set<ValidationError>();
  const added: ValidationError[] = [];
  const unions = all
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => a.schemaPath.length - b.schemaPath.length);
  for (const union of unions) {
    if (dropped.has(union)) continue;
    const prefix = union.schemaPath + '/';
    const branches = new Map<number, ValidationError[]>();
    for (const e of errorsAtOrUnder(byPlace, union.instancePath)) {
      if (dropped.has(e) || !e.schemaPath.startsWith(prefix)) continue;
      const branch = Number(e.schemaPath.slice(prefix.length).split('/')[0]);
      if (Number.isNaN(branch)) continue;
      const list = branches.get(branch);
      if (list) list.push(e);
      else branches.set(branch, [e]);
    }
    if (branches.size === 0) continue;
    // A branch whose own type check failed at the union's place is not what the author meant.
    const plausible = [...branches.entries()].filter(
      ([, errs]) => !errs.some((e) => e.instancePath === union.instancePath && e.keyword === 'type' && isBranchRootType(e, union)),
    );
    dropped.add(union);
    for (const errs of branches.values()) for (const e of errs) dropped.add(e);
    if (plausible.length === 0) {
      const types = [...branches.values()].flat()
        .filter((e) => e.keyword === 'type' && e.instancePath === union.instancePath)
        .flatMap((e) => [e.params['type']].flat() as string[]);
      added.push({ ...union, keyword: 'type', params: { type: [...new Set(types)] } });
    } else {
      plausible.sort((a, b) => a[1].length - b[1].length);
      for (const e of plausible[0]![1]) dropped.delete(e);
    }
  }
  return all.filter((e) => !dropped.has(e)).concat(added);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The errors at `place` or below it, from a list sorted by place. */
function errorsAtOrUnder(sorted: readonly ValidationError[], place: string): ValidationError[] {
  const from = (bound: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]!.instancePath < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const found: ValidationError[] = [];
  for (let i = from(place); i < sorted.length && sorted[i]!.instancePath === place; i++) found.push(sorted[i]!);
  const below = `${place}/`;
  for (let i = from(below); i < sorted.length && sorted[i]!.instancePath.startsWith(below); i++) found.push(sorted[i]!);
  return found;
}

function isBranchRootType(e: ValidationError, union: ValidationError): boolean {
  // "#/oneOf/1/type" is the branch's own type; "#/oneOf/1/properties/x/type" is deeper.
  const rest = e.schemaPath.slice(union.schemaPath.length + 1).split('/');
  return rest.length === 2 || (rest.length > 2 && rest[1] === '$ref');
}

function toPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => {
    const unescaped = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(unescaped) ? Number(unescaped) : unescaped;
  });
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment as string];
  }
  return value;
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return JSON.stringify(value) ?? String(value);
}

/** A number as found in the file; one too large to read in full (1e308) stays in its short form. */
function shownNumber(value: unknown): number | string {
  const n = Number(value);
  return Math.abs(n) < 1e15 ? n : String(n);
}

interface Described {
  path: PathSegment[];
  message: Message;
  atKey?: boolean;
}

function describe(error: ValidationError, path: PathSegment[], source: Source, schemaName: SchemaName): Described | undefined {
  const value = valueAt(source.data, path);
  const p = error.params;
  switch (error.keyword) {
    case 'required':
      return { path, message: msg('schema.required', { property: String(p['missingProperty']) }) };
    case 'additionalProperties': {
      const property = String(p['additionalProperty']);
      const allowed = allowedPropertiesCached(schemaName, path);
      return { path: [...path, property], atKey: true, message: msg('schema.unknown-field', { property, allowed }) };
    }
    case 'false schema': {
      const property = path[path.length - 1];
      return { path, atKey: true, message: msg('schema.not-allowed', { property: String(property) }) };
    }
    case 'type': {
      const expected = [p['type']].flat() as string[];
      let found = typeOf(value);
      if (found === 'integer' && !expected.includes('integer')) found = 'number';
      return { path, message: msg('schema.type', { expected, found }) };
    }
    case 'enum':
      return { path, message: msg('schema.enum', { allowed: p['allowedValues'] as (string | number | boolean)[], found: show(value) }) };
    case 'const':
      return { path, message: msg('schema.const', { expected: show(p['allowedValue']), found: show(value) }) };
    case 'pattern': {
      const pattern = String(p['pattern']);
      const found = show(value);
      if (pattern.startsWith('^[a-z0-9]')) return { path, message: msg('schema.identifier', { found }) };
      if (pattern.startsWith('^(0|[1-9]')) return { path, message: msg('schema.version', { found }) };
      if (pattern.startsWith('^[0-9]{4}')) return { path, message: msg('schema.date', { found }) };
      // A territory, a role or a name made only of spaces (tabs, no-break spaces…): blank is not a name.
      if (pattern === '\\S' || pattern === '^$|\\S') return { path, message: msg('schema.blank') };
      return { path, message: msg('schema.pattern', { found }) };
    }
    case 'minimum':
    case 'exclusiveMinimum':
      return { path, message: msg('schema.minimum', { limit: Number(p['limit']), found: shownNumber(value), exclusive: error.keyword === 'exclusiveMinimum' }) };
    case 'maximum':
    case 'exclusiveMaximum':
      return { path, message: msg('schema.maximum', { limit: Number(p['limit']), found: shownNumber(value), exclusive: error.keyword === 'exclusiveMaximum' }) };
    case 'minItems':
      return { path, message: msg('schema.min-items', { limit: Number(p['limit']), found: Array.isArray(value) ? value.length : 0 }) };
    case 'minLength':
      return { path, message: msg('schema.min-length') };
    case 'maxLength':
      return { path, message: msg('schema.max-length', { limit: Number(p['limit']) }) };
    case 'uniqueItems': {
      const items = Array.isArray(value) ? value : [];
      const index = Number(p['j']);
      return { path: [...path, index], message: msg('schema.unique-items', { value: show(items[index]) }) };
    }
    case 'minProperties':
      // The only non-empty objects with a minimum size are conditions lacking their test.
      return { path, message: value && typeof value === 'object' && Object.keys(value).length > 0 ? msg('schema.condition-shape') : msg('schema.min-properties') };
    case 'maxProperties':
      return { path, message: msg('schema.condition-shape') };
    case 'oneOf':
    case 'anyOf':
      return { path, message: msg('schema.condition-shape') };
    default:
      return { path, message: msg('schema.other', { detail: error.message ?? error.keyword }) };
  }
}

// Many unknown fields in one place (a file of thousands of stray keys) ask the same question.
const allowedCache = new Map<string, string[]>();
function allowedPropertiesCached(schemaName: SchemaName, path: readonly PathSegment[]): string[] {
  const key = `${schemaName}\u0000${path.map((s) => (typeof s === 'number' ? '\u0001' : s)).join('\u0000')}`;
  let allowed = allowedCache.get(key);
  if (!allowed) {
    allowed = allowedProperties(loadSchema(schemaName), path);
    if (allowedCache.size < 1000) allowedCache.set(key, allowed);
  }
  return allowed;
}

/** The property names the schema accepts at `path`, for "possible fields: …". */
function allowedProperties(root: JsonSchema, path: readonly PathSegment[]): string[] {
  let nodes: JsonSchema[] = [root];
  for (const segment of path) {
    const next: JsonSchema[] = [];
    for (const node of nodes.flatMap((n) => expand(root, n))) {
      const child = typeof segment === 'number'
        ? node['items']
        : ((node['properties'] as Record<string, unknown> | undefined)?.[segment] ?? node['additionalProperties']);
      if (child && typeof child === 'object') next.push(child as JsonSchema);
    }
    nodes = next;
  }
  const names = new Set<string>();
  for (const node of nodes.flatMap((n) => expand(root, n))) {
    for (const name of Object.keys((node['properties'] as object | undefined) ?? {})) if (name !== '$schema') names.add(name);
  }
  return [...names];
}

/** A schema node with its $ref followed and its oneOf/anyOf/allOf branches spread out. */
function expand(root: JsonSchema, node: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 10) return [];
  const out: JsonSchema[] = [node];
  const ref = node['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/')) {
    const target = ref.slice(2).split('/').reduce<unknown>((n, k) => (n as JsonSchema | undefined)?.[k], root);
    if (target && typeof target === 'object') pushAll(out, expand(root, target as JsonSchema, depth + 1));
  }
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    const branches = node[key];
    if (Array.isArray(branches)) for (const b of branches) pushAll(out, expand(root, b as JsonSchema, depth + 1));
  }
  return out;
}
