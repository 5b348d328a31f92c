/**
 * Command line: recalculates a dossier list in an .xlsx or .csv file and writes a NEW workbook with the output
 * columns (Kindsdeel, Vrijstelling, Bijdrage, Status) and a summary sheet. The input file is never changed.
 *
 *   npm run herbereken -- INVOER [--uit UITVOER] [--overschrijf] [--blad NAAM] [--schaal BESTAND] [--taal nl|fr]
 *
 * `--taal fr` (issue 13): the messages (src/cli/messages.ts), the added headers (Part d'enfant, Montant immunisé,
 * Contribution, Statut), the Status texts and rule errors (the rules' withLanguage) and the summary sheet (Résumé) in
 * French; Dutch by default. The list's headers are read in either language.
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
import type { Taal } from "../rules";
import { CLI_TEXTS, exampleValue, type CliTexts } from "./messages";

/**
 * The file layer (ExcelJS, a quarter of a second to load): loaded once a file is to be read or an error explained,
 * never for --help or a wrong command line, so those answer at once.
 */
async function fileLayer() {
  const [batchFile, file] = await Promise.all([import("../workbook/batchFile"), import("../workbook/file")]);
  return { openFileList: batchFile.openFileList, SpreadsheetFileError: file.SpreadsheetFileError, systemErrorMessage: file.systemErrorMessage };
}

/** The help text in Dutch (the default language); `--taal fr --help` shows CLI_TEXTS.fr.usage. */
export const USAGE = CLI_TEXTS.nl.usage;

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
  /** --taal: the language of the messages and of what is written; nl by default */
  taal: Taal;
}

/** A wrong command line; `taal` is the language the user asked for (as far as it could be read). */
class UsageError extends Error {
  constructor(
    message: string,
    readonly taal: Taal,
  ) {
    super(message);
  }
}
/** The list cannot be processed: a message in the run's language, exit code 1. */
class CannotProcess extends Error {}

/** The options of the command line, for node:util parseArgs (strict: anything else is an error). */
const OPTIONS = {
  uit: { type: "string", multiple: true },
  blad: { type: "string", multiple: true },
  schaal: { type: "string", multiple: true },
  overschrijf: { type: "boolean", multiple: true },
  taal: { type: "string", multiple: true },
  help: { type: "boolean", short: "h" },
} as const;

/** The option a parseArgs message names ('--uit', '-o'), or the text itself. */
function optionIn(message: string): string {
  return /'(-[^' ]+)/.exec(message)?.[1] ?? message;
}

/** parseArgs's English errors in the user's language, by their code. */
function usageError(error: unknown, taal: Taal): UsageError {
  const t = CLI_TEXTS[taal];
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error || (typeof error === "object" && error !== null) ? String((error as Error).message) : String(error);
  const option = optionIn(message);
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(t.unknownOption(option), taal);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /does not take an argument/.test(message)
        ? new UsageError(t.noValueTaken(option), taal)
        : new UsageError(t.valueNeeded(option, exampleValue(taal, option)), taal);
    default:
      return new UsageError(t.wrongCommand(message), taal);
  }
}

/**
 * The language asked for with --taal, read before the full parse so that the errors of a wrong command line are in
 * that language too: the first `--taal fr` / `--taal=fr` before a `--`; nl otherwise (also for an unknown value).
 */
function askedLanguage(argv: readonly string[]): Taal {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") break;
    const value = arg === "--taal" ? argv[i + 1] : arg.startsWith("--taal=") ? arg.slice("--taal=".length) : undefined;
    if (value !== undefined) return value.trim().toLowerCase() === "fr" ? "fr" : "nl";
  }
  return "nl";
}

function parseCommandLine(argv: readonly string[]): Options | { help: Taal } {
  const taal = askedLanguage(argv);
  const t = CLI_TEXTS[taal];
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    throw usageError(error, taal);
  }
  const values = parsed.values as { uit?: string[]; blad?: string[]; schaal?: string[]; taal?: string[]; overschrijf?: boolean[]; help?: boolean };
  const single = (name: "uit" | "blad" | "schaal" | "taal"): string | undefined => {
    const list = values[name];
    if (list === undefined) return undefined;
    if (list.length > 1) throw new UsageError(t.optionTwice(`--${name}`, list.length), taal);
    if (list[0].trim() === "") throw new UsageError(t.valueNeededPlain(`--${name}`), taal);
    return list[0];
  };
  const language = single("taal");
  if (language !== undefined && !["nl", "fr"].includes(language.trim().toLowerCase())) throw new UsageError(t.unknownLanguage(language), taal);
  if (values.help === true) return { help: taal };
  const positional = parsed.positionals;
  if (positional.length === 0) throw new UsageError(t.noInput, taal);
  if (positional.length > 1) throw new UsageError(t.oneInput(positional.length, positional.join(", ")), taal);
  const options: Options = { input: positional[0], overwrite: (values.overschrijf ?? []).length > 0, taal };
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
function checkOutput(output: string, inputs: { file: string; message: (output: string, file: string) => string }[], overwrite: boolean, t: CliTexts): void {
  for (const { file, message } of inputs) {
    if (sameFile(output, file)) throw new CannotProcess(message(output, file));
  }
  if (fs.existsSync(output) && !overwrite) throw new CannotProcess(t.outputExists(output));
}

