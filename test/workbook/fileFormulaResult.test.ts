/**
 * A formula cell is read as its calculated value (SPEC 3), also when that value is empty text, 0 or FALSE.
 *
 * Excel saves `=ALS(x;"";...)` whose result is empty text as `<c t="str"><f>..</f><v></v></c>` (or `<v/>`); ExcelJS
 * drops that empty result when it reads the file, and its `cell.value` drops every falsy result (0, FALSE, ""), so
 * such cells looked like "formula without a stored value" and their rows (or a whole Schaal) were refused with advice
 * (open and save in Excel) that cannot help. A formula with no <v> at all is still that error.
 *
 * The files are written by ExcelJS and then patched at the XML level with JSZip, so the cells hold exactly what
 * Excel writes.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/herbereken";
import { FORMULA_WITHOUT_VALUE } from "../../src/dossiers/cells";
import { openSpreadsheet, sheetRows, writeWorkbookFast } from "../../src/workbook/file";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formuleresultaat-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];
const MESSAGE = "formule zonder berekende waarde: open en bewaar het bestand in Excel.";

/**
 * Writes `sheets` with ExcelJS, then replaces the XML of the cells named in `patches` (sheet index -> address -> the
 * whole `<c>` element). Each patched cell must hold a placeholder value in `sheets`, so ExcelJS writes an element.
 */
