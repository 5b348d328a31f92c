/**
 * Issue 11 item 4, "the filter over all columns", when the list is an Excel TABLE: the command line grows the table
 * over the four output columns (as the Excel batch adds them as table columns), so the table's own filter covers
 * every column; no sheet filter is added over the table (that would make the file invalid).
 *
 * The input table is written as Excel writes one: `<autoFilter ref="A1:F3"/>` without a <filterColumn> per column
 * (ExcelJS itself writes one per column, so its table XML is patched with JSZip).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/herbereken";
import { capture } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tabel-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];

interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string; filterButton?: boolean }[];
}

/** A list as the Excel table "Dossiers" over A1:F3 (header and two rows), saved the way Excel saves a table. */
async function tableList(name: string, extra?: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("Lijst");
  sheet.addTable({
    name: "Dossiers",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: H.map((h) => ({ name: h, filterButton: true })),
    rows: [
      ["A", "a", 40000, null, 0, 900],
      ["A", "b", 20000, null, 0, 900],
    ],
  });
  extra?.(sheet);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = "xl/tables/table1.xml";
  const xml = await zip.file(part)!.async("string");
  const excelLike = xml.replace(/<autoFilter ref="A1:F3">.*<\/autoFilter>/, '<autoFilter ref="A1:F3"/>');
  expect(excelLike).not.toBe(xml);
  zip.file(part, excelLike);
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

async function run(argv: string[]): Promise<void> {
  const { out, io } = capture();
  const code = await main(argv, io);
  expect(out.stderr).toBe("");
  expect(code).toBe(0);
}

async function readBack(file: string): Promise<{ sheet: ExcelJS.Worksheet; table: TableModel; xml: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("Lijst")!;
  const tables = sheet.getTables() as unknown as { table: TableModel }[];
  expect(tables).toHaveLength(1);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const name = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
  return { sheet, table: tables[0].table, xml: await zip.file(name)!.async("string") };
}

test("the table grows over the output columns G..J: ref A1:J3, the output headers as its columns, its filter over all ten with every button shown", async () => {
  const input = await tableList("lijst");
  const output = path.join(dir, "lijst-uit.xlsx");
  await run([input, "--uit", output]);
  const { sheet, table, xml } = await readBack(output);
  expect(table.name).toBe("Dossiers");
  expect(table.tableRef).toBe("A1:J3");
  expect(table.autoFilterRef).toBe("A1:J3");
  expect(table.columns.map((c) => c.name)).toEqual([...H, "Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
  // each table column is named by its header cell, as Excel requires
  expect(table.columns.map((c, i) => sheet.getRow(1).getCell(i + 1).value)).toEqual(table.columns.map((c) => c.name));
  // no filter button hidden (ExcelJS alone would write hiddenButton="1" for the columns Excel wrote without one)
  expect(xml).not.toContain('hiddenButton="1"');
  expect(xml).toContain('<tableColumns count="10">');
  // the table has the filter: no sheet filter over it
  expect(sheet.autoFilter).toBeUndefined();
  // the rows were computed (both OK)
  expect(sheet.getCell("J2").value).toBe("OK");
  expect(sheet.getCell("J3").value).toBe("OK");
});

test("a rerun on its own output reuses the table's output columns: still A1:J3, ten columns, no duplicate", async () => {
  const input = await tableList("twee");
  const first = path.join(dir, "twee-uit.xlsx");
  const second = path.join(dir, "twee-uit2.xlsx");
  await run([input, "--uit", first]);
  await run([first, "--uit", second]);
  const { table, sheet } = await readBack(second);
  expect(table.tableRef).toBe("A1:J3");
  expect(table.columns.map((c) => c.name)).toEqual([...H, "Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
  expect(sheet.getCell("K1").value).toBeNull();
});

test("in French the table's new columns carry the French output headers", async () => {
  const input = await tableList("fr");
  const output = path.join(dir, "fr-uit.xlsx");
  await run([input, "--uit", output, "--taal", "fr"]);
  const { sheet, table } = await readBack(output);
  expect(table.tableRef).toBe("A1:J3");
  const headers = [7, 8, 9, 10].map((c) => sheet.getRow(1).getCell(c).value);
  expect(headers.every((h) => typeof h === "string" && h !== "")).toBe(true);
  expect(table.columns.slice(6).map((c) => c.name)).toEqual(headers);
});

test("a list on a plain sheet (no table) still gets a sheet filter over all columns", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lijst").addRows([H, ["A", "a", 40000, null, 0, 900]]);
  const input = path.join(dir, "blad.xlsx");
  await wb.xlsx.writeFile(input);
  const output = path.join(dir, "blad-uit.xlsx");
  await run([input, "--uit", output]);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  expect(back.getWorksheet("Lijst")!.autoFilter).toBe("A1:J2");
});

test("another table of the workbook keeps its filter buttons shown (ExcelJS alone would hide them)", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lijst").addRows([H, ["A", "a", 40000, null, 0, 900]]);
  wb.addWorksheet("Notities").addTable({ name: "Notities", ref: "A1", headerRow: true, columns: [{ name: "Dossier", filterButton: true }, { name: "Notitie", filterButton: true }], rows: [["A", "x"]] });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = "xl/tables/table1.xml";
  zip.file(part, (await zip.file(part)!.async("string")).replace(/<autoFilter ref="A1:B2">.*<\/autoFilter>/, '<autoFilter ref="A1:B2"/>'));
  const input = path.join(dir, "notities.xlsx");
  fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  const output = path.join(dir, "notities-uit.xlsx");
  await run([input, "--uit", output]);
  const back = await JSZip.loadAsync(fs.readFileSync(output));
  const xml = await back.file(Object.keys(back.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!)!.async("string");
  expect(xml).toContain('ref="A1:B2"');
  expect(xml).not.toContain('hiddenButton="1"');
});
