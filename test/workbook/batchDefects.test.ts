/**
 * Issue 9 on the Excel path (and the pure batch where the defect lives there): one regression test per defect, each
 * failing on the code before the batch runner. Against the in-memory Excel (src/workbook/excelFake.ts), which applies
 * edits made between syncs, turns text starting with = into formulas as Excel does, knows merged cells, defined
 * names and Excel on the web's 5 MB payload limit.
 */
import { recalculateList, sampleDossierList } from "../../src/dossiers";
import { runExcelBatch } from "../../src/workbook/batchExcel";
import { FakeExcel, FakeOfficeError, PAYLOAD_LIMIT, type Cell, type FakeSheet } from "../../src/workbook/excelFake";

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Datum"];
const list = (n: number, seed = 3) => sampleDossierList(n, { seed }) as Cell[][];

function withTable(rows: Cell[][]): { fake: FakeExcel; sheet: FakeSheet } {
  const fake = new FakeExcel();
  const sheet = fake.addSheet("Lijst", rows);
  fake.addTable("Dossiers", sheet, 0, 0, rows[0].length, rows.length - 1);
  return { fake, sheet };
}

/** Makes `edit` once, between syncs, as soon as a sync has written output rows (more than one row at a time). */
function editAfterFirstWrite(fake: FakeExcel, edit: () => void): { done: boolean } {
  const state = { done: false };
  fake.beforeSync = () => {
    if (state.done || !fake.syncs.some((s) => s.writes.some((w) => w.rows > 1))) return;
    state.done = true;
    edit();
  };
  return state;
}

describe("9.4 editing the list during the batch", () => {
  test("a column inserted mid-run: the run stops with a Dutch message, no input cell is written", async () => {
    const rows = list(600);
    const { fake, sheet } = withTable(rows);
    const edit = editAfterFirstWrite(fake, () => {
      // the user inserts an empty column before column C (Inkomen): every cell from C on moves one to the right
      for (const row of sheet.grid) if (row) row.splice(2, 0, null);
      fake.table("Dossiers")!.columnCount++;
    });
    const width = rows[0].length;
    await expect(runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 })).rejects.toThrow(
      /^De lijst is gewijzigd terwijl ze herberekend werd: kolom C heet nu "" |^De lijst is gewijzigd terwijl ze herberekend werd: (de kop van )?kolom [A-Z]+/,
    );
    expect(edit.done).toBe(true);
    // every input cell still holds its value, at its new place (the inserted column stays empty)
    const values = fake.values("Lijst");
    rows.forEach((row, i) => {
      const now = values[i];
      expect(now[2]).toBeNull();
      const shifted = [...now.slice(0, 2), ...now.slice(3, width + 1)].map((v) => v ?? null);
      expect(shifted).toEqual(row.map((v) => (v === "" ? null : v)));
    });
  });

  test("a row inserted mid-run: the run stops and names the row and the dossiers", async () => {
    const rows = list(600);
    const { fake, sheet } = withTable(rows);
    editAfterFirstWrite(fake, () => {
      sheet.grid.splice(150, 0, ["NIEUW", "x", 1, null, 0, 100, null]);
      fake.table("Dossiers")!.rowCount++;
    });
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^De lijst is gewijzigd terwijl ze herberekend werd: rij 151 hoorde bij dossier "[^"]+" en hoort nu bij dossier "NIEUW"/);
    expect((error as Error).message).toMatch(/Er is niets meer geschreven; vóór de wijziging waren de rijen 2 tot 101 herberekend, de rijen vanaf 102 niet \(een rij die intussen werd ingevoegd of verwijderd, verschuift die rijen\)\./);
    // the inserted row was never written
    expect(fake.values("Lijst")[150].slice(rows[0].length)).toEqual([null, null, null, null]);
  });
});

