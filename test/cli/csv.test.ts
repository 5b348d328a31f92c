/**
 * The CSV reader (issue 9, defect 1): a file that cannot be read whole is refused with the line named, never read
 * short; empty cells are blanks. Properties: writing then reading a list gives the same rows; a stray quote anywhere
 * in a written file is refused with a line number or loses no row.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { main } from "../../src/cli/herbereken";
import { formatCsv, parseCsv, SpreadsheetFileError, type CsvCell } from "../../src/workbook/file";
import { capture } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csv-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = "Dossier;Kind;Inkomen;Partner inkomen;Personen ten laste;Tekort";

test('a stray quote ("Bob) in row 10 of 1 000: refused with its line, exit 1, no output written', async () => {
  const lines = [HEADER];
  for (let i = 1; i <= 1000; i++) lines.push(`D${i};${i === 10 ? '"Bob' : `Kind ${i}`};20000;;0;900`);
  const file = path.join(dir, "quote.csv");
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
  const { out, io } = capture();
  expect(await main([file], io)).toBe(1);
  // data row 10 is line 11 of the file (line 1 is the header)
  expect(out.stderr).toMatch(/^Fout: .*quote\.csv kan niet volledig gelezen worden: op regel 11 opent een aanhalingsteken/);
  expect(out.stdout).toBe("");
  expect(fs.existsSync(path.join(dir, "quote.herberekend.xlsx"))).toBe(false);
});

test("a quote in the middle of an unquoted cell is refused with its line", () => {
  expect(() => parseCsv(`${HEADER}\nD1;5" scherm;1;;0;9\n`, { file: "x.csv" })).toThrow(/x\.csv kan niet volledig gelezen worden: in de rij die op regel 2 begint, staat een aanhalingsteken/);
});

test("empty cells are blanks (null), quoted text keeps separators, quotes and line breaks", () => {
  expect(parseCsv('a;"b ""c"" d";e\r\n1;;"x\ny"\n')).toEqual([
    ["a", 'b "c" d', "e"],
    ["1", null, "x\ny"],
  ]);
  expect(parseCsv("a;b\n\n1;2")).toEqual([["a", "b"], [null], ["1", "2"]]);
  // mixed line endings: each one ends a row
  expect(parseCsv("a;b\r\n;;\n\rz")).toEqual([["a", "b"], [null, null, null], [null], ["z"]]);
});

test("the CLI reads an empty CSV cell as a blank, not as text", async () => {
  const file = path.join(dir, "leeg.csv");
  fs.writeFileSync(file, `${HEADER}\r\nD1;a;1000;;0;900\r\n`);
  expect(await main([file], capture().io)).toBe(0);
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "leeg.herberekend.xlsx"));
  // Partner inkomen (D2) is empty in the file: a blank cell, not a cell holding ""
  expect(wb.worksheets[0].getCell("D2").value).toBeNull();
});

/** A cell's text: often plain, sometimes with the separators, quotes and line breaks that need quoting. */
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom("a", "B", "1", ",", ".", " ", "é") , maxLength: 8 }),
  fc.string({ unit: fc.constantFrom("x", ";", ",", '"', "\n", "\r\n", "\r", "\t", " "), maxLength: 8 }),
);
const cell: fc.Arbitrary<CsvCell> = fc.oneof(cellText.map((t) => (t === "" ? null : t)), fc.constant(null));
/** A list: a plain header row (as a real list has), then rows of the same width. */
const list = fc.integer({ min: 2, max: 6 }).chain((width) =>
  fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 12 }).map((rows) => [
    Array.from({ length: width }, (_, c) => `Kolom ${c + 1}`) as CsvCell[],
    ...rows,
  ]),
);

/** Does a cell run over several lines and hold the separator (what a stray quote swallowing rows looks like)? */
const breaksWithSeparator = (cell: CsvCell, delimiter: string) => cell !== null && /[\r\n]/.test(cell) && cell.includes(delimiter);

