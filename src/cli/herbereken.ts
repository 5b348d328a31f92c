/**
 * Command line: recalculates a dossier list in an .xlsx or .csv file and writes a NEW workbook with the output
 * columns (Kindsdeel, Vrijstelling, Bijdrage, Status) and a summary sheet. The input file is never changed.
 *
 *   npm run herbereken -- INVOER [--uit UITVOER] [--overschrijf] [--blad NAAM] [--schaal BESTAND]
 *
 * Exit code 0 when the list was processed (errors of rows are in Status and in the counts), 1 when it cannot be
 * (a wrong command line, a missing file, not a spreadsheet, no header row, a required column missing, an unreadable
 * scale, an existing output without --overschrijf). Runs under ts-node and compiled (`main(argv)` is the entry).
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import type ExcelJS from "exceljs";
import {
  cellText,
  DossierListError,
  findHeaderRow,
  freeSheetName,
  layoutOf,
  missingColumns,
  numberCell,
  OUTPUT_COLUMNS,
  OUTPUT_KEYS,
  recalculateRows,
  SUMMARY_AMOUNT_COLUMNS,
  SUMMARY_HEADERS,
  SUMMARY_SHEET_NAME,
  summaryMatrix,
  type BatchResult,
  type InputColumn,
  type ListLayout,
  type OutputColumn,
} from "../dossiers";
import { APPROXIMATION_WARNING, parseSchaal, RuleError, type ScaleTable } from "../rules";
import {
  findSheet,
  FORMULA_WITHOUT_VALUE_TEXT,
  isFormulaWithoutValue,
  openSpreadsheet,
  readScaleFile,
  rectangular,
  sheetRows,
  SpreadsheetFileError,
  systemErrorMessage,
  writeWorkbookFast,
  type PlainCell,
} from "../workbook/file";
import { formatList, formatSummary } from "./format";

export const USAGE = `Gebruik: npm run herbereken -- INVOER [--uit UITVOER] [--overschrijf] [--blad NAAM] [--schaal BESTAND]

  INVOER            de dossierlijst: een Excel-werkmap (.xlsx) of een CSV-bestand (.csv, ; , of tab als
                    scheidingsteken); een relatief pad geldt vanuit de map waarin u de opdracht typt
  --uit UITVOER     de nieuwe werkmap (.xlsx); standaard NAAM.herberekend.xlsx naast de invoer
  --overschrijf     een bestaande uitvoer mag vervangen worden (anders stopt de opdracht); de invoer en de schaal
                    worden nooit overschreven
  --blad NAAM       het blad met de lijst; standaard het eerste blad met de nodige kolomkoppen
  --schaal BESTAND  de officiële schaal (.xlsx of .csv, 4 kolommen: personen_ten_laste | inkomen_van |
                    inkomen_tot | maandbedrag); standaard het blad Schaal van de werkmap, anders de ingebouwde benadering
  -h, --help        deze hulp

De invoer wordt nooit gewijzigd. Per kind komen de kolommen Kindsdeel, Vrijstelling, Bijdrage en Status erbij,
per dossier een rij op het blad Samenvatting. Getallen als tekst: eerst Belgisch (1.234,56; 234.567 is 234 567),
anders een gewoon internationaal getal (1234.567, 12.5); al de rest is een fout op die rij.

Afloopcode: 0 als de lijst verwerkt is (foute rijen staan in Status), 1 als ze niet verwerkt kan worden of bij een
verkeerde opdracht.`;

/** Rows above which progress is shown on stderr even when it is not a terminal. */
export const PROGRESS_ROWS = 5000;
/** Errors listed on stdout. */
const FIRST_ERRORS = 10;

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

interface Options {
  input: string;
  output?: string;
  sheet?: string;
  scale?: string;
  /** --overschrijf: an existing output file may be replaced */
  overwrite?: boolean;
}

class UsageError extends Error {}
/** The list cannot be processed: a Dutch message, exit code 1. */
class CannotProcess extends Error {}

