/**
 * The Excel path of the batch against a hand-made fake of the Excel API (src/workbook/excelFake.ts; see there for why), and
 * office-addin-mock where it fits (selecting a range).
 */
// office-addin-mock loads office-addin-manifest, whose ESM-only dependencies jest.config.js transforms.
import { OfficeMockObject } from "office-addin-mock";
import { recalculateList, sampleDossierList } from "../../src/dossiers";
import { createExcelBatchPort, listBatchSources, runExcelBatch } from "../../src/workbook/batchExcel";
import type { BatchProgress } from "../../src/workbook/batchPort";
import { FakeExcel, type Cell } from "../../src/workbook/excelFake";

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Datum"];

/** A workbook with the list as a table "Dossiers" at A1 of sheet "Lijst". */
function withTable(rows: Cell[][], extraSheets: Record<string, Cell[][]> = {}): FakeExcel {
  const fake = new FakeExcel();
  const sheet = fake.addSheet("Lijst", rows);
  fake.addTable("Dossiers", sheet, 0, 0, rows[0].length, rows.length - 1);
  for (const [name, values] of Object.entries(extraSheets)) fake.addSheet(name, values);
  return fake;
}

const list = (n: number, seed = 3) => sampleDossierList(n, { seed }) as Cell[][];

describe("runExcelBatch on a table", () => {
  test("writes Kindsdeel, Vrijstelling, Bijdrage, Status as new table columns, and a summary sheet", async () => {
    const rows: Cell[][] = [H, ["A", "a", 31723, null, 2, 900, 39897], ["A", "b", "abc", null, 0, 900, 39897], ["A", "c", 0, null, 0, 900, null], [null, null, null, null, null, null, null], ["B", "d", 1000, null, 0, 100, null]];
    const fake = withTable(rows);
    const progress: BatchProgress[] = [];
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", (p) => progress.push(p), undefined);
    const values = fake.values("Lijst");
    expect(values[0]).toEqual([...H, "Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
    expect(values[1].slice(7)).toEqual([300, 26028.8, 118.63, "OK"]);
    expect(values[2].slice(7)).toEqual([300, 20335, null, 'Inkomen: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "abc".']);
    expect(values[4].slice(7)).toEqual([null, null, null, null]);
    // the same as the pure batch
    expect(values.slice(1).map((r) => r.slice(7).map((v) => v ?? ""))).toEqual(recalculateList(rows).outputs);
    expect(fake.table("Dossiers")!.columnCount).toBe(11);
    expect(report).toMatchObject({
      rows: 4,
      ok: 3,
      errors: 1,
      empty: 1,
      dossiers: 2,
      totalRows: 5,
      written: 5,
      cancelled: false,
      summarySheet: "Samenvatting",
      method: "benadering",
      source: { id: "tabel:Dossiers", kind: "tabel", name: "Dossiers", sheet: "Lijst", label: "Tabel Dossiers (blad Lijst)" },
    });
    expect(report.firstErrors).toEqual([{ row: 3, address: "Lijst!A3:K3", dossier: "A", status: values[2][10] }]);
    const summary = fake.values("Samenvatting");
    expect(summary[0][0]).toBe("Dossier");
    expect(summary[1]).toEqual(["A", 900, 3, 300, null, null, 3, 1, "1 van de 3 rijen heeft een fout."]);
    expect(summary[2]).toEqual(["B", 100, 1, 100, 0, 100, 1, 0, "OK"]);
    expect(summary.map((r) => r[0])).toContain("Bron: Tabel Dossiers (blad Lijst)");
    expect(progress[progress.length - 1]).toMatchObject({ phase: "klaar", fraction: 1 });
    const fractions = progress.map((p) => p.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  test("a second run reuses the output columns, gives the same list and replaces its own summary sheet (issue 9.7)", async () => {
    const fake = withTable(list(40));
    await runExcelBatch(fake.context, "tabel:Dossiers");
    const first = fake.values("Lijst");
    const summary = fake.values("Samenvatting");
    const report = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(fake.values("Lijst")).toEqual(first);
    expect(fake.table("Dossiers")!.columnCount).toBe(first[0].length);
    expect(report.summarySheet).toBe("Samenvatting");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Lijst", "Samenvatting"]);
    expect(fake.values("Samenvatting")).toEqual(summary);
  });

  test("input columns are never written; writes suspend calculation", async () => {
    const rows = list(300);
    const fake = withTable(rows);
    const before = fake.values("Lijst").map((r) => r.slice(0, rows[0].length));
    await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 64 });
    expect(fake.values("Lijst").map((r) => r.slice(0, rows[0].length))).toEqual(before);
    const width = rows[0].length;
    for (const sync of fake.syncs) {
      for (const w of sync.writes.filter((w) => w.sheet === "Lijst")) {
        expect(w.column).toBeGreaterThanOrEqual(width);
        expect(w.column + w.columns).toBeLessThanOrEqual(width + 4);
      }
      if (sync.writes.length > 0) expect(sync.suspended).toBe(true);
    }
  });

  test("the number of syncs grows with the number of chunks, not rows; each payload stays under the budget", async () => {
    const syncsFor = async (n: number, maxRowsPerChunk: number) => {
      const fake = withTable(list(n));
      const report = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk });
      expect(report.syncs).toBe(fake.syncCount);
      return fake;
    };
    const small = await syncsFor(2_000, 500);
    const large = await syncsFor(10_000, 500);
    const chunks = (n: number) => Math.ceil(n / 500);
    // setup (2) + reading (a first chunk of 32 rows, then chunks of 500) + adding the output columns (1) + writing
    // (a check and a write per chunk) + the summary (a few chunks) + formats and recalculation (1)
    const expected = (n: number, summaryRows: number) => 2 + 1 + chunks(n - 32) + 1 + 2 * chunks(n) + Math.ceil(summaryRows / 500) + 1;
    const summaryRows = (f: FakeExcel) => f.values("Samenvatting").length;
    expect(small.syncCount).toBe(expected(2_000, summaryRows(small)));
    expect(large.syncCount).toBe(expected(10_000, summaryRows(large)));
    expect(large.syncCount).toBeLessThan(10_000 / 100);
    // with the default chunks (1 MB budget) 10 000 rows need only a handful of round trips
    const fake = withTable(list(10_000));
    await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(fake.syncCount).toBeLessThanOrEqual(12);
    for (const s of fake.syncs) {
      expect(s.requestBytes).toBeLessThan(1_000_000);
      expect(s.responseBytes).toBeLessThan(1_300_000);
    }
  });

  test("a chunk is sized on the payload: long text shrinks the next chunks", async () => {
    const rows = list(2_000);
    for (let i = 1; i < rows.length; i++) if (i % 2 === 0) rows[i][2] = "x".repeat(400); // junk text in Inkomen
    const fake = withTable(rows);
    const budget = 100_000;
    await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxPayloadBytes: budget });
    const reads = fake.syncs.filter((s) => s.responseBytes > 0 && s.writes.length === 0).slice(1); // after the header
    // the first chunk is sized on a guess; every later one on what the previous weighed
    for (const s of reads.slice(1)) expect(s.responseBytes).toBeLessThan(budget * 1.2);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThanOrEqual(budget);
  });

  test("cancel in the middle of writing: every row is either fully recalculated or marked as not recalculated", async () => {
    const rows = list(1_000);
    // output columns already present with old values, so untouched rows are recognisable
    const header = [...rows[0], "Kindsdeel", "Vrijstelling", "Bijdrage", "Status"];
    const old = rows.map((r, i) => (i === 0 ? header : [...r, -1, -2, -3, "oud"]));
    const fake = withTable(old as Cell[][]);
    const expected = recalculateList(old).outputs;
    const controller = new AbortController();
    const report = await runExcelBatch(
      fake.context,
      "tabel:Dossiers",
      (p) => {
        if (p.phase === "schrijven" && p.rowsDone >= 300) controller.abort();
      },
      controller.signal,
      { maxRowsPerChunk: 128 },
    );
    expect(report.cancelled).toBe(true);
    expect(report.written).toBe(384);
    expect(report.summarySheet).toBeUndefined();
    expect(fake.sheet("Samenvatting")).toBeNull();
    const values = fake.values("Lijst");
    const w = rows[0].length;
    values.slice(1).forEach((row, i) => {
      const out = row.slice(w, w + 4).map((v) => v ?? "");
      if (i < report.written) expect(out).toEqual(expected[i]);
      // a row not reached keeps no old figure and says why (issue 9.9); an empty row stays empty
      else expect(out).toEqual(expected[i][3] === "" ? ["", "", "", ""] : ["", "", "", "niet herberekend (geannuleerd)"]);
      expect(row.slice(0, w)).toEqual(old[i + 1].slice(0, w));
    });
    expect(report.rows + report.empty).toBe(384);
  });

  test("cancel while reading: nothing is written", async () => {
    const fake = withTable(list(1_000));
    const before = fake.values("Lijst");
    const controller = new AbortController();
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", (p) => p.phase === "lezen" && p.rowsDone > 0 && controller.abort(), controller.signal, { maxRowsPerChunk: 100 });
    expect(report).toMatchObject({ cancelled: true, written: 0, rows: 0 });
    expect(fake.values("Lijst")).toEqual(before);
    expect(fake.syncs.every((s) => s.writes.length === 0)).toBe(true);
  });

  test("the workbook's Schaal table is used; a bad scale stops the run", async () => {
    const fake = withTable([H, ["A", "a", 40000, null, 0, 900, null]]);
    const schaal = fake.addSheet("Tabellen", [["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"], [0, 0, 30000, 0], [0, "30.000", "", "75,00"]]);
    fake.addTable("Schaal", schaal, 0, 0, 4, 2);
    const report = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(report).toMatchObject({ method: "schaal", schaalBron: "tabel Schaal" });
    expect(fake.values("Lijst")[1].slice(-2)).toEqual([75, "OK"]);
    expect(fake.values("Samenvatting").map((r) => r[0])).toContain("Bijdragen volgens de officiële schaal (tabel Schaal), nooit meer dan het kindsdeel.");

    const bad = withTable([H, ["A", "a", 40000, null, 0, 900, null]], { Schaal: [[0, 0, 100, "veel"]] });
    await expect(runExcelBatch(bad.context, "tabel:Dossiers")).rejects.toThrow(/^De schaal \(blad Schaal\) is onbruikbaar: schaal \(rij 1, maandbedrag\)/);
    expect(bad.syncs.every((s) => s.writes.length === 0)).toBe(true);
  });

  test("lists that cannot be processed: a Dutch message, nothing written", async () => {
    const fake = withTable([["Dossier", "Kind", "Inkomen", "Tekort"], ["A", "a", 0, 900]]);
    await expect(runExcelBatch(fake.context, "tabel:Dossiers")).rejects.toThrow(
      'Verplichte kolommen ontbreken in de kopregel van tabel "Dossiers": Partner inkomen; Personen ten laste.',
    );
    await expect(runExcelBatch(fake.context, "tabel:Bestaatniet")).rejects.toThrow('Tabel "Bestaatniet" niet gevonden.');
    await expect(runExcelBatch(fake.context, "blad:Bestaatniet")).rejects.toThrow('Blad "Bestaatniet" niet gevonden.');
    fake.addSheet("Leeg");
    await expect(runExcelBatch(fake.context, "blad:Leeg")).rejects.toThrow(/^Geen kopregel gevonden in blad "Leeg"/);
    fake.addSheet("Getallen", [[1, 2], [3, 4]]);
    await expect(runExcelBatch(fake.context, "blad:Getallen")).rejects.toThrow(/^Geen kopregel gevonden in blad "Getallen"/);
    await expect(runExcelBatch(fake.context, "iets")).rejects.toThrow("Onbekende bron: iets");
    expect(fake.syncs.every((s) => s.writes.length === 0)).toBe(true);
  });
});

