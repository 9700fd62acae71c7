// Reads Markdown as GitHub does (CommonMark + GFM, through micromark) and reduces the result to
// what a test compares: the sequence of HTML elements (its structure: table rows and cells, list
// items, links, raw HTML let through) and the text a reader sees.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export interface MarkdownShape {
  /** Opening and closing tags in order, attributes left out ("tr", "/tr", …). */
  tags: string[];
  /** The visible text, entities decoded. */
  text: string;
}

export function markdownShape(markdown: string): MarkdownShape {
  // Raw HTML allowed through, so any that the escaper missed shows up as an element.
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const tags = [...html.matchAll(/<(\/?[a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)].map((m) => m[1]!.toLowerCase());
  const text = html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { tags, text };
}