/** The options of the command line, for node:util parseArgs (strict: anything else is an error). */
const OPTIONS = {
  uit: { type: "string", multiple: true },
  blad: { type: "string", multiple: true },
  schaal: { type: "string", multiple: true },
  overschrijf: { type: "boolean", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** The option a parseArgs message names ('--uit', '-o'), or the text itself. */
function optionIn(message: string): string {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? message;
}

/** parseArgs's English errors as Dutch ones, by their code. */
function usageError(error: unknown): UsageError {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error || (typeof error === "object" && error !== null) ? String((error as Error).message) : String(error);
  const option = optionIn(message);
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`Onbekende optie ${option}. De opties zijn --uit, --overschrijf, --blad, --schaal en --help.`);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message)
        ? new UsageError(`Optie ${option} neemt geen waarde (schrijf gewoon ${option}).`)
        : new UsageError(`Optie ${option} vraagt een waarde, bv. ${option} ${option === "--uit" ? "uitvoer.xlsx" : option === "--blad" ? "Blad1" : "schaal.xlsx"}.`);
    default:
      return new UsageError(`Verkeerde opdracht: ${message}`);
  }
}

function parseCommandLine(argv: readonly string[]): Options | "help" {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    throw usageError(error);
  }
  const values = parsed.values as { uit?: string[]; blad?: string[]; schaal?: string[]; overschrijf?: boolean[]; help?: boolean };
  if (values.help === true) return "help";
  const single = (name: "uit" | "blad" | "schaal"): string | undefined => {
    const list = values[name];
    if (list === undefined) return undefined;
    if (list.length > 1) throw new UsageError(`Optie --${name} staat er ${list.length} keer; geef ze één keer.`);
    if (list[0].trim() === "") throw new UsageError(`Optie --${name} vraagt een waarde.`);
    return list[0];
  };
  const positional = parsed.positionals;
  if (positional.length === 0) throw new UsageError("Geef het invoerbestand op.");
  if (positional.length > 1) throw new UsageError(`Eén invoerbestand verwacht, maar kreeg er ${positional.length}: ${positional.join(", ")}.`);
  const options: Options = { input: positional[0], overwrite: (values.overschrijf ?? []).length > 0 };
  const output = single("uit");
  const sheet = single("blad");
  const scale = single("schaal");
  if (output !== undefined) options.output = output;
  if (sheet !== undefined) options.sheet = sheet;
  if (scale !== undefined) options.scale = scale;
  return options;
}

/** NAAM.herberekend.xlsx next to the input. */
export function defaultOutput(input: string): string {
  const dir = path.dirname(input);
  return path.join(dir, `${path.basename(input, path.extname(input))}.herberekend.xlsx`);
}

/**
 * The real path of a file, following links (and, on a case-insensitive disk, in its real case): of the file when it
 * exists, else of its folder plus its name. Undefined when the folder does not exist either.
 */
