// Text from a file must never drive the reader's terminal: an ESC, a BEL or a C1 CSI in a
// territory name could clear the screen, retitle the window or plant a hidden OSC 8 link.
// Every human-readable output goes through one of the functions below, once, at its edge.
//
// What a control character becomes (chosen to stay visible, so a reader sees something was there):
// - C0 controls (U+0000–U+001F) and DEL (U+007F): their Unicode control picture, "␛" for ESC,
//   "␇" for BEL, "␡" for DEL, and so on (U+2400–U+241F, U+2421);
// - C1 controls (U+0080–U+009F), among them the one-byte CSI U+009B: U+FFFD "�".
// Line ends and tabs are the exception, in the way each output needs them (see below).

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Every way a text can end a line: CR, LF, CRLF, NEL, LS, PS, VT, FF. */
// eslint-disable-next-line no-control-regex
export const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029\u000b\u000c]/g;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Every control character made visible and inert; nothing kept, not even line ends. */
export function neutralizeControls(text: string): string {
  return text.replace(CONTROLS, picture);
}

/**
 * One line of plain text for a terminal or a message on stderr: line ends and tabs become a
 * space (a value echoed in a message cannot forge a second `file:line:col` line), any other
 * control becomes visible.
 */
export function plainLine(text: string): string {
  return neutralizeControls(text.replace(LINE_BREAKS, ' ').replace(/\t/g, ' '));
}

/** A copy of `value` with every string in it passed through `clean` (plain data only). */
export function mapStrings<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, clean)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = mapStrings(item, clean);
    return copy as T;
  }
  return value;
}