/**
 * The output's folder must exist and be a folder (`--uit lijst.csv/uit.xlsx` names a file as its folder): checked
 * before anything is read, so the message names the path the user gave, never the hidden temporary file.
 */
function checkOutputFolder(output: string, t: CliTexts): void {
  const folder = path.dirname(output);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(folder);
  } catch {
    // ENOENT, or ENOTDIR for a path through a file (lijst.csv/sub/uit.xlsx): the folder does not exist
    stat = undefined;
  }
  if (stat === undefined) throw new CannotProcess(t.outputFolderMissing(folder));
  if (!stat.isDirectory()) throw new CannotProcess(t.outputFolderIsFile(output, folder));
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
  let options: Options | { help: Taal };
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      const t = CLI_TEXTS[error.taal];
      io.stderr.write(`${t.error(error.message)}\n\n${t.usage}\n`);
      return 1;
    }
    throw error;
  }
  if ("help" in options) {
    io.stdout.write(`${CLI_TEXTS[options.help].usage}\n`);
    return 0;
  }
  const t = CLI_TEXTS[options.taal];
  try {
    return await run(options, io, t);
  } catch (error) {
    const { SpreadsheetFileError, systemErrorMessage } = await fileLayer();
    if (error instanceof CannotProcess || error instanceof SpreadsheetFileError || error instanceof DossierListError) {
      io.stderr.write(`${t.error(error.message)}\n`);
      return 1;
    }
    const system = systemErrorMessage(error, undefined, options.taal);
    if (system !== undefined) {
      io.stderr.write(`${t.error(system)}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${t.unexpected(message)}\n`);
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

async function run(options: Options, io: Io, t: CliTexts): Promise<number> {
  const input = fromUser(options.input);
  const output = options.output !== undefined ? fromUser(options.output) : defaultOutput(input);
  const scaleFile = options.scale !== undefined ? fromUser(options.scale) : undefined;
  if (path.extname(output).toLowerCase() !== ".xlsx") throw new CannotProcess(t.outputNotXlsx(output));
  const inputs = [{ file: input, message: t.outputIsInput }];
  if (scaleFile !== undefined) inputs.push({ file: scaleFile, message: t.outputIsScale });
  if (fs.existsSync(output) && fs.statSync(output).isDirectory()) throw new CannotProcess(t.outputIsFolder(output));
  checkOutput(output, inputs, options.overwrite === true, t);
  checkOutputFolder(output, t);

  const started = Date.now();
  const { openFileList } = await fileLayer();
  const list = await openFileList({ input, sheet: options.sheet, scaleFile, taal: options.taal });
  const rowCount = list.sheet.rowCount;
  const progress = progressReporter(io, io.stderr.isTTY === true || rowCount > PROGRESS_ROWS);
  const report = await list.run(progressLines(progress, started, t));
  progress.phase(t.saving);
  await list.save(output);
  progress.end();
  const file = { input: options.input, kind: list.kind, sheet: list.sheet.name, output: options.output ?? defaultOutput(options.input) };
  io.stdout.write(message(report, file, t).join("\n") + "\n");
  return 0;
}

/** Milliseconds as seconds with one decimal, written the Belgian way in both languages: 700 -> "0,7". */
export function secondsText(ms: number): string {
  return (Math.max(0, ms) / 1000).toFixed(1).replace(".", ",");
}

/** The runner's progress as lines on stderr: a line per phase, a bar (or a line per tenth) within it. */
function progressLines(progress: ReturnType<typeof progressReporter>, started: number, t: CliTexts): (p: BatchProgress) => void {
  const LABELS = t.phase;
  let phase = "";
  let read = 0;
  return (p) => {
    if (p.phase === "klaar") return;
    if (p.phase !== phase) {
      if (phase === "lezen") progress.phase(t.read(read, secondsText(Date.now() - started)));
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
function message(report: BatchReport, file: { input: string; kind: "xlsx" | "csv"; sheet: string; output: string }, t: CliTexts): string[] {
  const out: string[] = [];
  // the paths as the user typed them (relative to the user's folder); messages about a file name it in full
  out.push(file.kind === "xlsx" ? t.listSheet(file.input, file.sheet) : t.list(file.input));
  out.push(report.method === "schaal" ? t.byScale(report.schaalBron) : t.byApproximation);
  if (report.countsLine !== undefined) out.push(report.countsLine);
  for (const notice of report.notices) out.push(notice);
  if (report.firstErrors.length > 0) {
    out.push(report.errors > report.firstErrors.length ? t.firstErrors(report.firstErrors.length) : t.errors);
    for (const e of report.firstErrors) out.push(e.dossier ? t.errorRowDossier(e.row, e.dossier, e.status) : t.errorRow(e.row, e.status));
  }
  out.push(report.summarySheet !== undefined ? t.writtenWithSummary(file.output, report.summarySheet) : t.written(file.output));
  return out;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      const t = CLI_TEXTS[askedLanguage(process.argv.slice(2))];
      process.stderr.write(`${t.unexpected(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 1;
    },
  );
}