export function realPath(file: string): string | undefined {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync.native(absolute);
  } catch {
    try {
      return path.join(fs.realpathSync.native(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return undefined;
    }
  }
}

/** True when a and b are the same file: the same real path, or (hard links) the same inode on the same device. */
export function sameFile(a: string, b: string): boolean {
  const ra = realPath(a);
  const rb = realPath(b);
  if (ra !== undefined && ra === rb) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.ino !== 0 && sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

/**
 * Checks the output against the inputs (the list, the --schaal file): never the same file, whatever the path says
 * (relative, through a link); an existing output only with --overschrijf. Throws CannotProcess.
 */
function checkOutput(output: string, inputs: { file: string; what: string }[], overwrite: boolean): void {
  for (const { file, what } of inputs) {
    if (sameFile(output, file)) {
      throw new CannotProcess(
        `De uitvoer ${output} is ${what} (${file}): de invoer wordt nooit overschreven. Kies met --uit een andere naam.`,
      );
    }
  }
  if (fs.existsSync(output) && !overwrite) {
    throw new CannotProcess(`De uitvoer ${output} bestaat al. Geef --overschrijf om dat bestand te vervangen, of kies met --uit een andere naam.`);
  }
}

/** A progress line on stderr: a bar on a terminal, a line per tenth otherwise. */
function progressReporter(io: Io, show: boolean) {
  const tty = io.stderr.isTTY === true;
  let lastTenth = -1;
  return {
    phase(text: string) {
      if (show) io.stderr.write(tty ? `\r\x1b[K${text}` : `${text}\n`);
    },
    step(label: string, done: number, total: number) {
      if (!show || total === 0) return;
      const fraction = done / total;
      if (tty) {
        const width = 30;
        const filled = Math.round(fraction * width);
        io.stderr.write(`\r\x1b[K${label} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${Math.round(fraction * 100)}%`);
      } else {
        const tenth = Math.floor(fraction * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          io.stderr.write(`${label}: ${tenth * 10}%\n`);
        }
      }
    },
    end() {
      if (show && tty) io.stderr.write("\r\x1b[K");
    },
  };
}

/** The list sheet: --blad, else the first sheet with the required headers, else the first sheet. */
function chooseSheet(workbook: ExcelJS.Workbook, wanted: string | undefined): ExcelJS.Worksheet {
  if (wanted !== undefined) {
    const sheet = findSheet(workbook, wanted);
    if (sheet === undefined) {
      throw new CannotProcess(`Blad "${wanted}" niet gevonden. De werkmap heeft: ${workbook.worksheets.map((s) => `"${s.name}"`).join(", ")}.`);
    }
    return sheet;
  }
  for (const sheet of workbook.worksheets) {
    const header = findHeaderRow(sheetRows(sheet, 20));
    if (header !== undefined && missingColumns(header.columns).length === 0) return sheet;
  }
  return workbook.worksheets[0];
}

/** The scale: --schaal, else the workbook's sheet Schaal (when it is not the list itself), else none. */
async function chooseScale(
  workbook: ExcelJS.Workbook,
  listSheet: ExcelJS.Worksheet,
  scaleFile: string | undefined,
): Promise<{ table?: ScaleTable; where?: string }> {
  let matrix: PlainCell[][];
  let where: string;
  if (scaleFile !== undefined) {
    try {
      ({ matrix, where } = await readScaleFile(scaleFile));
    } catch (error) {
      if (error instanceof SpreadsheetFileError) throw new CannotProcess(`Schaal: ${error.message}`);
      throw error;
    }
  } else {
    const sheet = findSheet(workbook, "Schaal");
    if (sheet === undefined || sheet === listSheet) return {};
    matrix = rectangular(sheetRows(sheet));
    where = `blad ${sheet.name}`;
  }
  matrix.forEach((row, r) =>
    row.forEach((v, c) => {
      if (isFormulaWithoutValue(v)) {
        throw new CannotProcess(`De schaal (${where}) is onbruikbaar: rij ${r + 1}, kolom ${c + 1}: ${FORMULA_WITHOUT_VALUE_TEXT}.`);
      }
    }),
  );
  try {
    // numbers typed as text (a CSV file, Belgian notation) are read as numbers, as in the list
    const cells = matrix.map((row) => row.map((v) => numberCell(v)));
    return { table: parseSchaal(cells, "schaal"), where };
  } catch (error) {
    if (error instanceof RuleError) throw new CannotProcess(`De schaal (${where}) is onbruikbaar: ${error.message}`);
    throw error;
  }
}

/** Input columns holding euro amounts: they get the amount format (when they hold numbers without a format). */
const AMOUNT_INPUTS: readonly InputColumn[] = ["inkomen", "partnerInkomen", "tekort", "ligdagprijs", "bijkomendeKosten", "inkomsten", "zakgeld", "kadastraalInkomen"];
const AMOUNT_OUTPUTS: readonly OutputColumn[] = ["kindsdeel", "vrijstelling", "bijdrage"];

/**
 * Writes the output columns next to the list (reusing them when present, else after the last used column), then
 * formats the list (src/cli/format.ts).
 */
function writeOutputColumns(sheet: ExcelJS.Worksheet, rows: PlainCell[][], layout: ListLayout, result: BatchResult): Record<OutputColumn, number> {
  let next = 0;
  for (const row of rows) if (row.length > next) next = row.length;
  const positions = {} as Record<OutputColumn, number>;
  const headerRow = sheet.getRow(layout.headerRow + 1);
  for (const key of OUTPUT_KEYS) {
    const existing = layout.columns[key];
    if (existing !== undefined) positions[key] = existing;
    else {
      positions[key] = next++;
      headerRow.getCell(positions[key] + 1).value = OUTPUT_COLUMNS[key];
    }
  }
  const cols = OUTPUT_KEYS.map((key) => positions[key] + 1);
  const first = layout.headerRow + 2;
  const outputs = result.outputs;
  for (let i = 0; i < outputs.length; i++) {
    const out = outputs[i];
    const row = sheet.getRow(first + i);
    for (let k = 0; k < 4; k++) {
      const v = out[k];
      row.getCell(cols[k]).value = v === "" ? null : v;
    }
  }

  const lastColumn = Math.max(next, ...cols);
  const header: unknown[] = [...rows[layout.headerRow]];
  for (const key of OUTPUT_KEYS) header[positions[key]] = OUTPUT_COLUMNS[key];
  const data = rows.slice(layout.headerRow + 1);
  function* values(): Iterable<unknown[]> {
    for (let i = 0; i < data.length; i++) {
      const row: unknown[] = [...data[i]];
      const out = outputs[i];
      if (out !== undefined) for (let k = 0; k < 4; k++) row[positions[OUTPUT_KEYS[k]]] = out[k];
      yield row;
    }
  }
  const at = (key: InputColumn | OutputColumn): number | undefined => {
    const c = (key in positions ? positions[key as OutputColumn] : layout.columns[key]) as number | undefined;
    return c === undefined ? undefined : c + 1;
  };
  formatList(sheet, {
    headerRow: layout.headerRow + 1,
    lastRow: layout.headerRow + 1 + data.length,
    lastColumn,
    amountColumns: [...AMOUNT_INPUTS, ...AMOUNT_OUTPUTS].map(at).filter((c): c is number => c !== undefined),
    dateColumns: [at("datum")].filter((c): c is number => c !== undefined),
    statusColumn: positions.status + 1,
    header,
    values: values(),
  });
  return positions;
}

function writeSummary(workbook: ExcelJS.Workbook, result: BatchResult, bron: string, schaalBron: string | undefined): string {
  const name = freeSheetName(SUMMARY_SHEET_NAME, workbook.worksheets.map((s) => s.name));
  const sheet = workbook.addWorksheet(name);
  const matrix = summaryMatrix(result, { bron, schaalBron });
  sheet.addRows(matrix.map((row) => row.map((v) => (v === "" ? null : v))));
  const totalRow = matrix.findIndex((row, r) => r > 0 && typeof row[0] === "string" && row[0].startsWith("Totaal"));
  formatSummary(sheet, {
    matrix,
    bodyRows: (totalRow < 0 ? matrix.length : totalRow) - 1,
    amountColumns: SUMMARY_AMOUNT_COLUMNS,
    statusColumn: SUMMARY_HEADERS.length - 1,
  });
  return name;
}

/** Runs the command; returns the exit code. */
export async function main(argv: readonly string[], io: Io = process): Promise<number> {
  let options: Options | "help";
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`Fout: ${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    throw error;
  }
  if (options === "help") {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    return await run(options, io);
  } catch (error) {
    if (error instanceof CannotProcess || error instanceof SpreadsheetFileError || error instanceof DossierListError) {
      io.stderr.write(`Fout: ${error.message}\n`);
      return 1;
    }
    const system = systemErrorMessage(error);
    if (system !== undefined) {
      io.stderr.write(`Fout: ${system}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`Onverwachte fout: ${message}\n`);
    return 1;
  }
}

