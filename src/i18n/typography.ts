// Typography is applied to catalogue text only, never to what comes from files (questionnaire
// texts, territory names, comments): those are shown as their authors wrote them.

/** U+202F NARROW NO-BREAK SPACE: the thin space French puts before : ; ! ? % and inside « ». */
export const NNBSP = '\u202F';

/** One apostrophe style everywhere: ’ after a letter (l’option, don’t, options’ scores). */
export function curlyApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})'/gu, '’');
}

/**
 * French typography: a narrow no-break space before : ; ! ? % (replacing the space written
 * there; none is added where none was written, so "14:30" or "a:b" stay whole), inside « »
 * and between digit groups (10 000), plus the one apostrophe style. Idempotent.
 */
export function frenchTypography(text: string): string {
  return curlyApostrophes(text)
    .replace(/«[ \u00A0\u202F]*/g, `«${NNBSP}`)
    .replace(/[ \u00A0\u202F]*»/g, `${NNBSP}»`)
    .replace(/[ \u00A0]+(?=[:;!?%])/g, NNBSP)
    .replace(/(?<=\d)\u00A0(?=\d)/g, NNBSP);
}

/** English typography: only the apostrophe. */
export function englishTypography(text: string): string {
  return curlyApostrophes(text);
}
