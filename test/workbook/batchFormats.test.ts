/**
 * Issue 11 item 4 on the Excel path: the list and the summary are ready to use. Asserted on the in-memory Excel
 * (src/workbook/excelFake.ts), which records formats as Excel would hold them.
 */
import { AMOUNT_FORMAT, COUNT_FORMAT, HEADER_FONT } from "../../src/dossiers";
import { runExcelBatch } from "../../src/workbook/batchExcel";
import { FakeExcel, type Cell } from "../../src/workbook/excelFake";

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];
const rows: Cell[][] = [H, ["A", "a", 40000, null, 0, 900], ["A", "b", "veel", null, 0, 900], ["B", "c", 0, null, 0, 100]];

async function onSheet() {
  const fake = new FakeExcel();
  // a title above the header row: the header is sheet row 3
  fake.addSheet("Lijst", [["Dossierlijst maart"], [], ...rows]);
  await runExcelBatch(fake.context, "blad:Lijst");
  return { fake, sheet: fake.sheet("Lijst")!, summary: fake.sheet("Samenvatting")! };
}

test("every amount written has a number format; Status is a text cell; inputs keep theirs", async () => {
  const { sheet } = await onSheet();
  // outputs in G..J (columns 6..9), data rows 4..6 (indices 3..5)
  for (let r = 3; r <= 5; r++) {
    for (const c of [6, 7, 8]) expect(sheet.numberFormats.get(`${r},${c}`)).toBe(AMOUNT_FORMAT);
    // Status is text (a status never becomes a number or a date)
    expect(sheet.numberFormats.get(`${r},9`)).toBe("@");
    for (let c = 0; c < 6; c++) expect(sheet.numberFormats.has(`${r},${c}`)).toBe(false);
  }
});

test("the header row: a named bold font over all columns; the added columns get a width", async () => {
  const { sheet } = await onSheet();
  for (let c = 0; c <= 9; c++) expect(sheet.fonts.get(`2,${c}`)).toEqual({ name: HEADER_FONT, bold: true });
  for (const c of [6, 7, 8, 9]) expect(sheet.columnWidths.get(c)).toBeGreaterThan(60);
  // the Status column is wider than the amounts: it holds sentences
  expect(sheet.columnWidths.get(9)!).toBeGreaterThan(sheet.columnWidths.get(6)!);
});

test("the filter covers all columns, error rows are marked, the header is frozen, A4 landscape with the header repeated", async () => {
  const { sheet } = await onSheet();
  expect(sheet.autoFilter).toEqual({ row: 2, column: 0, rows: 4, columns: 10 });
  expect(sheet.conditionalFormats).toEqual([
    { row: 3, column: 9, rows: 3, columns: 1, formula: '=AND($J4<>"",$J4<>"OK",$J4<>"OK (billijkheid)")', fill: "#FDE2E1", fontColor: "#9C0006" },
  ]);
  expect(sheet.frozenRows).toBe(3);
  expect(sheet.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$3:$3" });
});

test("a rerun does not pile up conditional formats", async () => {
  const { fake, sheet } = await onSheet();
  await runExcelBatch(fake.context, "blad:Lijst");
  expect(sheet.conditionalFormats).toHaveLength(1);
});

test("the summary: amounts and counts formatted, header font, widths, filter, frozen header, A4 landscape", async () => {
  const { summary } = await onSheet();
  // rows: header, A, B, total -> amounts in B, D, E, F; counts in C, G, H
  for (let r = 1; r <= 3; r++) {
    for (const c of [1, 3, 4, 5]) expect(summary.numberFormats.get(`${r},${c}`)).toBe(AMOUNT_FORMAT);
    for (const c of [2, 6, 7]) expect(summary.numberFormats.get(`${r},${c}`)).toBe(COUNT_FORMAT);
  }
  expect(summary.grid[3][0]).toBe("Totaal (bedragen: dossiers zonder fout)");
  expect(summary.fonts.get("0,0")).toEqual({ name: HEADER_FONT, bold: true });
  expect(summary.fonts.get("3,0")).toEqual({ bold: true });
  for (let c = 0; c < 9; c++) expect(summary.columnWidths.get(c)).toBeGreaterThan(50);
  expect(summary.autoFilter).toEqual({ row: 0, column: 0, rows: 3, columns: 9 });
  expect(summary.frozenRows).toBe(1);
  expect(summary.pageLayout).toEqual({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$1" });
});

test("a table: its own filter covers the added columns (they are table columns)", async () => {
  const fake = new FakeExcel();
  const sheet = fake.addSheet("Lijst", rows);
  fake.addTable("Dossiers", sheet, 0, 0, H.length, rows.length - 1);
  await runExcelBatch(fake.context, "tabel:Dossiers");
  expect(fake.table("Dossiers")!.columnCount).toBe(H.length + 4);
  expect(sheet.autoFilter).toBeUndefined();
  expect(sheet.pageLayout.printTitleRows).toBe("$1:$1");
});
