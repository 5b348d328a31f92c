/**
 * CSV files (Node only), read with csv-parse: semicolon, comma or tab (detected on the header row), quotes strictly as
 * RFC 4180, any line ending, UTF-8, Windows-1252 or UTF-16 with a byte-order mark (Excel's "Unicode-tekst").
 *
 * A file that cannot be read whole is refused with the line where the trouble starts, never read short or shifted:
 * - an unterminated quote would otherwise swallow every following row into one cell;
 * - a quoted cell that runs over several lines and holds the separator is most likely a stray quote swallowing the
 *   rows up to the next one (a real multi-line note or address has no separator on its lines);
 * - a row after the header row with more filled fields than the header row has fields (an unquoted 30000,50 in a
 *   comma file) would shift its amounts one column to the right;
 * - a cell longer than an Excel cell can hold would not survive into the output workbook.
 * Cells stay text, exactly as in the file (Belgian numbers are read later, by the batch); an empty cell is a blank
 * (null), not empty text.
 */
import * as fs from "fs";
import { parse, CsvError } from "csv-parse/sync";
import type { Taal } from "../rules";
import { findHeaderRow, HEADER_SCAN_ROWS, matchColumns } from "../dossiers/columns";
import { columnLetter } from "../dossiers/sheet";
import { SpreadsheetFileError } from "./fileErrors";
import { WORKBOOK_TEXTS } from "./messages";

/** A CSV cell: its text, or null when it is empty. */
export type CsvCell = string | null;

/** The most characters an Excel cell holds (Excel's specifications and limits). */
export const EXCEL_CELL_LIMIT = 32767;

/**
 * Decodes file bytes: UTF-16 with a byte-order mark (Excel's "Unicode-tekst"), UTF-8 (with or without BOM), else
 * Windows-1252 (what Excel on a Belgian PC writes). Bytes with zeros are refused: binary, or UTF-16 without a BOM.
 */
export function decodeText(bytes: Uint8Array, file?: string, taal: Taal = "nl"): string {
  const t = WORKBOOK_TEXTS[taal];
  const name = file ?? t.theFile;
  let text: string;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    try {
      text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
    } catch {
      throw new SpreadsheetFileError(t.notText(name));
    }
    // a decoded NUL is binary content, not text
    if (text.includes("\0")) throw new SpreadsheetFileError(t.notText(name));
  } else {
    if (bytes.includes(0)) throw new SpreadsheetFileError(looksLikeUtf16(bytes) ? t.utf16WithoutBom(name) : t.notText(name));
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder("windows-1252").decode(bytes);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** UTF-16 text without a BOM: in its first bytes, every other byte is a zero (the high byte of a Latin letter). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  return (oddZeros >= pairs * 0.9 && evenZeros === 0) || (evenZeros >= pairs * 0.9 && oddZeros === 0);
}

const DELIMITERS = [";", ",", "\t"];

/**
 * The first `max` records of a CSV text split on `delimiter`, quotes as RFC 4180 but leniently (a look-ahead to find
 * the header row and the separator: the real reading is strict). An empty line is a record of one empty field.
 */
