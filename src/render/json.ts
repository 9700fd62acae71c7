import type { Renderer } from './registry.js';

/** The diagnostic itself: the contract. Stable key order comes from diagnose(). */
export const renderJson: Renderer = (diagnostic) => `${JSON.stringify(diagnostic, null, 2)}\n`;
