/**
 * CSV files (Node only), read with csv-parse: semicolon, comma or tab (detected on the first line), quotes strictly as
 * RFC 4180, any line ending, UTF-8 or Windows-1252.
 *
 * A file that cannot be read whole is refused with the line where the trouble starts: an unterminated quote would
 * otherwise swallow every following row into one cell. Cells stay text, exactly as in the file (Belgian numbers are
 * read later, by the batch); an empty cell is a blank (null), not empty text.
 */
import * as fs from "fs";
import { parse, CsvError } from "csv-parse/sync";
import type { Taal } from "../rules";
import { SpreadsheetFileError } from "./fileErrors";
import { WORKBOOK_TEXTS } from "./messages";

/** A CSV cell: its text, or null when it is empty. */
export type CsvCell = string | null;

/** Decodes file bytes: UTF-8 (with or without BOM), else Windows-1252 (what Excel on a Belgian PC writes). */
export function decodeText(bytes: Uint8Array, file?: string, taal: Taal = "nl"): string {
  const t = WORKBOOK_TEXTS[taal];
  if (bytes.includes(0)) throw new SpreadsheetFileError(t.notText(file ?? t.theFile));
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
 * when the text cannot be read whole (a quote that is never closed, ...). An empty line is a row of one blank cell.
 */
export function parseCsv(text: string, options: CsvOptions = {}): CsvCell[][] {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const taal = options.taal ?? "nl";
  const file = options.file ?? WORKBOOK_TEXTS[taal].theCsvFile;
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
  const rows: CsvCell[][] = new Array(records.length);
  for (let r = 0; r < records.length; r++) {
    const record = records[r];
    const row: CsvCell[] = new Array(record.length);
    for (let c = 0; c < record.length; c++) row[c] = record[c] === "" ? null : record[c];
    rows[r] = row;
  }
  return rows;
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
