// Expected French messages are written in tests with plain spaces and straight apostrophes, for
// readability; these put them in the typography cocon prints (pinned in test/i18n.test.ts).
import { frenchTypography } from '../src/i18n/typography.js';

export const fr = (text: string): string => frenchTypography(text);
export const frPattern = (pattern: RegExp): RegExp => new RegExp(frenchTypography(pattern.source), pattern.flags);
