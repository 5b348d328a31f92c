/**
 * The audit of issue 9 after the batch runner (on the in-memory Excel, src/workbook/excelFake.ts, which applies edits
 * made between syncs):
 * - the check before each write compares every input cell read of the chunk's rows, not only the dossier number, so
 *   a child row inserted inside a dossier block, or an amount edited, stops the run naming the first changed row;
 * - after a cancel or a failure the run's own summary (found by its defined name) says it belongs to an earlier run;
 * - text cells are written as text (dossier numbers like 00123, 2024-03, 1/3 stay text).
 */
import { sampleDossierList } from "../../src/dossiers";
import { listBatchSources, runExcelBatch } from "../../src/workbook/batchExcel";
import { FakeExcel, FakeOfficeError, type Cell, type FakeSheet } from "../../src/workbook/excelFake";

const list = (n: number, seed = 3) => sampleDossierList(n, { seed }) as Cell[][];
/** the sample's columns: A Dossier, B Kind, C Inkomen, ... K Kadastraal inkomen; the outputs go to L..O */
const WIDTH = 11;

function withTable(rows: Cell[][]): { fake: FakeExcel; sheet: FakeSheet } {
  const fake = new FakeExcel();
  const sheet = fake.addSheet("Lijst", rows);
  fake.addTable("Dossiers", sheet, 0, 0, rows[0].length, rows.length - 1);
  return { fake, sheet };
}

/** Makes `edit` once, between syncs, as soon as a sync has written output rows; remembers after which sync. */
function editAfterFirstWrite(fake: FakeExcel, edit: () => void): { done: boolean; afterSync: number } {
  const state = { done: false, afterSync: -1 };
  fake.beforeSync = () => {
    if (state.done || !fake.syncs.some((s) => s.writes.some((w) => w.sheet === "Lijst" && w.rows > 1))) return;
    state.done = true;
    state.afterSync = fake.syncs.length;
    edit();
  };
  return state;
}

