/** What the CLI tests share: the command's output captured, and workbooks written and read back with ExcelJS. */
import ExcelJS from "exceljs";
import path from "path";
import { sheetRows } from "../../src/workbook/file";

/** An Io for main(): what the command writes to stdout and stderr, collected in `out`. */
export function capture(isTTY = false) {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t), isTTY } } };
}

/** Writes a workbook of `sheets` (name -> rows) to `dir/file`; returns its path. */
export async function writeXlsxIn(dir: string, file: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  const full = path.join(dir, file);
  await wb.xlsx.writeFile(full);
  return full;
}

/** Every sheet of a workbook as rows of plain values (as the CLI reads them). */
export async function readXlsx(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) out[ws.name] = sheetRows(ws);
  return out;
}