function headRecords(text: string, delimiter: string, max = HEADER_SCAN_ROWS): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const limit = Math.min(text.length, 1 << 20);
  for (let i = 0; i < limit && records.length < max; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = "";
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (records.length < max && (field !== "" || record.length > 0)) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/**
 * The separator of a CSV text: the one of ; , and tab that splits one of the first rows into a list's header row
 * (a title line above it may hold any of them, or none). Without a list header (a scale file): the one that splits
 * the most of the first rows into the same number (more than one) of fields; a tie goes to the semicolon, the
 * Belgian default (the comma is the decimal sign), then the comma.
 */
export function detectDelimiter(text: string): string {
  let best: string | undefined;
  let bestIndex = Infinity;
  const heads = DELIMITERS.map((d) => headRecords(text, d));
  DELIMITERS.forEach((d, i) => {
    const found = findHeaderRow(heads[i]);
    if (found !== undefined && found.index < bestIndex) {
      best = d;
      bestIndex = found.index;
    }
  });
  if (best !== undefined) return best;
  let bestScore = [0, 0];
  best = ";";
  DELIMITERS.forEach((d, i) => {
    const counts = new Map<number, number>();
    for (const record of heads[i]) if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    for (const [width, lines] of counts) {
      if (lines > bestScore[0] || (lines === bestScore[0] && width > bestScore[1])) {
        bestScore = [lines, width];
        best = d;
      }
    }
  });
  return best;
}

export interface CsvOptions {
  /** the separator; detected when absent */
  delimiter?: string;
  /** the file, named in messages */
  file?: string;
  /** the language of the messages; Dutch by default */
  taal?: Taal;
}

/**
 * Parses CSV text into rows of cells (text, or null for an empty cell). Throws SpreadsheetFileError naming the line
 * when the text cannot be read whole (see the file comment), or is empty. An empty line is a row of one blank cell.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvCell[][] {
  const taal = options.taal ?? "nl";
  const file = options.file ?? WORKBOOK_TEXTS[taal].theCsvFile;
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new SpreadsheetFileError(WORKBOOK_TEXTS[taal].emptyCsv(file));
  const delimiter = options.delimiter ?? detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ["\r\n", "\n", "\r"],
      relax_column_count: true,
      // strict quotes: a lenient reader lets a stray quote swallow the rows after it silently
      relax_quotes: false,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) throw new SpreadsheetFileError(csvErrorMessage(error, file, recordLine(text, error), taal));
    throw error;
  }
  const t = WORKBOOK_TEXTS[taal];
  const reference = referenceRow(records);
  const header = reference?.index;
  // a scale file whose first row has 4 fields: dated rows below may have a 5th (vanaf), undated and dated mixed
  const referenceWidth = reference === undefined ? Infinity : records[reference.index].length;
  const headerWidth = reference !== undefined && !reference.list && referenceWidth === SCALE_MAX_COLUMNS - 1 ? SCALE_MAX_COLUMNS : referenceWidth;
  let headerLine = 0;
  /** where the header row runs over several lines: its first such cell, and the line where the row ends */
  let headerBreak: { column: number; line: number; endLine: number } | undefined;
  /** the most fields of a row below the header row */
  let widestBelow = 0;
  const rows: CsvCell[][] = new Array(records.length);
  // the line where the current record begins: each record ends with one line break, its quoted cells hold the others
  let line = 1;
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    const startLine = line;
    let filled = 0;
    let breakColumn = -1;
    let breakLine = 0;
    const row: CsvCell[] = new Array(record.length);
    for (let c = 0; c < record.length; c++) {
      const value = record[c];
      if (value === "") {
        row[c] = null;
        continue;
      }
      row[c] = value;
      filled = c + 1;
      if (value.length > EXCEL_CELL_LIMIT) throw new SpreadsheetFileError(t.cellTooLong(file, line, columnLetter(c), value.length, EXCEL_CELL_LIMIT));
      if (value.indexOf("\n") !== -1 || value.indexOf("\r") !== -1) {
        const breaks = lineBreaks(value);
        if (value.includes(delimiter)) throw new SpreadsheetFileError(t.multiLineCell(file, line, line + breaks, columnLetter(c), t.separatorName(delimiter)));
        if (breakColumn < 0) {
          breakColumn = c;
          breakLine = line;
        }
        line += breaks;
      }
    }
    const endLine = line;
    line++;
    if (header === undefined || r < header) {
      // title lines: not held to the header's width
    } else if (r === header) {
      headerLine = startLine;
      if (breakColumn >= 0) headerBreak = { column: breakColumn, line: breakLine, endLine };
    } else {
      widestBelow = Math.max(widestBelow, record.length);
      // trailing empty fields do not count
      if (filled > headerWidth && breakColumn < 0) {
        throw new SpreadsheetFileError(t.tooManyFields(file, startLine, filled, headerLine, headerWidth, t.separatorName(delimiter)));
      }
      // a row over several lines counts all its fields: Excel writes as many as the header row has, and more is a
      // stray quote joining two rows
      if (breakColumn >= 0 && record.length > headerWidth) {
        throw new SpreadsheetFileError(t.joinedRows(file, breakLine, endLine, columnLetter(breakColumn)));
      }
    }
    rows[r] = row;
  }
  // a header row over several lines that is wider than every row below it: a stray quote in it joined a row to it.
  // A list of only its header row has no row below to compare with: there the cell over several lines must be a
  // column's name typed with Alt+Enter ("Personen<br>ten laste"), not a name followed by a joined row's first field.
  if (headerBreak !== undefined) {
    const joined = widestBelow > 0 ? headerWidth > widestBelow : Object.keys(matchColumns([records[header!][headerBreak.column]])).length === 0;
    if (joined) throw new SpreadsheetFileError(t.joinedRows(file, headerBreak.line, headerBreak.endLine, columnLetter(headerBreak.column)));
  }
  return rows;
}

