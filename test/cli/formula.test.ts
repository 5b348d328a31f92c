/**
 * A formula cell without a stored value (issue 9, defect 3; SPEC 3), as a workbook written by a script holds it:
 * an error on its row, in every column, never an empty cell. With a stored value, the value is used.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { sheetRows } from "../../src/workbook/file";
import { capture } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formule-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];
const MESSAGE = "formule zonder berekende waarde: open en bewaar het bestand in Excel.";

/** Writes the rows (ExcelJS writes a `{ formula }` cell without a cached value), runs the CLI, reads the list back. */
async function run(name: string, rows: unknown[][], extra: Record<string, unknown[][]> = {}) {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lijst").addRows([H, ...rows]);
  for (const [sheet, values] of Object.entries(extra)) wb.addWorksheet(sheet).addRows(values);
  const input = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(input);
  const output = path.join(dir, `${name}-uit.xlsx`);
  const { out, io } = capture();
  const code = await main([input, "--uit", output], io);
  if (code !== 0) return { code, out, list: [] as unknown[][], summary: [] as unknown[][] };
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  return { code, out, list: sheetRows(back.getWorksheet("Lijst")!), summary: sheetRows(back.getWorksheet("Samenvatting")!) };
}

test("Partner inkomen =5000*2 without a stored value: an error on its row, no Bijdrage, no OCMW share for the dossier", async () => {
  const r = await run("zonder", [
    ["A", "a", 20000, { formula: "5000*2" }, 0, 900],
    ["A", "b", 20000, null, 0, 900],
  ]);
  expect(r.code).toBe(0);
  // output columns after the 6 inputs: Kindsdeel, Vrijstelling, Bijdrage, Status
  expect(r.list[1][8] ?? null).toBeNull();
  expect(r.list[1][9]).toBe(`Partner inkomen: ${MESSAGE}`);
  expect(r.list[2][9]).toBe("OK");
  expect(r.out.stdout).toContain("Rijen: 2, OK: 1, fouten: 1");
  expect(r.out.stdout).toContain(`rij 2 (dossier A): Partner inkomen: ${MESSAGE}`);
  // the dossier's summary row: no sum of contributions, no OCMW share
  const dossier = r.summary.find((row) => row[0] === "A")!;
  expect(dossier[4] ?? null).toBeNull();
  expect(dossier[5] ?? null).toBeNull();
  // the formula itself is copied unchanged into the new workbook
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "zonder-uit.xlsx"));
  expect(wb.getWorksheet("Lijst")!.getCell("D2").formula).toBe("5000*2");
});

test("with a stored value the value is used, exactly as the same number typed in", async () => {
  const r = await run("met", [
    ["A", "a", 20000, { formula: "5000*2", result: 10000 }, 0, 900],
    ["B", "a", 20000, 10000, 0, 900],
  ]);
  expect(r.list[1][9]).toBe("OK");
  expect(r.list[1].slice(6, 10)).toEqual(r.list[2].slice(6, 10));
});

test.each(H.map((header, column) => [header, column] as const))("a formula without value in %s is an error on its row", async (header, column) => {
  const row: unknown[] = ["A", "a", 20000, null, 0, 900];
  row[column] = { formula: column === 1 ? 'CONCAT("a";"b")' : "1+1" };
  const r = await run(`kolom${column}`, [row, ["A", "b", 20000, null, 0, 900]]);
  expect(r.code).toBe(0);
  expect(r.list[1][9]).toBe(`${header}: ${MESSAGE}`);
  if (header === "Tekort") {
    // the dossier's deficit is unknown: its other row is not computed either
    expect(r.list[2][9]).toMatch(/^Tekort: .*onbekend.*rij 2/);
  }
});

test("a scale with a formula without a stored value is refused", async () => {
  const r = await run("schaal", [["A", "a", 20000, null, 0, 900]], { Schaal: [[0, 0, null, { formula: "10*2" }]] });
  expect(r.code).toBe(1);
  expect(r.out.stderr).toBe(`Fout: De schaal (blad Schaal) is onbruikbaar: rij 1, kolom 4: ${MESSAGE}\n`);
});