/** A sheet's values without its empty trailing rows and columns (a cleared cell stays in the fake's grid as null). */
function filled(fake: FakeExcel, name: string): Cell[][] {
  const values = fake.values(name).map((row) => {
    const r = [...row];
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (values.length > 0 && values[values.length - 1].length === 0) values.pop();
  return values;
}

const DONE_FIRST_CHUNK =
  "Er is niets meer geschreven; vóór de wijziging waren de rijen 2 tot 101 herberekend, de rijen vanaf 102 niet " +
  "(een rij die intussen werd ingevoegd of verwijderd, verschuift die rijen). Start de herberekening opnieuw als de lijst klaar is.";

/** The grid index of the first row from `from` on that continues the dossier of the row above it (inside a block). */
function insideBlock(rows: Cell[][], from: number): number {
  for (let k = from; k < rows.length; k++) if (rows[k][0] === rows[k - 1][0]) return k;
  throw new Error("no dossier with two rows");
}

describe("issue 9.4: every input cell of a chunk is checked before its write", () => {
  test("a child row inserted inside a dossier block not yet written: stop naming that row, nothing written after", async () => {
    const rows = list(600);
    const { fake, sheet } = withTable(rows);
    // chunks of 100 rows: the first write covers sheet rows 2..101; the insert lands in the second chunk (grid 101..200)
    const k = insideBlock(rows, 120);
    expect(k).toBeLessThan(200);
    const inserted: Cell[] = [...rows[k]];
    inserted[1] = "Nieuw kind";
    inserted[2] = 25000;
    const edit = editAfterFirstWrite(fake, () => {
      sheet.grid.splice(k, 0, inserted);
      fake.table("Dossiers")!.rowCount++;
    });
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 }).catch((e: Error) => e);
    expect(edit.done).toBe(true);
    // the same dossier number, so the dossier alone does not show it: the Kind cell (column B) does
    expect((error as Error).message).toBe(
      `De lijst is gewijzigd terwijl ze herberekend werd: rij ${k + 1} is veranderd: cel B${k + 1} (Kind) was "${rows[k][1]}" en is nu "Nieuw kind"; ` +
        `werd er een rij ingevoegd, verwijderd, gesorteerd of aangepast? ${DONE_FIRST_CHUNK}`,
    );
    // nothing was written in the list after the edit; the inserted row and every row after the first chunk are empty
    expect(fake.syncs.slice(edit.afterSync).every((s) => s.writes.every((w) => w.sheet !== "Lijst"))).toBe(true);
    const values = fake.values("Lijst");
    for (let r = 101; r < values.length; r++) expect(values[r].slice(WIDTH)).toEqual([null, null, null, null]);
    // the input cells are untouched (the inserted row included)
    expect(values[k].slice(0, WIDTH)).toEqual(inserted.map((v) => v ?? null));
  });

  test("a row inserted inside a dossier block already written: the next chunk sees its rows shifted and stops", async () => {
    const rows = list(600);
    const { fake, sheet } = withTable(rows);
    const k = insideBlock(rows, 20);
    expect(k).toBeLessThan(100);
    const edit = editAfterFirstWrite(fake, () => {
      sheet.grid.splice(k, 0, [rows[k][0], "Nieuw kind", 25000, null, 0]);
      fake.table("Dossiers")!.rowCount++;
    });
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 }).catch((e: Error) => e);
    expect(edit.done).toBe(true);
    // sheet row 102 (grid 101) now holds what was read on row 101 (grid 100)
    const [before, now] = [rows[101], rows[100]];
    const what =
      before[0] === now[0]
        ? `rij 102 is veranderd: cel B102 (Kind) was "${before[1]}" en is nu "${now[1]}"; werd er een rij ingevoegd, verwijderd, gesorteerd of aangepast?`
        : `rij 102 hoorde bij dossier "${before[0]}" en hoort nu bij dossier "${now[0]}"; werd er een rij ingevoegd, verwijderd of gesorteerd?`;
    expect((error as Error).message).toBe(`De lijst is gewijzigd terwijl ze herberekend werd: ${what} ${DONE_FIRST_CHUNK}`);
    expect(fake.syncs.slice(edit.afterSync).every((s) => s.writes.every((w) => w.sheet !== "Lijst"))).toBe(true);
  });

  test("an Inkomen of a row not yet written is edited mid-run: stop naming the cell, before and after", async () => {
    const rows = list(600);
    rows[300][2] = 31234.56;
    const { fake, sheet } = withTable(rows);
    const edit = editAfterFirstWrite(fake, () => {
      sheet.grid[300][2] = 99999;
    });
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 }).catch((e: Error) => e);
    expect(edit.done).toBe(true);
    // edited after chunk 1 (grid 1..100) was written; chunk 2 (grid 101..200) is still as read and is written; chunk 3
    // (grid 201..300) holds grid 300 = sheet row 301: the run stops there
    expect((error as Error).message).toBe(
      `De lijst is gewijzigd terwijl ze herberekend werd: rij 301 is veranderd: cel C301 (Inkomen) was "31.234,56" en is nu "99.999"; ` +
        "werd er een rij ingevoegd, verwijderd, gesorteerd of aangepast? Er is niets meer geschreven; vóór de wijziging waren de rijen 2 tot 201 " +
        "herberekend, de rijen vanaf 202 niet (een rij die intussen werd ingevoegd of verwijderd, verschuift die rijen). " +
        "Start de herberekening opnieuw als de lijst klaar is.",
    );
    const values = fake.values("Lijst");
    // rows 2..201 were written (chunks 1 and 2), rows from 202 on never
    expect(values[200][WIDTH + 3]).not.toBeNull();
    for (let r = 201; r < values.length; r++) expect(values[r].slice(WIDTH)).toEqual([null, null, null, null]);
  });

  test("a Datum edited mid-run is shown as dates, not as serial numbers", async () => {
    const rows = list(600);
    const { fake, sheet } = withTable(rows);
    const before = sheet.grid[300][9] as number; // column J Datum; 45352 = 01/03/2024 in the sample
    editAfterFirstWrite(fake, () => {
      sheet.grid[300][9] = before + 1;
    });
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 }).catch((e: Error) => e);
    expect(before).toBe(45352);
    expect((error as Error).message).toContain('rij 301 is veranderd: cel J301 (Datum) was "01/03/2024" en is nu "02/03/2024"');
  });

  test("the check reads the chunk's input cells in the same round trip as before: one probe sync and one write sync per chunk", async () => {
    const rows = list(600);
    const { fake } = withTable(rows);
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 });
    expect(report.written).toBe(600);
    // 600 rows in chunks of 100: 6 write syncs, each right after its probe sync (which writes nothing)
    const writes = fake.syncs.flatMap((s, n) => (s.writes.some((w) => w.sheet === "Lijst" && w.column === WIDTH && w.rows === 100) ? [n] : []));
    expect(writes).toHaveLength(6);
    for (const n of writes) expect(fake.syncs[n - 1].writes).toEqual([]);
    expect(writes.slice(1).map((n, j) => n - writes[j])).toEqual([2, 2, 2, 2, 2]);
  });
});

