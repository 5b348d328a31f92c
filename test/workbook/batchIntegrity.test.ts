/**
 * The audit of issue 9 after the batch runner (on the in-memory Excel, src/workbook/excelFake.ts, which applies edits
 * made between syncs):
 * - the check before each write compares every input cell read of the chunk's rows, not only the dossier number, so
 *   a child row inserted inside a dossier block, or an amount edited, stops the run naming the first changed row;
 * - after a cancel or a failure the run's own summary (found by its defined name) says it belongs to an earlier run;
 * - text cells are written as text (dossier numbers like 00123, 2024-03, 1/3 stay text).
 */
import { sampleDossierList } from "../../src/dossiers";
import { runExcelBatch } from "../../src/workbook/batchExcel";
import { FakeExcel, type Cell, type FakeSheet } from "../../src/workbook/excelFake";

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
    const { fake, sheet } = withTable(rows);
    const was = rows[300][2] as number;
    const edit = editAfterFirstWrite(fake, () => {
      sheet.grid[300][2] = 99999;
    });
    const error = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { maxRowsPerChunk: 100 }).catch((e: Error) => e);
    expect(edit.done).toBe(true);
    // edited after chunk 1 (grid 1..100) was written; chunk 2 (grid 101..200) is still as read and is written; chunk 3
    // (grid 201..300) holds grid 300 = sheet row 301: the run stops there
    expect((error as Error).message).toBe(
      `De lijst is gewijzigd terwijl ze herberekend werd: rij 301 is veranderd: cel C301 (Inkomen) was "${String(was)}" en is nu "99999"; ` +
        "werd er een rij ingevoegd, verwijderd, gesorteerd of aangepast? Er is niets meer geschreven; vóór de wijziging waren de rijen 2 tot 201 " +
        "herberekend, de rijen vanaf 202 niet (een rij die intussen werd ingevoegd of verwijderd, verschuift die rijen). " +
        "Start de herberekening opnieuw als de lijst klaar is.",
    );
    const values = fake.values("Lijst");
    // rows 2..201 were written (chunks 1 and 2), rows from 202 on never
    expect(values[200][WIDTH + 3]).not.toBeNull();
    for (let r = 201; r < values.length; r++) expect(values[r].slice(WIDTH)).toEqual([null, null, null, null]);
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
