/**
 * Spreadsheet files on disk (Node only): .xlsx through ExcelJS, .csv through a small parser (semicolon, comma or tab,
 * detected; UTF-8 or Windows-1252). A CSV file becomes a workbook of one sheet, so the command line treats both alike.
 * Values leave here as plain cells: number, string, boolean, Date or null (formula results, rich text, hyperlinks and
 * error values are unwrapped).
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

export type PlainCell = string | number | boolean | Date | null;

/** A file that cannot be read as a spreadsheet; the message is Dutch and names the file. */
export class SpreadsheetFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpreadsheetFileError";
  }
}

export type SpreadsheetKind = "xlsx" | "csv";

export interface OpenedSpreadsheet {
  kind: SpreadsheetKind;
  workbook: ExcelJS.Workbook;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWithZip(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(4);
    const n = fs.readSync(fd, head, 0, 4, 0);
    return n === 4 && ZIP_MAGIC.every((b, i) => head[i] === b);
  } finally {
    fs.closeSync(fd);
  }
}

/** The kind of a spreadsheet file by its extension and, for xlsx, its first bytes. Throws SpreadsheetFileError. */
export function spreadsheetKind(file: string): SpreadsheetKind {
  if (!fs.existsSync(file)) throw new SpreadsheetFileError(`Bestand niet gevonden: ${file}`);
  const stat = fs.statSync(file);
  if (stat.isDirectory()) throw new SpreadsheetFileError(`${file} is een map, geen bestand.`);
  const ext = path.extname(file).toLowerCase();
  if (ext === ".xls") {
    throw new SpreadsheetFileError(`${file} is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx-werkmap en probeer opnieuw.`);
  }
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (startsWithZip(file)) return "xlsx";
  if (ext === ".xlsx" || ext === ".xlsm") {
    throw new SpreadsheetFileError(`${file} is geen geldig Excel-bestand (.xlsx): de inhoud is geen Excel-werkmap.`);
  }
  throw new SpreadsheetFileError(`${file} is geen rekenblad: verwacht een Excel-werkmap (.xlsx) of een CSV-bestand (.csv).`);
}

/** Opens an .xlsx or .csv file as an ExcelJS workbook. Throws SpreadsheetFileError with a Dutch message. */
export async function openSpreadsheet(file: string): Promise<OpenedSpreadsheet> {
  const kind = spreadsheetKind(file);
  if (kind === "csv") {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(sheetNameFromFile(file));
    const rows = readCsvFile(file);
    for (const row of rows) sheet.addRow(row);
    return { kind, workbook };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SpreadsheetFileError(`${file} kan niet gelezen worden als Excel-werkmap (.xlsx): ${reason}`);
  }
  if (workbook.worksheets.length === 0) throw new SpreadsheetFileError(`${file} bevat geen werkbladen.`);
  return { kind, workbook };
}

/** A sheet name from a file name: without extension, without the characters Excel forbids, at most 31 characters. */
export function sheetNameFromFile(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[\\/?*[\]:]/g, "_").trim();
  return (base === "" ? "Dossierlijst" : base).slice(0, 31);
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** Decodes file bytes: UTF-8 (with or without BOM), else Windows-1252 (what Excel on a Belgian PC writes). */
export function decodeText(bytes: Uint8Array, file = "het bestand"): string {
  if (bytes.includes(0)) throw new SpreadsheetFileError(`${file} is geen tekstbestand (CSV): het bevat binaire gegevens.`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of a CSV text: the most frequent of ; , and tab on the first non-empty line, outside quotes. */
export function detectDelimiter(text: string): string {
  let line = "";
  for (const candidate of text.split(/\r\n|\n|\r/)) {
    if (candidate.trim() !== "") {
      line = candidate;
      break;
    }
  }
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  // a tie goes to the semicolon: the Belgian default, where the comma is the decimal sign
  let best = ";";
  for (const d of ["\t", ","]) if (counts[d] > counts[best]) best = d;
  return best;
}

/** Parses CSV text (RFC 4180 quotes, any line ending). Cells stay text: Belgian numbers are read later. */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */ && cell === "") {
      // a quoted cell
      i++;
      let start = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          cell += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === 34) {
          cell += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        cell += text.slice(start, q);
        i = q + 1;
        break;
      }
      // text after the closing quote up to the separator is kept as it is
      continue;
    }
    if (c === d) {
      row.push(cell);
      cell = "";
      i++;
    } else if (c === 10 || c === 13) {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else {
      let end = i + 1;
      while (end < n) {
        const e = text.charCodeAt(end);
        if (e === d || e === 10 || e === 13) break;
        end++;
      }
      cell += text.slice(i, end);
      i = end;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function readCsvFile(file: string): string[][] {
  return parseCsv(decodeText(fs.readFileSync(file), file));
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** An ExcelJS cell value as a plain cell. */
export function plainCell(value: ExcelJS.CellValue | undefined): PlainCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  const v = value as unknown as Record<string, unknown>;
  if ("result" in v) return plainCell(v.result as ExcelJS.CellValue);
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((p) => p.text ?? "").join("");
  if (typeof v.text === "string") return v.text;
  if (typeof v.error === "string") return v.error;
  return null;
}

/**
 * The values of a sheet as 0-based dense rows (row 0 = sheet row 1), each row as long as its last used cell.
 * `maxRows` limits the rows read (for finding a header row cheaply).
 */
export function sheetRows(sheet: ExcelJS.Worksheet, maxRows?: number): PlainCell[][] {
  const last = maxRows === undefined ? sheet.rowCount : Math.min(sheet.rowCount, maxRows);
  const rows: PlainCell[][] = new Array(last);
  for (let r = 1; r <= last; r++) {
    const row = sheet.findRow(r);
    if (row === undefined) {
      rows[r - 1] = [];
      continue;
    }
    const values = row.values as ExcelJS.CellValue[];
    const out: PlainCell[] = new Array(Math.max(0, values.length - 1));
    for (let c = 1; c < values.length; c++) out[c - 1] = plainCell(values[c]);
    rows[r - 1] = out;
  }
  return rows;
}

/** A rectangular matrix (rows padded with null, trailing empty columns dropped), e.g. for a scale table. */
export function rectangular(rows: readonly (readonly PlainCell[])[]): PlainCell[][] {
  let width = 0;
  for (const row of rows) {
    for (let c = row.length - 1; c >= width; c--) {
      const v = row[c];
      if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) {
        width = c + 1;
        break;
      }
    }
  }
  return rows.map((row) => {
    const out = row.slice(0, width) as PlainCell[];
    while (out.length < width) out.push(null);
    return out;
  });
}

/** Finds a sheet by name, case-insensitively. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.trim().toLowerCase();
  return workbook.worksheets.find((s) => s.name.toLowerCase() === wanted);
}

/**
 * Reads a 4-column scale table from a file: an .xlsx (its sheet `Schaal` when present, else the first sheet) or a .csv.
 */
export async function readScaleFile(file: string): Promise<{ matrix: PlainCell[][]; where: string }> {
  const { kind, workbook } = await openSpreadsheet(file);
  const sheet = (kind === "xlsx" ? findSheet(workbook, "Schaal") : undefined) ?? workbook.worksheets[0];
  return { matrix: rectangular(sheetRows(sheet)), where: kind === "xlsx" ? `${path.basename(file)}, blad ${sheet.name}` : path.basename(file) };
}

/** Writes a workbook to `file` through a temporary file in the same folder, so a failed write leaves nothing half-written. */
export async function writeWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await workbook.xlsx.writeFile(tmp);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
