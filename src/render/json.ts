import type { Renderer } from './renderer.js';
import type { Diagnostic } from '../diagnostic/contract.js';

/** The diagnostic itself: the contract. Stable key order comes from diagnose(). */
export const renderJson: Renderer<Diagnostic> = (diagnostic) => `${JSON.stringify(diagnostic, null, 2)}\n`;
