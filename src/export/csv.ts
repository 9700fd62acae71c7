// Tables as CSV, through csv-stringify (quoting of separators, quotes and line breaks done by a
// maintained library, not by hand): UTF-8 with a byte-order mark and CRLF line ends, so that a
// spreadsheet opened by double-click reads accents and lines right. Every cell holding a carriage
// return or a line feed is quoted, a lone CR included (csv-stringify quotes LF by itself, not a
// lone CR, and a reader that ends rows on CR would start a new row inside the cell). Written in
// pieces as the rows come: a table of any length is never one string in memory.
import { stringify } from 'csv-stringify/sync';
import { neutralise, type Cell, type Table } from '../core/cells.js';

export interface CsvOptions {
  separator: string;
}

/** Rows are turned into text this many at a time: one call per row cost more than the writing. */
const ROWS_PER_PIECE = 64;

/** The CSV text of a header and rows, in pieces (the first starts with the byte-order mark). */
export function* csvPieces(header: readonly string[], rows: Iterable<readonly Cell[]>, options: CsvOptions): Generator<string> {
  // A spreadsheet that splits on ";" reads decimals with a comma (French settings), and the reverse.
  const decimalComma = options.separator === ';';
  const cellText = (cell: Cell) => (cell === null ? '' : typeof cell === 'number' ? (decimalComma ? String(cell).replace('.', ',') : String(cell)) : neutralise(cell));
  const text = (batch: string[][], bom: boolean) => stringify(batch, { delimiter: options.separator, record_delimiter: 'windows', bom, quoted_match: /[\r\n]/ });
  yield text([header.map(cellText)], true);
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row.map(cellText));
    if (batch.length === ROWS_PER_PIECE) {
      yield text(batch, false);
      batch = [];
    }
  }
  if (batch.length > 0) yield text(batch, false);
}

export function toCsv(table: Table, options: CsvOptions): string {
  return [...csvPieces(table.header, table.rows, options)].join('');
}