describe("9.5 text that Excel would take for a formula", () => {
  test("dossier numbers starting with =, +, - or @ reach the summary as the same text", async () => {
    const dossiers = ["=1+1", "+32 475", "-A", "@SOM(A1)", "'quote"];
    const rows: Cell[][] = [H, ...dossiers.map((d, i) => [d, `k${i}`, 1000, null, 0, 100, null] as Cell[])];
    const { fake } = withTable(rows);
    await runExcelBatch(fake.context, "tabel:Dossiers");
    const summary = fake.sheet("Samenvatting")!.grid;
    expect(summary.slice(1, 1 + dossiers.length).map((r) => r[0])).toEqual(dossiers);
  });
});

describe("9.6 merged output cells", () => {
  test("a Status cell merged with an input cell: refused with a message, nothing written", async () => {
    const header = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Kindsdeel", "Vrijstelling", "Bijdrage", "Status", "Tekort"];
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Lijst", [header, ["A", "a", 1000, null, 0, null, null, null, null, 900], ["A", "b", 0, null, 0, null, null, null, null, 900]]);
    sheet.merges.push({ row: 2, column: 8, rows: 1, columns: 2 }); // I3:J3, Status with Tekort
    await expect(runExcelBatch(fake.context, "blad:Lijst")).rejects.toThrow(/samengevoegde cellen \(Lijst!I3:J3\).*Er is niets geschreven\./);
    expect(fake.syncs.every((s) => s.writes.length === 0)).toBe(true);
  });
});

describe("9.7 rerunning on its own output", () => {
  test("the batch replaces the summary it wrote itself, never a sheet of the user", async () => {
    const { fake } = withTable(list(30));
    fake.addSheet("Samenvatting", [["mijn eigen notities"]]);
    const first = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(first.summarySheet).toBe("Samenvatting (2)");
    const second = await runExcelBatch(fake.context, "tabel:Dossiers");
    const third = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect([second.summarySheet, third.summarySheet]).toEqual(["Samenvatting (2)", "Samenvatting (2)"]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Lijst", "Samenvatting", "Samenvatting (2)"]);
    expect(fake.values("Samenvatting")).toEqual([["mijn eigen notities"]]);
    // a renamed summary is still recognised by its marker
    fake.sheet("Samenvatting (2)")!.name = "Overzicht maart";
    expect((await runExcelBatch(fake.context, "tabel:Dossiers")).summarySheet).toBe("Overzicht maart");
    expect(fake.sheets).toHaveLength(3);
  });
});

describe("9.3 formulas without a stored value, duplicated headers", () => {
  test("a formula cell without a value is an error on its row, in any input column", () => {
    const formula = { formula: "5000*2" }; // as ExcelJS reads a script-written workbook
    const rows = [H, ["A", "a", 1000, formula, 0, 900, null], ["A", "b", 1000, null, 0, 900, null], ["B", "c", formula, null, 0, 900, null]];
    const r = recalculateList(rows);
    expect(r.outputs[0][3]).toBe("Partner inkomen: formule zonder berekende waarde: open en bewaar het bestand in Excel.");
    expect(r.outputs[0][2]).toBe("");
    expect(r.outputs[1][3]).toBe("OK");
    expect(r.outputs[2][3]).toBe("Inkomen: formule zonder berekende waarde: open en bewaar het bestand in Excel.");
    // with its stored value the formula is read as that value
    const withValue = recalculateList([H, ["A", "a", 1000, { formula: "5000*2", result: 10000 }, 0, 900, null]]);
    expect(withValue.outputs[0][3]).toBe("OK");
  });

  test("a dossier value given only by a formula without a value: the dossier cannot be computed", () => {
    const rows = [H, ["A", "a", 1000, null, 0, { formula: "A1*2" }, null], ["A", "b", 1000, null, 0, null, null]];
    const r = recalculateList(rows);
    expect(r.outputs[0][3]).toBe("Tekort: formule zonder berekende waarde: open en bewaar het bestand in Excel.");
    expect(r.outputs[1][3]).toMatch(/^Tekort: het tekort van dossier A is onbekend door een fout in rij 2/);
  });

  test("a column twice in the header: an error naming both columns (Excel path and pure batch)", async () => {
    const header = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "inkomen", "Tekort"];
    expect(() => recalculateList([header, ["A", "a", 1, null, 0, 2, 900]])).toThrow(
      '"Inkomen" staat twee keer in de kopregel van het blad: kolom C ("Inkomen") en kolom F ("inkomen").',
    );
    const { fake } = withTable([header, ["A", "a", 1, null, 0, 2, 900]]);
    await expect(runExcelBatch(fake.context, "tabel:Dossiers")).rejects.toThrow(
      '"Inkomen" staat twee keer in de kopregel van tabel "Dossiers": kolom C ("Inkomen") en kolom F ("inkomen").',
    );
  });
});