test("property: writing a list as CSV then reading it gives the same rows, or (a cell over several lines holding the separator) is refused naming that cell's first line", () => {
  fc.assert(
    fc.property(list, fc.constantFrom(";", ","), (rows, delimiter) => {
      const text = formatCsv(rows, delimiter);
      const suspect = rows.flat().find((c) => breaksWithSeparator(c, delimiter));
      if (suspect === undefined) {
        expect(parseCsv(text)).toEqual(rows);
        return;
      }
      let message = "";
      try {
        parseCsv(text);
      } catch (error) {
        expect(error).toBeInstanceOf(SpreadsheetFileError);
        message = (error as Error).message;
      }
      const line = /een cel tussen aanhalingstekens \(kolom [A-Z]+\) begint op regel (\d+)/.exec(message);
      expect(line).not.toBeNull();
      // the line named opens such a cell: it ends with a quote and that cell's first line (its quotes doubled)
      const lines = text.split(/\r\n|\n|\r/);
      const opening = lines[Number(line![1]) - 1];
      const cellOnLine = (c: CsvCell) => breaksWithSeparator(c, delimiter) && opening.endsWith('"' + c!.split(/\r\n|\n|\r/)[0].replace(/"/g, '""'));
      expect(rows.flat().some(cellOnLine)).toBe(true);
    }),
    { numRuns: 400 },
  );
});

/** `text` with a quote inserted at each of `positions` (taken modulo the length, from the end so they do not move). */
function withStrayQuotes(text: string, positions: readonly number[]): string {
  const at = positions.map((p) => p % (text.length + 1)).sort((a, b) => b - a);
  let broken = text;
  for (const p of at) broken = broken.slice(0, p) + '"' + broken.slice(p);
  return broken;
}

/** Reads `broken`: either refused with a line of the file named, or no fewer rows than `rows`. */
function refusedWithLineOrWhole(broken: string, rows: readonly CsvCell[][]): void {
  let read: CsvCell[][];
  try {
    read = parseCsv(broken, { delimiter: ";", file: "lijst.csv" });
  } catch (error) {
    expect(error).toBeInstanceOf(SpreadsheetFileError);
    const line = /regel (\d+)/.exec((error as Error).message);
    expect(line).not.toBeNull();
    expect(Number(line![1])).toBeGreaterThanOrEqual(1);
    expect(Number(line![1])).toBeLessThanOrEqual(broken.split(/\r\n|\n|\r/).length);
    return;
  }
  expect(read.length).toBeGreaterThanOrEqual(rows.length);
}

test("property: one or two stray quotes anywhere in a written file: refused with a line number, or no row is lost", () => {
  fc.assert(
    fc.property(list, fc.array(fc.nat(), { minLength: 1, maxLength: 2 }), (rows, positions) => {
      refusedWithLineOrWhole(withStrayQuotes(formatCsv(rows, ";"), positions), rows);
    }),
    { numRuns: 1000 },
  );
});

/** A list whose cells never run over several lines while holding a semicolon: read whole before the stray quotes. */
const readableList = list.filter((rows) => !rows.flat().some((c) => breaksWithSeparator(c, ";")));

test("property: two stray quotes (the swallowing kind) in a list that reads whole: refused with a line number, or no row is lost", () => {
  fc.assert(
    fc.property(readableList, fc.nat(), fc.nat(), (rows, a, b) => {
      const text = formatCsv(rows, ";");
      // each quote at the start of a line's cell: the shape of "Bob ... Ann" that swallowed rows silently
      const starts = [0, ...[...text.matchAll(/\r\n|\n|\r|;/g)].map((m) => m.index! + m[0].length)];
      refusedWithLineOrWhole(withStrayQuotes(text, [starts[a % starts.length], starts[b % starts.length]]), rows);
    }),
    { numRuns: 1000 },
  );
});
