/**
 * Number text in a list (SPEC 3), one rule, through the command line: Belgian form first (`1.234,56`; dots group
 * thousands by three, so `234.567` is 234 567); text that is not Belgian but plain international (`1234.567`,
 * `12.5`) is read that way; anything else is an error naming the cell (row and column).
 *
 * Each dossier has one child and no scale, so its Kindsdeel is its Tekort rounded DOWN to the cent (SPEC 3):
 * the Kindsdeel column shows how the Tekort text was read.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { sheetRows } from "../../src/workbook/file";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "getallen-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const CASES: [text: string, kindsdeel: number | string][] = [
  ["1.234,56", 1234.56], // Belgian: dot groups, comma decimals
  ["234.567", 234567], // Belgian first: one group of three after the dot = thousands
  ["1.234", 1234],
  ["12.345.678", 12345678],
  ["1234,5", 1234.5],
  ["€ 31.723,00", 31723],
  ["1 234,56", 1234.56], // a space groups thousands too
  ["1234.567", 1234.56], // not Belgian (4 digits before the dot): international 1 234,567, rounded down to the cent
  ["12.5", 12.5], // not Belgian: international
  ["0.125", 0.12], // a leading 0 group is never thousands: 0,125, rounded down
  ["1,234.56", 'Tekort: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "1,234.56".'],
  ["1.23.4", 'Tekort: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "1.23.4".'],
  ["12,345.6", 'Tekort: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "12,345.6".'],
];

test("number text in a CSV list: one rule, the Kindsdeel shows how each Tekort was read", async () => {
  const lines = ["Dossier;Kind;Inkomen;Partner inkomen;Personen ten laste;Tekort"];
  CASES.forEach(([text], i) => lines.push(`D${i};kind;0;;0;"${text}"`));
  const input = path.join(dir, "getallen.csv");
  fs.writeFileSync(input, lines.join("\r\n"));
  const out = { stdout: "", stderr: "" };
  const io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } };
  expect(await main([input], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "getallen.herberekend.xlsx"));
  const rows = sheetRows(wb.worksheets[0]).slice(1);
  const got = rows.map((row) => (row[9] === "OK" ? row[6] : row[9]));
  expect(got).toEqual(CASES.map(([, expected]) => expected));
  // the error names the cell: its row (file line) and its column
  expect(out.stdout).toContain('rij 12 (dossier D10): Tekort: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "1,234.56".');
});
