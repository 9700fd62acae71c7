// JSON text safe to print: the one escaping of the JSON a diagnostic, a summary row or a report is
// written in, shared by the JSON renderer and the network's JSON lines.

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (U+009B is a one-character
// CSI) and the Unicode line separators raw: `cat diagnostic.json` must not drive a terminal.
// eslint-disable-next-line no-control-regex
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029]/g;

export const escapeRaw = (text: string) => text.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** JSON text that no terminal acts on: `indent` 0 gives one line (JSON lines). */
export function safeJson(value: unknown, indent = 2): string {
  return escapeRaw(JSON.stringify(value, null, indent || undefined));
}