/**
 * The folder the user typed the command in: `npm run` starts the program in the project folder and passes the user's
 * folder as INIT_CWD, so relative paths are read from there.
 */
export function userFolder(): string {
  const init = process.env.INIT_CWD;
  return init !== undefined && init !== "" ? init : process.cwd();
}

/** A path as the user meant it: relative paths from the user's folder. */
function fromUser(file: string): string {
  return path.resolve(userFolder(), file);
}

async function run(options: Options, io: Io): Promise<number> {
  const input = fromUser(options.input);
  const output = options.output !== undefined ? fromUser(options.output) : defaultOutput(input);
  const scaleFile = options.scale !== undefined ? fromUser(options.scale) : undefined;
  if (path.extname(output).toLowerCase() !== ".xlsx") throw new CannotProcess(`De uitvoer moet een .xlsx-bestand zijn (kreeg ${output}).`);
  const inputs = [{ file: input, what: "het invoerbestand" }];
  if (scaleFile !== undefined) inputs.push({ file: scaleFile, what: "het schaalbestand" });
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) {
    throw new CannotProcess(`De uitvoer ${output} is een map, geen bestand: geef met --uit de naam van een .xlsx-bestand.`);
  }
  checkOutput(output, inputs, options.overwrite === true);
  if (!fs.existsSync(path.dirname(output))) throw new CannotProcess(`De map van de uitvoer bestaat niet: ${path.dirname(output)}`);

  const started = Date.now();
  const { kind, workbook } = await openSpreadsheet(input);
  const sheet = chooseSheet(workbook, options.sheet);
  const where = kind === "csv" ? `${path.basename(input)}` : `blad "${sheet.name}" van ${path.basename(input)}`;
  const rows = sheetRows(sheet);
  const layout = layoutOf(rows, where);
  const data = rows.slice(layout.headerRow + 1);
  const progress = progressReporter(io, io.stderr.isTTY === true || data.length > PROGRESS_ROWS);
  progress.phase(`Gelezen: ${data.length} rijen (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const scale = await chooseScale(workbook, sheet, scaleFile);
  const result = recalculateRows(data, layout.columns, {
    schaal: scale.table ?? null,
    firstRowNumber: layout.headerRow + 2,
    onProgress: (done, total) => progress.step("Rekenen", done, total),
    progressEvery: 5000,
  });

  progress.phase("Schrijven...");
  writeOutputColumns(sheet, rows, layout, result);
  const summaryName = writeSummary(workbook, result, where, scale.where);
  await writeWorkbookFast(workbook, output);
  progress.end();

  const c = result.counts;
  const out: string[] = [];
  // the paths as the user typed them (relative to the user's folder); messages about a file name it in full
  out.push(`Dossierlijst: ${options.input}${kind === "xlsx" ? ` (blad "${sheet.name}")` : ""}`);
  out.push(
    scale.table !== undefined
      ? `Bijdragen volgens de officiële schaal (${scale.where}).`
      : `Bijdragen volgens de ingebouwde benadering (geen schaal gevonden). ${APPROXIMATION_WARNING}`,
  );
  // rows with data but without a dossier number: in no dossier, each with an error (also a row of the summary)
  const loose = c.rows - result.summaries.reduce((n, s) => n + s.rows, 0);
  out.push(
    `Rijen: ${c.rows}, OK: ${c.ok}, fouten: ${c.errors} (lege rijen: ${c.empty}, dossiers: ${c.dossiers}` +
      `${loose > 0 ? `, zonder dossiernummer: ${loose}` : ""})`,
  );
  if (result.errorRows.length > 0) {
    out.push(result.errorRows.length > FIRST_ERRORS ? `Eerste ${FIRST_ERRORS} fouten:` : "Fouten:");
    const dCol = layout.columns.dossier as number;
    for (const i of result.errorRows.slice(0, FIRST_ERRORS)) {
      const dossier = cellText(data[i]?.[dCol]);
      out.push(`  rij ${layout.headerRow + 2 + i}${dossier ? ` (dossier ${dossier})` : ""}: ${result.outputs[i][3]}`);
    }
  }
  out.push(`Geschreven: ${options.output ?? defaultOutput(options.input)} (samenvatting op blad "${summaryName}")`);
  io.stdout.write(out.join("\n") + "\n");
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`Onverwachte fout: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
