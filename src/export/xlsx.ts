// Tables as an XLSX workbook, one sheet per table, through write-excel-file (small, maintained,
// one dependency; the frozen `xlsx` package of the registry carries known vulnerabilities).
// Loaded only by `cocon export --format xlsx`. Numbers stay numbers; texts are guarded as in CSV.
import writeXlsxFile from 'write-excel-file/node';
import { neutralise, type Table } from '../core/cells.js';

export async function toXlsx(tables: readonly Table[]): Promise<Uint8Array> {
  const sheets = tables.map((table) => ({
    sheet: table.name,
    stickyRowsCount: 1,
    data: [
      table.header.map((text) => ({ value: neutralise(text), fontWeight: 'bold' as const })),
      ...table.rows.map((row) => row.map((cell) => (cell === null ? null : typeof cell === 'number' ? { value: cell } : { value: neutralise(cell), type: String }))),
    ],
  }));
  return writeXlsxFile(sheets).toBuffer();
}