describe("runExcelBatch on a sheet", () => {
  test("finds the header row under a title, appends the output columns right of the used range", async () => {
    const grid: Cell[][] = [
      [],
      [null, "Dossierlijst maart"],
      [null, ...H, "Opmerking"],
      [null, "A", "a", 31723, null, 2, 900, 39897, "ok"],
      [null, "A", "b", -5, null, 0, 900, 39897, null],
      [null, "A", "c", 0, null, 0, 900, null, "laatste"],
    ];
    const fake = new FakeExcel();
    fake.addSheet("Mijn lijst", grid);
    const report = await runExcelBatch(fake.context, "blad:Mijn lijst");
    const v = fake.values("Mijn lijst");
    expect(v[2].slice(9)).toEqual(["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
    expect(v[3].slice(9)).toEqual([300, 26028.8, 118.63, "OK"]);
    expect(v[4][12]).toMatch(/^Inkomen: mag niet negatief zijn \(kreeg -5\)/);
    expect(v[1].slice(9)).toEqual([null, null, null, null]);
    expect(report.firstErrors).toEqual([expect.objectContaining({ row: 5, address: "'Mijn lijst'!B5:M5", dossier: "A" })]);
    // a second run finds the output columns and rewrites the same values
    await runExcelBatch(fake.context, "blad:Mijn lijst");
    expect(fake.values("Mijn lijst")).toEqual(v);
  });

  test("the sheet Schaal is used for a list on another sheet", async () => {
    const fake = new FakeExcel();
    fake.addSheet("Lijst", [H, ["A", "a", 40000, null, 0, 900, null]]);
    fake.addSheet("Schaal", [[0, 0, null, 42]]);
    const report = await runExcelBatch(fake.context, "blad:Lijst");
    expect(report).toMatchObject({ method: "schaal", schaalBron: "blad Schaal" });
    expect(fake.values("Lijst")[1].slice(-2)).toEqual([42, "OK"]);
  });
});

describe("sources and the port", () => {
  test("every table, then every visible sheet except Schaal and summaries", async () => {
    const fake = new FakeExcel();
    const lijst = fake.addSheet("Lijst", [H]);
    fake.addTable("Dossiers", lijst, 0, 0, H.length, 0);
    const tab = fake.addSheet("Tabellen", [["a"]]);
    fake.addTable("Schaal", tab, 0, 0, 1, 0);
    fake.addSheet("Schaal");
    fake.addSheet("Samenvatting");
    fake.addSheet("Samenvatting (2)");
    fake.addSheet("Verborgen", [], "Hidden");
    expect(await listBatchSources(fake.context)).toEqual([
      { id: "tabel:Dossiers", kind: "tabel", name: "Dossiers", sheet: "Lijst", label: "Tabel Dossiers (blad Lijst)" },
      { id: "blad:Lijst", kind: "blad", name: "Lijst", sheet: "Lijst", label: "Blad Lijst" },
      { id: "blad:Tabellen", kind: "blad", name: "Tabellen", sheet: "Tabellen", label: "Blad Tabellen" },
    ]);
  });

  test("the port runs inside Excel.run and selects an error row", async () => {
    const fake = withTable([H, ["A", "a", "fout", null, 0, 900, null]]);
    const port = createExcelBatchPort((batch) => batch(fake.context));
    expect((await port.listSources()).map((s) => s.id)).toEqual(["tabel:Dossiers", "blad:Lijst"]);
    const report = await port.run("tabel:Dossiers", () => undefined, new AbortController().signal);
    expect(report.firstErrors[0].address).toBe("Lijst!A2:K2");
    await port.select(report.firstErrors[0].address);
    expect(fake.selection).toEqual({ sheet: "Lijst", row: 1, column: 0, rows: 1, columns: 11 });
    expect(fake.activeSheet).toBe("Lijst");
  });

  test("select, against office-addin-mock", async () => {
    const selected: string[] = [];
    const mock = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem: (name: string) => ({
            activate: () => selected.push(`activate ${name}`),
            getRange: (address: string) => ({ select: () => selected.push(`select ${name}!${address}`) }),
          }),
        },
      },
    });
    (mock as unknown as { sync: () => Promise<void> }).sync = async () => undefined;
    const port = createExcelBatchPort((batch) => batch(mock as unknown as Excel.RequestContext));
    await port.select("'Kim''s lijst'!A5:K5");
    expect(selected).toEqual(["activate Kim's lijst", "select Kim's lijst!A5:K5"]);
  });
});
