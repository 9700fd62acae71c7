// Tables as CSV, through csv-stringify (quoting of separators, quotes and line breaks done by a
// maintained library, not by hand): UTF-8 with a byte-order mark and CRLF line ends, so that a
// spreadsheet opened by double-click reads accents and lines right.
import { stringify } from 'csv-stringify/sync';
import { neutralise, type Table } from '../core/cells.js';

export interface CsvOptions {
  separator: string;
}

export function toCsv(table: Table, options: CsvOptions): string {
  // A spreadsheet that splits on ";" reads decimals with a comma (French settings), and the reverse.
  const decimalComma = options.separator === ';';
  const rows = [table.header, ...table.rows].map((row) =>
    row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? (decimalComma ? String(cell).replace('.', ',') : String(cell)) : neutralise(cell))),
  );
  return stringify(rows, { delimiter: options.separator, record_delimiter: 'windows', bom: true });
}