describe("issue 9.9: after a cancel or a stop, the run's own summary does not contradict the list", () => {
  const NOTE_TAIL =
    "De samenvatting van een vorige herberekening is gewist, want ze paste niet meer bij de lijst. Start de herberekening opnieuw voor een nieuwe samenvatting.";

  test("a cancel during the write: the earlier summary is cleared and holds one note naming the row; a rerun replaces it", async () => {
    const rows = list(400);
    const { fake } = withTable(rows);
    await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(fake.values("Samenvatting")[0][0]).toBe("Dossier");
    const controller = new AbortController();
    const report = await runExcelBatch(
      fake.context,
      "tabel:Dossiers",
      (p) => p.phase === "schrijven" && p.rowsDone >= 100 && controller.abort(),
      controller.signal,
      { maxRowsPerChunk: 100 },
    );
    // rows 2..101 written, 102..401 marked
    expect(report).toMatchObject({ cancelled: true, written: 100, marked: 300, staleSummary: "Samenvatting" });
    expect(fake.values("Lijst")[101][WIDTH + 3]).toBe("niet herberekend (geannuleerd)");
    expect(filled(fake, "Samenvatting")).toEqual([[`Niet bijgewerkt: de herberekening van tabel "Dossiers" is geannuleerd bij rij 102. ${NOTE_TAIL}`]]);
    // the marker still names it: a full rerun writes its summary there again
    const again = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(again.summarySheet).toBe("Samenvatting");
    expect(fake.sheets.map((s) => s.name)).toEqual(["Lijst", "Samenvatting"]);
    expect(fake.values("Samenvatting")[0][0]).toBe("Dossier");
  });

  test("the same in French: the note is in French on the Résumé sheet", async () => {
    const { fake } = withTable(list(400));
    await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { taal: "fr" });
    const controller = new AbortController();
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", (p) => p.phase === "schrijven" && p.rowsDone >= 200 && controller.abort(), controller.signal, {
      maxRowsPerChunk: 100,
      taal: "fr",
    });
    expect(report.staleSummary).toBe("Résumé");
    expect(filled(fake, "Résumé")).toEqual([
      [
        "Pas à jour : le recalcul de tableau « Dossiers » a été annulé à la ligne 202. Le résumé d'un recalcul précédent a été effacé, " +
          "car il ne correspondait plus à la liste. Relancez le recalcul pour un nouveau résumé.",
      ],
    ]);
  });

  test("a cancel before anything is written on a first run: no summary is made or touched", async () => {
    const { fake } = withTable(list(400));
    fake.addSheet("Samenvatting", [["mijn eigen notities"]]);
    const controller = new AbortController();
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", (p) => p.phase === "lezen" && p.rowsDone > 0 && controller.abort(), controller.signal);
    expect(report.staleSummary).toBeUndefined();
    expect(filled(fake, "Samenvatting")).toEqual([["mijn eigen notities"]]);
  });

  test("an Excel error in the middle of the write: the message says which rows were written; the summary says it is not current", async () => {
    const rows = list(400);
    const { fake } = withTable(rows);
    await runExcelBatch(fake.context, "tabel:Dossiers");
    const start = fake.syncs.length;
    // the second chunk's write fails (its probe is the sync after the first chunk's write)
    let failed = false;
    fake.beforeSync = (n) => {
      const firstWrite = fake.syncs.findIndex((s, i) => i >= start && s.writes.some((w) => w.sheet === "Lijst" && w.rows === 100));
      if (!failed && firstWrite >= 0 && n === firstWrite + 1 + 2) {
        failed = true;
        throw new FakeOfficeError("AccessDenied", "The requested operation is not allowed on a protected sheet.");
      }
    };
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 }).catch((e: Error) => e);
    expect(failed).toBe(true);
    expect((error as Error).message).toBe(
      "Excel weigert de wijziging: het blad of de werkmap is beveiligd of alleen-lezen. De herberekening is gestopt. (Excel-code: AccessDenied) " +
        "De rijen 2 tot 101 zijn herberekend; de rijen vanaf 102 zijn niet (volledig) bijgewerkt en kunnen nog oude cijfers tonen.",
    );
    expect(filled(fake, "Samenvatting")).toEqual([[`Niet bijgewerkt: de herberekening van tabel "Dossiers" is gestopt bij rij 102 door een fout van Excel. ${NOTE_TAIL}`]]);
  });

  test("a stop because of the list itself (merged output cells): the summary points at the run's message, not at Excel", async () => {
    const rows = list(30);
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Lijst", rows);
    await runExcelBatch(fake.context, "blad:Lijst");
    // the user removes the output columns L..O and merges two cells where Status will come again
    for (const row of sheet.grid) row.splice(WIDTH, 4);
    sheet.merges.push({ row: 4, column: WIDTH + 3, rows: 1, columns: 2 }); // O5:P5
    await expect(runExcelBatch(fake.context, "blad:Lijst")).rejects.toThrow(/samengevoegde cellen/);
    expect(filled(fake, "Samenvatting")).toEqual([
      [`Niet bijgewerkt: de herberekening van blad "Lijst" is gestopt bij rij 2; de melding bij de herberekening zegt waarom. ${NOTE_TAIL}`],
    ]);
  });

  test("a stop because the list changed: the summary says so, naming the row where the run stopped", async () => {
    const rows = list(400);
    const { fake, sheet } = withTable(rows);
    await runExcelBatch(fake.context, "tabel:Dossiers");
    const start = fake.syncs.length;
    let done = false;
    fake.beforeSync = () => {
      if (done || !fake.syncs.slice(start).some((s) => s.writes.some((w) => w.sheet === "Lijst" && w.rows === 100))) return;
      done = true;
      sheet.grid[150][2] = 1;
    };
    await expect(runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 })).rejects.toThrow(/rij 151 is veranderd: cel C151 \(Inkomen\)/);
    expect(filled(fake, "Samenvatting")).toEqual([
      [`Niet bijgewerkt: de herberekening van tabel "Dossiers" is gestopt bij rij 102, want de lijst werd gewijzigd terwijl ze liep. ${NOTE_TAIL}`],
    ]);
  });
});

