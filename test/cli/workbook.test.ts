/**
 * The workbook the command line writes, read back with ExcelJS (issue 11, item 4): named header font, widths that fit
 * the headers (the added columns too), number formats on every amount and date, the filter over all columns, error
 * rows marked by a conditional format on Status, A4 landscape fit to the width with the header row repeated, the
 * header frozen; the summary's total agrees with the message and explains the rows without a dossier number.
 *
 * The list is the project's example, voorbeelden/dossierlijst.xlsx (README): 42 rows with data, 6 errors, one of them
 * (row 41) without a dossier number, 1 empty row, 20 dossiers; header in row 1, 11 input columns (A..K).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";

let dir: string;
let stdout = "";
let list: ExcelJS.Worksheet;
let summary: ExcelJS.Worksheet;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "opmaak-"));
  const input = path.join(dir, "dossierlijst.xlsx");
  fs.copyFileSync(path.join(__dirname, "../../voorbeelden/dossierlijst.xlsx"), input);
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } };
  expect(await main([input], io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "dossierlijst.herberekend.xlsx"));
  list = wb.getWorksheet("Dossiers")!;
  summary = wb.getWorksheet("Samenvatting")!;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const headers = (sheet: ExcelJS.Worksheet): string[] => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
const AMOUNTS = ["Inkomen", "Partner inkomen", "Kadastraal inkomen", "Ligdagprijs", "Bijkomende kosten", "Inkomsten", "Kindsdeel", "Vrijstelling", "Bijdrage"];

function checkSheet(sheet: ExcelJS.Worksheet, lastColumn: string, lastRow: number, status: string) {
  const names = headers(sheet);
  names.forEach((name, c) => {
    const cell = sheet.getRow(1).getCell(c + 1);
    // a named font: no viewer falls back to a serif font
    expect([name, cell.font?.name, cell.font?.bold]).toEqual([name, "Calibri", true]);
    // the width fits the header (bold, plus the filter button)
    expect([name, (sheet.getColumn(c + 1).width ?? 0) >= name.length + 2]).toEqual([name, true]);
  });
  expect(sheet.autoFilter).toBe(`A1:${lastColumn}${lastRow}`);
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:1" });
  const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
  expect(formats).toHaveLength(1);
  expect(formats[0].ref).toBe(`A2:${lastColumn}${lastRow}`);
  expect(formats[0].rules[0].type).toBe("expression");
  expect(formats[0].rules[0].formulae).toEqual([`AND($${status}2<>"OK",$${status}2<>"OK (billijkheid)",$${status}2<>"")`]);
  expect(formats[0].rules[0].style.fill.bgColor.argb).toBe("FFFFC7CE");
}

/** What the marking does to a row: Excel fills it when its Status differs from every text the formula names. */
function isMarked(sheet: ExcelJS.Worksheet, row: number, statusColumn: number): boolean {
  const formats = (sheet as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings;
  const texts = [...formats[0].rules[0].formulae[0].matchAll(/<>"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  const status = String(sheet.getRow(row).getCell(statusColumn).value ?? "");
  return texts.every((text) => status !== text);
}

test("the list: header font, widths, filter over all 17 columns (A..Q: 13 input columns with Billijkheid and Reden, 4 added), Status marks errors, A4 landscape, frozen header", () => {
  expect(headers(list).slice(-4)).toEqual(["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
  // header + 42 rows with data + 1 empty row = row 44
  checkSheet(list, "Q", 44, "Q");
});

test("the list: exactly the 6 error rows are marked; a row whose contribution is an equity decision (OK (billijkheid)) is not", () => {
  const statuses: string[] = [];
  let marked = 0;
  for (let r = 2; r <= 44; r++) {
    statuses.push(String(list.getRow(r).getCell(17).value ?? ""));
    if (isMarked(list, r, 17)) marked++;
  }
  expect(marked).toBe(6);
  const equity = statuses.map((s, i) => (s === "OK (billijkheid)" ? i + 2 : 0)).filter((r) => r > 0);
  expect(equity.length).toBeGreaterThan(0);
  for (const r of equity) expect([r, isMarked(list, r, 17)]).toEqual([r, false]);
});

test("the list: a number format on every amount and every date", () => {
  const names = headers(list);
  let amounts = 0;
  let dates = 0;
  list.eachRow((row, r) => {
    if (r === 1) return;
    names.forEach((name, c) => {
      const cell = row.getCell(c + 1);
      if (AMOUNTS.includes(name) && typeof cell.value === "number") {
        amounts++;
        expect([cell.address, cell.numFmt]).toEqual([cell.address, "#,##0.00"]);
      }
      if (name === "Datum" && cell.value !== null) {
        dates++;
        expect(cell.value).toBeInstanceOf(Date);
        expect([cell.address, cell.numFmt]).toEqual([cell.address, "dd/mm/yyyy"]);
      }
    });
  });
  expect(amounts).toBeGreaterThan(100);
  expect(dates).toBeGreaterThan(10);
});

test("the summary: same formatting; its total agrees with the message and explains the row without a dossier number", () => {
  // header, 20 dossiers, the row without a dossier number (row 22), the total (row 23)
  checkSheet(summary, "I", 22, "I");
  const m = /Rijen: (\d+), OK: (\d+), fouten: (\d+)/.exec(stdout)!;
  expect([m[1], m[3]]).toEqual(["42", "6"]);
  const rows = summary.getSheetValues() as unknown[][];
  const loose = rows.findIndex((row) => row?.[1] === "(zonder dossiernummer)");
  expect(loose).toBe(22);
  expect(rows[22].slice(7, 9)).toEqual([1, 1]);
  expect(String(rows[22][9])).toMatch(/zonder dossiernummer/);
  const total = rows[23];
  expect(String(total[1])).toMatch(/^Totaal/);
  // Rijen and Fouten of the total = the message's counts = the sum of the rows above
  expect(total.slice(7, 9)).toEqual([Number(m[1]), Number(m[3])]);
  const above = rows.slice(2, 23);
  expect(above.reduce((n, row) => n + (row[7] as number), 0)).toBe(42);
  expect(above.reduce((n, row) => n + (row[8] as number), 0)).toBe(6);
  // amounts of the summary formatted; the total row bold
  for (let r = 2; r <= 23; r++) {
    for (const c of [2, 4, 5, 6]) {
      const cell = summary.getRow(r).getCell(c);
      if (typeof cell.value === "number") expect([cell.address, cell.numFmt]).toEqual([cell.address, "#,##0.00"]);
    }
  }
  expect(summary.getRow(23).getCell(1).font?.bold).toBe(true);
  // the first data row's amount format did not become bold through a shared style
  expect(summary.getRow(2).getCell(2).font?.bold).not.toBe(true);
});

test("a list without any formats (amounts and date serials as General): every amount and date gets its format", async () => {
  // sampleDossierList: numbers and Excel date serials, written without a number format
  const { sampleDossierList } = await import("../../src/dossiers");
  const wb = new ExcelJS.Workbook();
  const rows = sampleDossierList(12, { seed: 2 });
  wb.addWorksheet("Lijst").addRows(rows);
  const input = path.join(dir, "kaal.xlsx");
  await wb.xlsx.writeFile(input);
  expect(await main([input], { stdout: { write: () => true }, stderr: { write: () => true } })).toBe(0);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path.join(dir, "kaal.herberekend.xlsx"));
  const sheet = back.getWorksheet("Lijst")!;
  const names = headers(sheet);
  const amountColumns = names.flatMap((n, c) => (AMOUNTS.includes(n) || n === "Tekort" ? [c + 1] : []));
  const dateColumn = names.indexOf("Datum") + 1;
  expect(amountColumns.length).toBeGreaterThanOrEqual(5);
  expect(dateColumn).toBeGreaterThan(0);
  let checked = 0;
  for (let r = 2; r <= rows.length; r++) {
    for (const c of amountColumns) {
      const cell = sheet.getRow(r).getCell(c);
      if (typeof cell.value !== "number") continue;
      checked++;
      expect([cell.address, cell.numFmt]).toEqual([cell.address, "#,##0.00"]);
    }
    const date = sheet.getRow(r).getCell(dateColumn);
    if (date.value !== null) expect([date.address, date.numFmt]).toEqual([date.address, "dd/mm/yyyy"]);
  }
  expect(checked).toBeGreaterThan(40);
});

test("long Status sentences wrap within their column with room for their lines; the summary's notes stay within the table's width", () => {
  // row 17 of the list: the Ligdagprijs disagreement, a sentence of about 170 characters in a column 70 wide
  const status = list.getRow(17).getCell(17);
  expect(String(status.value)).toMatch(/^Ligdagprijs: de rijen van dossier 2024-008 verschillen/);
  expect(status.alignment?.wrapText).toBe(true);
  expect(list.getRow(17).height).toBeGreaterThanOrEqual(30);
  // a short status is not wrapped
  expect(list.getRow(2).getCell(17).value).toBe("OK");
  expect(list.getRow(2).getCell(17).alignment?.wrapText).not.toBe(true);
  // the notes below the total (from row 25) are merged over A..I and wrapped
  const notes = summary.getCell("A25");
  expect(String(notes.value)).toMatch(/^Bron: /);
  expect(summary.getCell("I25").isMerged).toBe(true);
  expect(summary.getCell("I25").master.address).toBe("A25");
  expect(notes.alignment?.wrapText).toBe(true);
});

test("a rerun on its own output keeps one error marking, not two", async () => {
  const first = path.join(dir, "dossierlijst.herberekend.xlsx");
  const second = path.join(dir, "tweede.xlsx");
  expect(await main([first, "--uit", second], { stdout: { write: () => true }, stderr: { write: () => true } })).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(second);
  const formats = (wb.getWorksheet("Dossiers") as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
  expect(formats.map((cf) => cf.ref)).toEqual(["A2:Q44"]);
});
