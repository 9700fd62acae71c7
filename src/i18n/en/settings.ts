import type { LanguageSettings } from '../settings.js';
import { englishTypography } from '../typography.js';

export const settings: LanguageSettings = { locale: 'en-GB', typography: englishTypography, latinDigits: true };