describe("9.9 Excel path limits", () => {
  test("rows with long text: every request stays under Excel on the web's 5 MB, the run completes", async () => {
    const rows = list(3_000);
    for (let i = 1; i < rows.length; i++) rows[i][1] = `${rows[i][1]} ${"x".repeat(3_000)}`; // long names in Kind
    const { fake } = withTable(rows);
    const report = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(report.written).toBe(3_000);
    for (const s of fake.syncs) {
      expect(s.responseBytes).toBeLessThan(PAYLOAD_LIMIT);
      expect(s.requestBytes).toBeLessThan(PAYLOAD_LIMIT);
    }
  });

  test("the scale is read in requests bounded by the budget", async () => {
    const { fake } = withTable([H, ["A", "a", 40000, null, 0, 900, null]]);
    // a long scale: 3 000 rows for personen ten laste 0, each 10 euro wide
    const scale: Cell[][] = Array.from({ length: 3_000 }, (_, i) => [0, i * 10, i * 10 + 10, i < 2_999 ? i : 500]);
    scale[2_999][2] = null;
    fake.addSheet("Schaal", scale);
    const budget = 20_000;
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxPayloadBytes: budget });
    expect(report.method).toBe("schaal");
    for (const s of fake.syncs) expect(s.responseBytes).toBeLessThan(budget * 1.5);
  });

  test("the workbook is asked to recalculate after the batch, and after a cancel", async () => {
    const { fake } = withTable(list(50));
    await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(fake.calculations).toEqual(["Recalculate"]);
    const controller = new AbortController();
    await runExcelBatch(fake.context, "tabel:Dossiers", (p) => p.phase === "schrijven" && controller.abort(), controller.signal);
    expect(fake.calculations).toEqual(["Recalculate", "Recalculate"]);
  });

  test("after a cancel while reading, the old outputs of a rerun are marked not recalculated", async () => {
    const rows = list(400);
    const { fake } = withTable(rows);
    await runExcelBatch(fake.context, "tabel:Dossiers");
    const controller = new AbortController();
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", (p) => p.phase === "lezen" && p.rowsDone > 0 && controller.abort(), controller.signal, {
      maxRowsPerChunk: 100,
    });
    expect(report).toMatchObject({ cancelled: true, written: 0, marked: 400 });
    const statuses = fake.values("Lijst").slice(1).map((r) => r[14]);
    expect(new Set(statuses)).toEqual(new Set(["niet herberekend (geannuleerd)"]));
    expect(fake.values("Lijst").slice(1).every((r) => r[11] === null && r[13] === null)).toBe(true);
  });

  test("Office errors reach the user in Dutch", async () => {
    const { fake } = withTable(list(20));
    fake.beforeSync = (n) => {
      if (n === 4) throw new FakeOfficeError("AccessDenied", "The requested operation is not allowed on a protected sheet.");
    };
    await expect(runExcelBatch(fake.context, "tabel:Dossiers")).rejects.toThrow(
      "Excel weigert de wijziging: het blad of de werkmap is beveiligd of alleen-lezen. De herberekening is gestopt. (Excel-code: AccessDenied)",
    );
  });
});
