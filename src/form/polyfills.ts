// The few built-ins newer than ES2017 that the bundled code calls, for the old office browser the
// form must still work on (esbuild lowers the syntax, not the library). Each only where missing.
/* eslint-disable no-extend-native */
const define = (target: object, name: string, value: unknown) => {
  if (!(name in target)) Object.defineProperty(target, name, { value, configurable: true, writable: true });
};

define(Object, 'hasOwn', (object: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(object, key));
define(Object, 'fromEntries', (entries: Iterable<[PropertyKey, unknown]>) => {
  const result: Record<PropertyKey, unknown> = {};
  for (const [key, value] of entries) result[key] = value;
  return result;
});
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  return depth < 1 ? this.slice() : this.reduce<unknown[]>((all, item) => all.concat(Array.isArray(item) ? flat.call(item, depth - 1) : [item]), []);
});
define(Array.prototype, 'flatMap', function flatMap(this: unknown[], map: (item: unknown, index: number, array: unknown[]) => unknown, thisArg?: unknown): unknown[] {
  return this.reduce<unknown[]>((all, item, index) => all.concat(map.call(thisArg, item, index, this) as unknown[]), []);
});
define(Array.prototype, 'at', function at(this: unknown[], index: number): unknown {
  const i = Math.trunc(index) || 0;
  return this[i < 0 ? this.length + i : i];
});
define(String.prototype, 'replaceAll', function replaceAll(this: string, search: string | RegExp, replacement: string): string {
  return typeof search === 'string' ? this.split(search).join(replacement) : this.replace(search, replacement);
});

export {};
