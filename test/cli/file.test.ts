/**
 * Writing a workbook fast (ExcelJS's streaming writer, copying the document) must lose nothing the document writer
 * keeps; workbooks with tables or images go to the document writer.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { streamingBlockers, writeWorkbookFast, sheetRows } from "../../src/workbook/file";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "file-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function richWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Test";
  const ws = wb.addWorksheet("Lijst", { properties: { tabColor: { argb: "FF00FF00" } }, views: [{ state: "frozen", ySplit: 2 }] });
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = "Dossierlijst maart";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.addRow(["Dossier", "Bedrag", "Datum", "Formule", "Link", "Ja"]);
  ws.addRow(["D1", 1234.5, new Date(Date.UTC(2024, 2, 1)), { formula: "B3*2", result: 2469 }, { text: "site", hyperlink: "https://example.org" }, true]);
  ws.addRow(["D2", { richText: [{ text: "vet", font: { bold: true } }, { text: " niet" }] }, null, null, null, false]);
  ws.getColumn(2).numFmt = "#,##0.00";
  ws.getColumn(1).width = 20;
  ws.getColumn(6).hidden = true;
  ws.getRow(3).height = 30;
  ws.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("A3").note = "een opmerking";
  ws.getCell("B4").dataValidation = { type: "list", allowBlank: true, formulae: ['"a,b,c"'] };
  ws.addConditionalFormatting({ ref: "B3:B10", rules: [{ type: "cellIs", operator: "greaterThan", priority: 1, formulae: ["1000"], style: { font: { color: { argb: "FFFF0000" } } } }] });
  ws.autoFilter = "A2:F2";
  const hidden = wb.addWorksheet("Verborgen", { state: "hidden" });
  hidden.addRow(["x", 1]);
  wb.definedNames.add("Lijst!$B$3", "Eerste");
  const file = path.join(dir, "rijk.xlsx");
  await wb.xlsx.writeFile(file);
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(file);
  return read;
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

test("the streaming copy keeps what the document writer keeps", async () => {
  const doc = path.join(dir, "document.xlsx");
  const fast = path.join(dir, "snel.xlsx");
  await (await richWorkbook()).xlsx.writeFile(doc);
  expect(await writeWorkbookFast(await richWorkbook(), fast)).toBe("stream");
  const a = await load(doc);
  const b = await load(fast);
  expect(b.worksheets.map((s) => [s.name, s.state])).toEqual(a.worksheets.map((s) => [s.name, s.state]));
  for (const name of ["Lijst", "Verborgen"]) {
    const sa = a.getWorksheet(name)!;
    const sb = b.getWorksheet(name)!;
    expect(sheetRows(sb)).toEqual(sheetRows(sa));
    sa.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const other = sb.getCell(r, c);
        expect([cell.address, other.value]).toEqual([cell.address, cell.value]);
        expect([cell.address, other.style.numFmt, other.style.font?.bold, other.style.fill]).toEqual([cell.address, cell.style.numFmt, cell.style.font?.bold, cell.style.fill]);
        expect([cell.address, other.note]).toEqual([cell.address, cell.note]);
      }),
    );
  }
  const la = a.getWorksheet("Lijst")!;
  const lb = b.getWorksheet("Lijst")!;
  expect(lb.getColumn(1).width).toBe(la.getColumn(1).width);
  expect(lb.getColumn(6).hidden).toBe(true);
  expect(lb.getRow(3).height).toBe(30);
  expect(lb.views).toEqual(la.views);
  expect(lb.autoFilter).toEqual(la.autoFilter);
  expect(lb.model.merges).toEqual(la.model.merges);
  expect(lb.properties.tabColor).toEqual(la.properties.tabColor);
  expect(lb.getCell("B4").dataValidation).toEqual(la.getCell("B4").dataValidation);
  expect((lb as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings).toEqual((la as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings);
  expect(b.definedNames.model).toEqual(a.definedNames.model);
});

test("tables, images and shared formulas go to the document writer", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("T");
  ws.addTable({ name: "Dossiers", ref: "A1", columns: [{ name: "Dossier" }, { name: "Kind" }], rows: [["A", "a"]] });
  expect(streamingBlockers(wb)).toEqual(["tabellen op blad T"]);
  const file = path.join(dir, "tabel.xlsx");
  await wb.xlsx.writeFile(file);
  const read = await load(file);
  expect(await writeWorkbookFast(read, path.join(dir, "tabel-uit.xlsx"))).toBe("document");
  expect((await load(path.join(dir, "tabel-uit.xlsx"))).getWorksheet("T")!.getTables()).toHaveLength(1);

  const shared = new ExcelJS.Workbook();
  const s = shared.addWorksheet("S");
  s.getCell("A1").value = 1;
  s.getCell("A2").value = 2;
  s.getCell("B1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "B1:B2" } as ExcelJS.CellFormulaValue;
  s.getCell("B2").value = { sharedFormula: "B1", result: 4 } as ExcelJS.CellSharedFormulaValue;
  const sharedFile = path.join(dir, "gedeeld.xlsx");
  expect(await writeWorkbookFast(shared, sharedFile)).toBe("document");
  expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  const back = await load(sharedFile);
  expect(back.getWorksheet("S")!.getCell("B2").result).toBe(4);
});

test("page breaks, page set-up with print titles, and conditional formats go through the streaming copy; a protected sheet goes to the document writer", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("L", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" } });
  ws.addRows([["a"], [1], [2], [3]]);
  ws.getRow(3).addPageBreak();
  ws.addConditionalFormatting({ ref: "A2:A4", rules: [{ type: "expression", priority: 1, formulae: ['A2<>"OK"'], style: { font: { bold: true } } }] });
  const file = path.join(dir, "breuk.xlsx");
  expect(await writeWorkbookFast(wb, file)).toBe("stream");
  const back = (await load(file)).getWorksheet("L")!;
  // ExcelJS does not read page breaks back: look in the sheet's XML
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="3" /);
  expect(back.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
  expect((back as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings.map((cf) => cf.ref)).toEqual(["A2:A4"]);

  const locked = new ExcelJS.Workbook();
  const ls = locked.addWorksheet("B");
  ls.addRow(["x"]);
  await ls.protect("geheim", { selectLockedCells: true });
  const lockedFile = path.join(dir, "beveiligd.xlsx");
  await locked.xlsx.writeFile(lockedFile);
  expect(await writeWorkbookFast(await load(lockedFile), path.join(dir, "beveiligd-uit.xlsx"))).toBe("document");
  expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
});

test("the streaming copy uses ExcelJS's public API only (issue 12): no private fields, no casts to reach internals", () => {
  const source = fs.readFileSync(path.join(__dirname, "../../src/workbook/file.ts"), "utf8");
  expect(source).not.toMatch(/\._[a-zA-Z]/);
  expect(source).not.toMatch(/dataValidations\.add|sheetProtection =|rowBreaks =|as unknown as \{ _/);
});

test("one way to write a workbook: writeWorkbookFast (the old document-only writeWorkbook is gone)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const file = require("../../src/workbook/file") as Record<string, unknown>;
  expect(typeof file.writeWorkbookFast).toBe("function");
  expect(file.writeWorkbook).toBeUndefined();
});

test("merges above, between and below the rows with values survive the streaming copy (each made before its row)", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Samenvatting");
  ws.getCell("A1").value = "kop";
  ws.mergeCells("A1:C1");
  for (let r = 2; r <= 40; r++) ws.getRow(r).values = [`D${r}`, r, r * 2];
  // row 41 stays empty; a note merged in row 43, one in row 60 below every row with a value but its own
  ws.mergeCells("A43:C43");
  ws.getCell("A43").value = "een opmerking onder de tabel";
  ws.mergeCells("B20:C20");
  ws.mergeCells("A60:C61");
  const file = path.join(dir, "samengevoegd.xlsx");
  expect(await writeWorkbookFast(wb, file)).toBe("stream");
  const back = (await load(file)).getWorksheet("Samenvatting")!;
  expect([...(back.model.merges ?? [])].sort()).toEqual(["A1:C1", "A43:C43", "A60:C61", "B20:C20"]);
  expect(back.getCell("C43").isMerged).toBe(true);
  expect(back.getCell("A43").value).toBe("een opmerking onder de tabel");
  expect(back.getCell("A40").value).toBe("D40");
});