/** The widest a scale's rows may be (SPEC 1: personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag | [vanaf]). */
const SCALE_MAX_COLUMNS = 5;

/** The number of line breaks (CRLF, LF or CR) in a text. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * The row whose width the rows below it must keep: a list's header row (searched as the batch searches it), else
 * (a scale file) the first of the first rows with at least two filled fields. Undefined when there is none.
 */
function referenceRow(records: readonly string[][]): { index: number; list: boolean } | undefined {
  const found = findHeaderRow(records);
  if (found !== undefined) return { index: found.index, list: true };
  const limit = Math.min(records.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    let filled = 0;
    for (const field of records[r]) if (field.trim() !== "") filled++;
    if (filled >= 2) return { index: r, list: false };
  }
  return undefined;
}

/**
 * The line (1-based) where the record that failed begins. csv-parse's own line count counts a CRLF inside a quoted cell
 * twice, so the lines are counted here, up to the byte offset of the failing record (csv-parse counts UTF-8 bytes).
 */
function recordLine(text: string, error: CsvError): number {
  const bytes = (error as unknown as { bytes?: number }).bytes ?? 0;
  const before = Buffer.from(text, "utf8").subarray(0, bytes).toString("utf8");
  return 1 + (before.match(/\r\n|\n|\r/g)?.length ?? 0);
}

/** The message (in `taal`) for a csv-parse error; `startLine` is the line where the failing row begins. */
function csvErrorMessage(error: CsvError, file: string, startLine: number, taal: Taal): string {
  const t = WORKBOOK_TEXTS[taal];
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return t.quoteNotClosed(file, startLine);
    case "CSV_INVALID_CLOSING_QUOTE":
      return t.invalidClosingQuote(file, startLine);
    case "INVALID_OPENING_QUOTE":
      return t.invalidOpeningQuote(file, startLine);
    default:
      return t.invalidCsv(file, startLine);
  }
}

/** Reads a CSV file: see parseCsv. */
export function readCsvFile(file: string, taal: Taal = "nl"): CsvCell[][] {
  return parseCsv(decodeText(fs.readFileSync(file), file, taal), { file, taal });
}

/** One cell as CSV: quoted when it holds the separator, a quote, a line break or leading/trailing spaces. */
function csvField(value: CsvCell, delimiter: string): string {
  if (value === null) return "";
  if (value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Writes rows as CSV text (CRLF line ends, as Excel writes them), the reverse of parseCsv. */
export function formatCsv(rows: readonly (readonly CsvCell[])[], delimiter = ";"): string {
  return rows.map((row) => row.map((cell) => csvField(cell, delimiter)).join(delimiter)).join("\r\n") + (rows.length > 0 ? "\r\n" : "");
}
