/**
 * One runner, two faces: the command line (file adapter) and the Excel path (runExcelBatch on the in-memory Excel
 * fake) give the same output cells and the same summary for the same list; the CLI's message states the summary's
 * counts line and each warning once; a rerun of the CLI on its own output replaces the summary it wrote (marked with
 * a defined name), never a sheet of the user's; merged output cells are refused as in Excel.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { dateToSerial, sampleDossierList } from "../../src/dossiers";
import { runExcelBatch } from "../../src/workbook/batchExcel";
import { FakeExcel, type Cell } from "../../src/workbook/excelFake";
import { sheetRows } from "../../src/workbook/file";
import { writeXlsxIn } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "parity-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function quiet() {
  let stdout = "";
  return {
    io: {
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: () => true, isTTY: false },
    },
    get stdout() {
      return stdout;
    },
  };
}

const writeXlsx = (file: string, sheets: Record<string, unknown[][]>): Promise<string> => writeXlsxIn(dir, file, sheets);

async function readXlsx(file: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, unknown[][]> = {};
  for (const ws of wb.worksheets) {
    const rows = sheetRows(ws);
    // a note of the summary is merged over the table's width: its value is in the first cell only
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (cell.isMerged && cell.master !== cell) rows[r - 1][c - 1] = null;
      }),
    );
    out[ws.name] = rows;
  }
  return out;
}

/**
 * Empty cells as null, rows without trailing empties, dates as serials (the file gets a date format on the Datum
 * column, so ExcelJS reads it back as a Date), so both faces compare cell by cell.
 */
