import type { LanguageSettings } from '../settings.js';
import { frenchTypography } from '../typography.js';

export const settings: LanguageSettings = { locale: 'fr-FR', typography: frenchTypography, latinDigits: true };
