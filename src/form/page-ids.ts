// What the page and its script agree on, apart from the Node side (./page.ts) so the bundle stays free of it.
import type { Questionnaire } from '../core/model.js';
import type { Lang } from '../core/text.js';

export const DATA_ELEMENT_ID = 'cocon-data';
export const ROOT_ELEMENT_ID = 'cocon-form';

/** What the page's script reads at start-up (from a JSON script element). */
export interface PageData {
  questionnaire: Questionnaire;
  lang: Lang;
  /** Written into the answers file for editors, as `cocon run` does. */
  schemaUrl: string;
  version: string;
  /**
   * Made at random for each generated form (`cocon form`): where the page keeps its state in the
   * browser (`id`) and the key it is encrypted with (`secret`). Another page of the same origin
   * (every file:// page shares one) sees only ciphertext under a key it cannot know, and another
   * form (another territory, questionnaire or copy) never finds nor reads this one's state.
   */
  storage?: { id: string; secret: string };
}