describe("issue 9.5: every text cell the Excel batch writes is text", () => {
  const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];
  // dossier numbers that Excel's General format would turn into numbers or dates
  const dossiers = ["00123", "2024-03", "1/3", "1e3", "12%", "-4"];

  test("dossier numbers like 00123, 2024-03, 1/3 reach the summary as the same text; text columns get the text format first", async () => {
    const rows: Cell[][] = [H, ...dossiers.map((d, i) => [d, `k${i}`, 1000, null, 0, 100] as Cell[])];
    const { fake } = withTable(rows);
    await runExcelBatch(fake.context, "tabel:Dossiers");
    const summary = fake.sheet("Samenvatting")!;
    expect(summary.grid.slice(1, 1 + dossiers.length).map((r) => r[0])).toEqual(dossiers);
    // the Dossier (A) and Status (I) columns of every summary row are text cells; amounts keep their formats
    const n = filled(fake, "Samenvatting").length;
    for (let r = 0; r < n; r++) {
      expect([r, summary.numberFormats.get(`${r},0`)]).toEqual([r, "@"]);
      expect([r, summary.numberFormats.get(`${r},8`)]).toEqual([r, "@"]);
    }
    expect(summary.numberFormats.get("1,1")).toBe("#,##0.00");
    // the list's Status cells (column J, after the six inputs and three figures) are text cells too
    const list = fake.sheet("Lijst")!;
    for (let r = 1; r <= dossiers.length; r++) expect(list.numberFormats.get(`${r},9`)).toBe("@");
    expect(list.grid.slice(1).map((r) => r[9])).toEqual(dossiers.map(() => "OK"));
    // the input cells are unchanged
    expect(list.grid.slice(1).map((r) => r[0])).toEqual(dossiers);
  });

  test("the note of a summary that is not current is a text cell", async () => {
    const { fake } = withTable(list(300));
    await runExcelBatch(fake.context, "tabel:Dossiers");
    const controller = new AbortController();
    await runExcelBatch(fake.context, "tabel:Dossiers", (p) => p.phase === "schrijven" && p.rowsDone >= 100 && controller.abort(), controller.signal, {
      maxRowsPerChunk: 100,
    });
    expect(fake.sheet("Samenvatting")!.numberFormats.get("0,0")).toBe("@");
  });
});