function normal(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((row) => {
    const out = row.map((v) =>
      v === "" || v === undefined
        ? null
        : v instanceof Date
          ? dateToSerial(v)
          : v,
    );
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
}

const notBron = (rows: unknown[][]) =>
  rows.filter((r) => !String(r[0] ?? "").startsWith("Bron:"));

/** A list with good rows and the kinds of bad rows: a text amount, a row without dossier, an empty row. */
function list(): (string | number | null)[][] {
  const rows = sampleDossierList(60, { seed: 3 });
  const width = rows[0].length;
  const bad = [...rows[5]];
  bad[2] = "veel"; // Inkomen as text: an error on that row
  rows[5] = bad;
  const loose = [...rows[9]];
  loose[0] = null; // data without a dossier number
  rows[9] = loose;
  rows.splice(20, 0, Array(width).fill(null)); // an empty row
  return rows;
}

test("the CLI and the Excel path give the same output cells and the same summary for the same list", async () => {
  const rows = list();
  const input = await writeXlsx("gelijk.xlsx", { Lijst: rows });
  const output = path.join(dir, "gelijk.uit.xlsx");
  const out = quiet();
  expect(await main([input, "--uit", output], out.io)).toBe(0);
  const cli = await readXlsx(output);

  const fake = new FakeExcel();
  fake.addSheet("Lijst", rows as Cell[][]);
  const report = await runExcelBatch(fake.context, "blad:Lijst");
  expect(report.summarySheet).toBe("Samenvatting");

  // the whole list: inputs untouched by both, the four output columns the same cell by cell
  expect(normal(cli.Lijst)).toEqual(normal(fake.values("Lijst")));
  expect(cli.Lijst[0].slice(-4)).toEqual([
    "Kindsdeel",
    "Vrijstelling",
    "Bijdrage",
    "Status",
  ]);
  // the bad rows really are errors (so the comparison covers them): sheet row 6 (text) and row 10 (no dossier)
  expect(String(cli.Lijst[5][cli.Lijst[0].length - 1])).toMatch(/^Inkomen: /);
  expect(String(cli.Lijst[9][cli.Lijst[0].length - 1])).not.toBe("OK");

  // the same summary, but for the line that names where the list came from
  const summary = normal(cli.Samenvatting);
  expect(notBron(summary)).toEqual(
    notBron(normal(fake.values("Samenvatting"))),
  );
  expect(summary.map((r) => r[0])).toContain(
    'Bron: blad "Lijst" van gelijk.xlsx',
  );

  // the message states the summary's counts line and each of its warnings once
  const countsRow = summary.find((r) => String(r[0]).startsWith("Rijen: "));
  expect(countsRow).toBeDefined();
  expect(out.stdout.split("\n")).toContain(countsRow![0]);
  expect(countsRow![0]).toMatch(
    /^Rijen: 60, OK: \d+, fouten: 2 \(waarvan 1 zonder dossiernummer\), lege rijen: 1, dossiers: \d+\.$/,
  );
  expect(report.notices.length).toBeGreaterThan(0);
  for (const notice of report.notices) {
    expect(summary.map((r) => r[0])).toContain(notice);
    expect(out.stdout.split(notice).length - 1).toBe(1);
  }
});

test("a rerun of the CLI on its own output replaces the summary it wrote, never the user's sheet Samenvatting", async () => {
  const rows = sampleDossierList(8, { seed: 4 });
  const mine = [["Mijn eigen notities"], ["niet aanraken"]];
  const input = await writeXlsx("eigen.xlsx", {
    Lijst: rows,
    Samenvatting: mine,
  });
  const first = path.join(dir, "eigen.een.xlsx");
  const second = path.join(dir, "eigen.twee.xlsx");
  const third = path.join(dir, "eigen.drie.xlsx");
  expect(await main([input, "--uit", first], quiet().io)).toBe(0);
  expect(await main([first, "--uit", second], quiet().io)).toBe(0);
  expect(await main([second, "--uit", third], quiet().io)).toBe(0);
  const a = await readXlsx(first);
  const c = await readXlsx(third);
  // the user's sheet keeps its name and content; the batch's own summary is "Samenvatting (2)" every time
  expect(Object.keys(a)).toEqual(["Lijst", "Samenvatting", "Samenvatting (2)"]);
  expect(Object.keys(c)).toEqual(["Lijst", "Samenvatting", "Samenvatting (2)"]);
  expect(c.Samenvatting).toEqual(mine);
  expect(notBron(c["Samenvatting (2)"])).toEqual(
    notBron(a["Samenvatting (2)"]),
  );
  expect(c.Lijst).toEqual(a.Lijst);
});

test("a stale indexed amount and the approximation: each warning once in the message, the same as in the summary", async () => {
  // Datum 1 June 2027: more than 9 months after the last known index jump (1/3/2026), so the amounts carry
  // "Mogelijk verouderd"; no scale, so the approximation warning too
  const datum = dateToSerial(new Date(Date.UTC(2027, 5, 1)))!;
  const rows = sampleDossierList(12, { seed: 6, datum });
  const input = await writeXlsx("verouderd.xlsx", { Lijst: rows });
  const output = path.join(dir, "verouderd.uit.xlsx");
  const out = quiet();
  expect(await main([input, "--uit", output], out.io)).toBe(0);
  const summary = (await readXlsx(output)).Samenvatting.map((r) => String(r[0] ?? ""));
  const count = (text: string, part: string) => text.split(part).length - 1;
  expect(count(out.stdout, "Mogelijk verouderd: de laatst gekende indexsprong is van 1/3/2026")).toBe(1);
  expect(count(out.stdout, "BENADERING")).toBe(1);
  const warnings = out.stdout.split("\n").filter((line) => line.startsWith("Mogelijk verouderd") || line.startsWith("BENADERING"));
  expect(warnings).toHaveLength(2);
  for (const line of warnings) expect(summary).toContain(line);
});

test("merged cells in the output columns: refused before anything is written, as in Excel (exit 1, no output file)", async () => {
  const rows = sampleDossierList(4, { seed: 7 });
  const width = rows[0].length;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Lijst");
  ws.addRows(rows.map((r, i) => [...r, ...(i === 0 ? ["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"] : [null, null, null, null])]));
  // the Status cell of sheet row 3 merged with the Bijdrage cell beside it
  ws.mergeCells(3, width + 3, 3, width + 4);
  const input = path.join(dir, "samengevoegd.xlsx");
  await wb.xlsx.writeFile(input);
  let stderr = "";
  const io = { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t), isTTY: false } };
  expect(await main([input, "--uit", path.join(dir, "samengevoegd.uit.xlsx")], io)).toBe(1);
  expect(stderr).toMatch(/^Fout: De uitvoerkolommen \(Kindsdeel, Vrijstelling, Bijdrage, Status\) bevatten samengevoegde cellen \(.*3.*\).*Er is niets geschreven\./);
  expect(fs.existsSync(path.join(dir, "samengevoegd.uit.xlsx"))).toBe(false);
});
