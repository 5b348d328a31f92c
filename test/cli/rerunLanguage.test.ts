/**
 * Audit item 4c: a run in the other language on an earlier output (a Dutch output recalculated with --taal fr, and the
 * other way round) reuses the output columns that are there, keeps their headers as they are, adds none, and writes
 * the same figures; only the Status texts follow the run's language. Also when the list is an Excel table.
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
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "taalwissel-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NL = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];
const FR = ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit"];
const OUT_NL = ["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"];
const OUT_FR = ["Part d'enfant", "Montant immunisé", "Contribution", "Statut"];

async function run(argv: string[]): Promise<void> {
  const { out, io } = capture();
  expect(await main(argv, io)).toBe(0);
  expect(out.stderr).toBe("");
}

async function list(file: string): Promise<{ rows: unknown[][]; tables: { tableRef: string; columns: { name: string }[] }[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("Lijst")!;
  return { rows: sheetRows(sheet), tables: (sheet.getTables() as unknown as { table: { tableRef: string; columns: { name: string }[] } }[]).map((t) => t.table) };
}

// two children of dossier A (tekort 900: kindsdeel 450 each), the first with a bad income
const DATA = [
  ["A", "a", "veel", null, 0, 900],
  ["A", "b", 20000, null, 0, 900],
];

test.each([
  ["a Dutch output recalculated with --taal fr", NL, OUT_NL, [] as string[], ["--taal", "fr"]],
  ["a French output recalculated in Dutch", FR, OUT_FR, ["--taal", "fr"], [] as string[]],
])("%s: the output columns are reused with their headers, none added, the same figures", async (_name, inputs, outputs, first, second) => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lijst").addRows([inputs, ...DATA]);
  const input = path.join(dir, `${first.length}.xlsx`);
  await wb.xlsx.writeFile(input);
  const once = path.join(dir, `${first.length}-1.xlsx`);
  const twice = path.join(dir, `${first.length}-2.xlsx`);
  await run([input, "--uit", once, ...first]);
  await run([once, "--uit", twice, ...second]);
  const a = (await list(once)).rows;
  const b = (await list(twice)).rows;
  expect(a[0]).toEqual([...inputs, ...outputs]);
  expect(b[0]).toEqual([...inputs, ...outputs]);
  // kindsdeel 900 / 2 = 450 on both rows; the figures are the same in both runs
  expect(b[1][6]).toBe(450);
  expect(b[2][6]).toBe(450);
  expect(b.map((r) => r.slice(0, 9))).toEqual(a.map((r) => r.slice(0, 9)));
  expect(b[2][9]).toBe("OK");
  // the error row's Status is in the second run's language
  expect(b[1][9]).toMatch(second.length > 0 ? /« veel »/ : /"veel"/);
});

test("a table list: a Dutch output recalculated with --taal fr keeps its table of ten columns with the Dutch names", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lijst").addTable({ name: "Dossiers", ref: "A1", headerRow: true, columns: NL.map((name) => ({ name, filterButton: true })), rows: DATA });
  const input = path.join(dir, "tabel.xlsx");
  await wb.xlsx.writeFile(input);
  const once = path.join(dir, "tabel-1.xlsx");
  const twice = path.join(dir, "tabel-2.xlsx");
  await run([input, "--uit", once]);
  await run([once, "--uit", twice, "--taal", "fr"]);
  const { rows, tables } = await list(twice);
  expect(rows[0]).toEqual([...NL, ...OUT_NL]);
  expect(tables).toHaveLength(1);
  expect(tables[0].tableRef).toBe("A1:J3");
  expect(tables[0].columns.map((c) => c.name)).toEqual([...NL, ...OUT_NL]);
});