describe("audit 4c: a French scale named Barème is the scale, as Schaal is", () => {
  const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Datum"];
  // the same scale as test/workbook/batchExcel.test.ts: 0..30 000 -> 0 EUR, above 30 000 -> 75 EUR a month
  const scale: Cell[][] = [["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"], [0, 0, 30000, 0], [0, 30000, "", 75]];

  test.each(["Barème", "Bareme", "BARÈME", "barème"])("a table named %s", async (name) => {
    const { fake } = withTable([H, ["A", "a", 40000, null, 0, 900, null]]);
    fake.addTable(name, fake.addSheet("Tabellen", scale), 0, 0, 4, 2);
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { taal: "fr" });
    // income 40 000 is above 30 000: 75 EUR (kindsdeel 900 is more)
    expect(report).toMatchObject({ method: "schaal", schaalBron: `tableau ${name}` });
    expect(fake.values("Lijst")[1].slice(-2)).toEqual([75, "OK"]);
    expect(report.notices.some((n) => /APPROXIMATION|BENADERING|APPROXIMATIF/i.test(n))).toBe(false);
  });

  test("a sheet named Bareme is the scale and not a list", async () => {
    const { fake } = withTable([H, ["A", "a", 40000, null, 0, 900, null]]);
    fake.addSheet("Bareme", scale);
    const report = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(report).toMatchObject({ method: "schaal", schaalBron: "blad Bareme" });
    expect(fake.values("Lijst")[1].slice(-2)).toEqual([75, "OK"]);
    const sources = await listBatchSources(fake.context);
    expect(sources.map((s) => s.id)).not.toContain("blad:Bareme");
  });

  test("without a scale the approximation is used (the name must match)", async () => {
    const { fake } = withTable([H, ["A", "a", 40000, null, 0, 900, null]]);
    fake.addSheet("Barèmes 2025", scale);
    expect((await runExcelBatch(fake.context, "tabel:Dossiers")).method).toBe("benadering");
  });
});

describe("audit 4e: a list with only its header", () => {
  test("the Excel batch reports no approximation notice and its summary has none", async () => {
    const { fake } = withTable([["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"]]);
    const report = await runExcelBatch(fake.context, "tabel:Dossiers");
    expect(report).toMatchObject({ rows: 0, method: "benadering", notices: [] });
    expect(filled(fake, "Samenvatting").some((row) => /BENADERING/.test(String(row[0])))).toBe(false);
  });
});

describe("the changed-cell message in French", () => {
  test("an amount edited mid-run in a French run: the message names the row, the cell (with the list's own header) and both values", async () => {
    const rows = list(300);
    rows[250][2] = 31234.56;
    const { fake, sheet } = withTable(rows);
    editAfterFirstWrite(fake, () => {
      sheet.grid[250][2] = null;
    });
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100, taal: "fr" }).catch((e: Error) => e);
    // grid 250 = sheet row 251, in the third chunk (grid 201..300): rows 2..201 were written first
    expect((error as Error).message).toBe(
      `La liste a été modifiée pendant le recalcul : la ligne 251 a changé : la cellule C251 (Inkomen) valait « 31\u202f234,56 » et est maintenant vide ; ` +
        "une ligne a-t-elle été insérée, supprimée, triée ou modifiée ? Plus rien n'a été écrit ; avant la modification, les lignes 2 à 201 avaient été " +
        "recalculées, pas les lignes à partir de 202 (une ligne insérée ou supprimée entre-temps décale ces lignes). Relancez le recalcul quand la liste est prête.",
    );
  });
});
