/**
 * Command line: recalculates a dossier list in an .xlsx or .csv file and writes a NEW workbook with the output
 * columns (Kindsdeel, Vrijstelling, Bijdrage, Status) and a summary sheet. The input file is never changed.
 *
 *   npm run herbereken -- INVOER [--uit UITVOER] [--overschrijf] [--blad NAAM] [--schaal BESTAND]
 *
 * The recalculation is the batch runner's (src/dossiers/runner.ts), the same as in Excel, through the file adapter
 * (src/workbook/batchFile.ts): this face parses the command line, guards the output file, shows progress and prints
 * the runner's report (the summary's counts line and warnings, the first errors).
 *
 * Exit code 0 when the list was processed (errors of rows are in Status and in the counts), 1 when it cannot be
 * (a wrong command line, a missing file, not a spreadsheet, no header row, a required column missing, an unreadable
 * scale, an existing output without --overschrijf). Runs under ts-node and compiled (`main(argv)` is the entry).
 */
import * as fs from "fs";
import * as path from "path";
import { parseArgs } from "node:util";
import { DossierListError, type BatchProgress, type BatchReport } from "../dossiers";
import { openFileList } from "../workbook/batchFile";
import { SpreadsheetFileError, systemErrorMessage } from "../workbook/file";

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
  let lastLabel = "";
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
        if (label !== lastLabel) {
          lastLabel = label;
          lastTenth = -1;
        }
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
  const list = await openFileList({ input, sheet: options.sheet, scaleFile });
  const rowCount = list.sheet.rowCount;
  const progress = progressReporter(io, io.stderr.isTTY === true || rowCount > PROGRESS_ROWS);
  const report = await list.run(progressLines(progress, started));
  progress.phase("Opslaan...");
  await list.save(output);
  progress.end();
  io.stdout.write(message(report, { input: options.input, kind: list.kind, sheet: list.sheet.name, output: options.output ?? defaultOutput(options.input) }).join("\n") + "\n");
  return 0;
}

/** The runner's progress as lines on stderr: a line per phase, a bar (or a line per tenth) within it. */
function progressLines(progress: ReturnType<typeof progressReporter>, started: number): (p: BatchProgress) => void {
  const LABELS = { lezen: "Lezen", rekenen: "Rekenen", schrijven: "Schrijven", samenvatting: "Samenvatting" } as const;
  let phase = "";
  let read = 0;
  return (p) => {
    if (p.phase === "klaar") return;
    if (p.phase !== phase) {
      if (phase === "lezen") progress.phase(`Gelezen: ${read} rijen (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      phase = p.phase;
    }
    if (p.phase === "lezen") read = p.rowsTotal;
    progress.step(LABELS[p.phase], p.rowsDone, p.rowsTotal);
  };
}

/**
 * The message on stdout, from the runner's report only, so it always agrees with the summary sheet: the list, how the
 * contributions were computed, the counts line of the summary, each warning once, the first errors, the output.
 */
function message(report: BatchReport, file: { input: string; kind: "xlsx" | "csv"; sheet: string; output: string }): string[] {
  const out: string[] = [];
  // the paths as the user typed them (relative to the user's folder); messages about a file name it in full
  out.push(`Dossierlijst: ${file.input}${file.kind === "xlsx" ? ` (blad "${file.sheet}")` : ""}`);
  out.push(
    report.method === "schaal"
      ? `Bijdragen volgens de officiële schaal (${report.schaalBron}).`
      : "Bijdragen volgens de ingebouwde benadering (geen schaal gevonden).",
  );
  if (report.countsLine !== undefined) out.push(report.countsLine);
  for (const notice of report.notices) out.push(notice);
  if (report.firstErrors.length > 0) {
    out.push(report.errors > report.firstErrors.length ? `Eerste ${report.firstErrors.length} fouten:` : "Fouten:");
    for (const e of report.firstErrors) out.push(`  rij ${e.row}${e.dossier ? ` (dossier ${e.dossier})` : ""}: ${e.status}`);
  }
  out.push(`Geschreven: ${file.output}${report.summarySheet !== undefined ? ` (samenvatting op blad "${report.summarySheet}")` : ""}`);
  return out;
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