async function patchedWorkbook(name: string, sheets: Record<string, unknown[][]>, patches: Record<number, Record<string, string>>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) wb.addWorksheet(sheet).addRows(rows);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const [index, cells] of Object.entries(patches)) {
    const part = `xl/worksheets/sheet${index}.xml`;
    let xml = await zip.file(part)!.async("string");
    for (const [address, element] of Object.entries(cells)) {
      const pattern = new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`);
      expect(xml).toMatch(pattern);
      xml = xml.replace(pattern, element);
    }
    zip.file(part, xml);
  }
  const file = path.join(dir, `${name}.xlsx`);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
}

const EMPTY_TEXT = '<c r="D2" t="str"><f>IF(1=1,"","x")</f><v></v></c>';

test.each([
  ["<v></v>", EMPTY_TEXT],
  ["<v/>", '<c r="D2" t="str"><f>IF(1=1,"","x")</f><v/></c>'],
])("a text formula whose stored result is empty (%s) reads as an empty cell; one without <v> stays a formula without value", async (_label, element) => {
  const file = await patchedWorkbook(`leeg${_label.length}`, { Lijst: [H, ["A", "a", 20000, 1, 0, 900], ["A", "b", 20000, 1, 0, 900]] }, {
    1: { D2: element, D3: '<c r="D3" t="str"><f>IF(1=1,"","x")</f></c>' },
  });
  const { workbook } = await openSpreadsheet(file);
  const rows = sheetRows(workbook.getWorksheet("Lijst")!);
  expect(rows[1][3]).toBe("");
  expect(rows[2][3]).toBe(FORMULA_WITHOUT_VALUE);
});

test("formulas whose stored result is 0 or FALSE read as 0 and FALSE, not as formulas without value", async () => {
  const file = await patchedWorkbook("nul", { Lijst: [H, ["A", "a", 20000, 1, 0, 900]] }, {
    1: { D2: '<c r="D2"><f>5-5</f><v>0</v></c>', E2: '<c r="E2" t="b"><f>1=2</f><v>0</v></c>' },
  });
  const { workbook } = await openSpreadsheet(file);
  const rows = sheetRows(workbook.getWorksheet("Lijst")!);
  expect(rows[1][3]).toBe(0);
  expect(rows[1][4]).toBe(false);
});

test("the CLI: Partner inkomen =IF(..,\"\",..) with an empty result is an empty partner income (OK); a formula without <v> is an error on its row", async () => {
  // Inkomen 20 000, no partner income, 0 dependants, Tekort 900, two children in dossier A: both rows are computed
  // alike, the only difference being D3's formula without value on row 3
  const input = await patchedWorkbook("cli", { Lijst: [H, ["A", "a", 20000, 1, 0, 900], ["A", "b", 20000, 1, 0, 900], ["B", "a", 20000, null, 0, 900]] }, {
    1: { D2: EMPTY_TEXT, D3: '<c r="D3"><f>1+1</f></c>' },
  });
  const output = path.join(dir, "cli-uit.xlsx");
  const { out, io } = capture();
  expect(await main([input, "--uit", output], io)).toBe(0);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  const list = sheetRows(back.getWorksheet("Lijst")!);
  // output columns after the 6 inputs: Kindsdeel, Vrijstelling, Bijdrage, Status
  expect(list[1][9]).toBe("OK");
  expect(list[2][9]).toBe(`Partner inkomen: ${MESSAGE}`);
  // row 2 (empty partner income) gets exactly what row 4 (a typed empty partner income) gets
  expect(list[1][7]).toEqual(list[3][7]);
  expect(list[1][8]).toEqual(list[3][8]);
  expect(out.stdout).toContain("Rijen: 3, OK: 2, fouten: 1");
  // the formula and its empty result are copied unchanged, so running the CLI again on the output reads the same
  expect(back.getWorksheet("Lijst")!.getCell("D2").formula).toBe('IF(1=1,"","x")');
  expect(list[1][3]).toBe("");
});

test("a Schaal whose inkomen_tot is a formula with an empty text result is read as no upper bound, not refused", async () => {
  // scale: 0 dependants, from 0 to (empty = no upper bound), 50 EUR a month. Inkomen 20 000 + 0 -> 50 EUR,
  // below the kindsdeel (tekort 900 for one child, so at most 900): Bijdrage 50
  const input = await patchedWorkbook("schaal", {
    Lijst: [H, ["A", "a", 20000, null, 0, 900]],
    Schaal: [["Personen ten laste", "Inkomen van", "Inkomen tot", "Maandbedrag"], [0, 0, 1, 50]],
  }, { 2: { C2: '<c r="C2" t="str"><f>IF(TRUE,"",1)</f><v></v></c>' } });
  const output = path.join(dir, "schaal-uit.xlsx");
  const { out, io } = capture();
  expect(await main([input, "--uit", output], io)).toBe(0);
  expect(out.stderr).toBe("");
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  const list = sheetRows(back.getWorksheet("Lijst")!);
  expect(list[1][9]).toBe("OK");
  expect(list[1][8]).toBe(50);
});

test("a Schaal cell that is a formula with no <v> at all is still refused", async () => {
  const input = await patchedWorkbook("schaalzonder", {
    Lijst: [H, ["A", "a", 20000, null, 0, 900]],
    Schaal: [["Personen ten laste", "Inkomen van", "Inkomen tot", "Maandbedrag"], [0, 0, 1, 50]],
  }, { 2: { C2: '<c r="C2" t="str"><f>IF(TRUE,"",1)</f></c>' } });
  const { out, io } = capture();
  expect(await main([input, "--uit", path.join(dir, "schaalzonder-uit.xlsx")], io)).toBe(1);
  expect(out.stderr).toBe(`Fout: De schaal (blad Schaal) is onbruikbaar: rij 2, kolom 3: ${MESSAGE}\n`);
});

test("the fast (streaming) writer keeps formula results 0, FALSE and empty text, so the output reads back the same", async () => {
  const file = await patchedWorkbook("kopie", { Lijst: [["Getal", "Waar", "Tekst"], [1, 1, 1]] }, {
    1: { A2: '<c r="A2"><f>5-5</f><v>0</v></c>', B2: '<c r="B2" t="b"><f>1=2</f><v>0</v></c>', C2: EMPTY_TEXT.replace("D2", "C2") },
  });
  const { workbook } = await openSpreadsheet(file);
  const output = path.join(dir, "kopie-uit.xlsx");
  expect(await writeWorkbookFast(workbook, output)).toBe("stream");
  const zip = await JSZip.loadAsync(fs.readFileSync(output));
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(xml).toMatch(/<c r="A2"[^>]*><f>5-5<\/f><v>0<\/v><\/c>/);
  expect(xml).toMatch(/<c r="B2"[^>]*t="b"[^>]*><f>1=2<\/f><v>0<\/v><\/c>/);
  expect(xml).toMatch(/<c r="C2"[^>]*t="str"[^>]*><f>IF\(1=1,&quot;&quot;,&quot;x&quot;\)<\/f><v(\/>|><\/v>)<\/c>/);
  const again = await openSpreadsheet(output);
  expect(sheetRows(again.workbook.getWorksheet("Lijst")!)[1]).toEqual([0, false, ""]);
});
