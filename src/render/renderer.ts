// What every renderer is: a plain function from a document to the text of one format.
import type { Lang } from '../core/text.js';

export interface RenderOptions {
  lang: Lang;
  /** ANSI colours; only ever true when writing to a terminal without NO_COLOR. */
  color: boolean;
  /** Terminal width in columns, for the text format. */
  width: number;
  /** A command that writes the complete report, suggested by the text format; none when absent. */
  fullReport?: string;
}

export type Renderer<Document> = (document: Document, options: RenderOptions) => string;

/**
 * A renderer that hands its text over in pieces as it writes it, so that a large report goes to
 * its file without ever being one string in memory. The pieces joined are the text.
 */
export type PieceRenderer<Document> = (document: Document, options: RenderOptions) => Iterable<string>;

/** The whole text of a piece renderer, for the callers that want one string (tests, PDF, a job summary). */
export function wholeText<Document>(pieces: PieceRenderer<Document>): Renderer<Document> {
  return (document, options) => [...pieces(document, options)].join('');
}
