/**
 * The pure batch (SPEC 3) on hand-worked lists. Amounts worked out by hand in the comments.
 */
import {
  DossierListError,
  recalculateList,
  recalculateRows,
  matchColumns,
  STATUS_OK,
  type OutputCells,
} from "../../src/dossiers";
import { dayToSerial, isoToDay, APPROXIMATION_WARNING } from "../../src/rules";

const serial = (iso: string) => dayToSerial(isoToDay(iso));
const H_TEKORT = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Datum"];
const H_BEREKEND = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Ligdagprijs", "Dagen", "Bijkomende kosten", "Inkomsten", "Datum"];

function run(matrix: unknown[][], options = {}) {
  return recalculateList(matrix, options);
}
const statuses = (outputs: OutputCells[]) => outputs.map((o) => o[3]);

describe("hand-worked examples", () => {
  test("a dossier with Tekort 900 and 3 children: kindsdeel 300 for each child", () => {
    const r = run([
      H_TEKORT,
      ["D1", "An", 10000, null, 0, 900, serial("2024-03-01")],
      ["D1", "Bert", 10000, null, 0, 900, serial("2024-03-01")],
      ["D1", "Cas", 10000, null, 0, 900, serial("2024-03-01")],
    ]);
    expect(r.outputs.map((o) => o[0])).toEqual([300, 300, 300]);
    expect(statuses(r.outputs)).toEqual(["OK", "OK", "OK"]);
    // income under the threshold (25 284,89 in 2024): nothing to recover; the OCMW pays the whole deficit
    expect(r.outputs.map((o) => o[2])).toEqual([0, 0, 0]);
    expect(r.summaries).toEqual([
      expect.objectContaining({ dossier: "D1", tekort: 900, aantalKinderen: 3, kindsdeel: 300, somBijdragen: 0, aandeelOcmw: 900, status: "OK" }),
    ]);
  });

  test("child with 31 723 income and 2 persons ten laste on 2009-03-25: bijdrage 118,63 by the approximation", () => {
    // vrijstelling 2009: 20 335 + 2 x 2 846,90 = 26 028,80; 25% x (31 723 - 26 028,80) / 12 = 118,625 -> 118,63
    const r = run([H_TEKORT, ["G1", "Kind", 31723, null, 2, 900, serial("2009-03-25")], ["G1", "Zus", 0, null, 0, 900, serial("2009-03-25")], ["G1", "Broer", 0, null, 0, 900, serial("2009-03-25")]]);
    expect(r.outputs[0]).toEqual([300, 26028.8, 118.63, "OK"]);
    expect(r.method).toBe("benadering");
    expect(r.summaries[0]).toMatchObject({ somBijdragen: 118.63, aandeelOcmw: 781.37 });
  });

  test("the deficit from Ligdagprijs, Dagen, Bijkomende kosten, Inkomsten and the zakgeld on Datum", () => {
    // zakgeld on 2024-03-01 (index jump 1/11/2023): 1 337,31 x 1,6734 / 1,6084 = 1 391,35 a year; / 12 = 115,95
    // 60 x 30 + 150 + 115,95 - 1 500 = 565,95; 2 children: 282,975 -> down to 282,97
    const d = serial("2024-03-01");
    const r = run([H_BEREKEND, ["W1", "An", 60000, null, 0, 60, 30, 150, 1500, d], ["W1", "Bo", 70000, 5000, 1, 60, 30, 150, 1500, d]]);
    expect(statuses(r.outputs)).toEqual(["OK", "OK"]);
    expect(r.outputs.map((o) => o[0])).toEqual([282.97, 282.97]);
    // both incomes are far above the threshold, so each child pays the whole (rounded) kindsdeel:
    // 2 x 282,97 = 565,94: the kindsdeel rounds down, so the OCMW keeps one cent
    expect(r.summaries[0]).toMatchObject({ tekort: 565.95, somBijdragen: 565.94, aandeelOcmw: 0.01 });
  });

  test("Aantal kinderen overrides the row count (children who cannot pay are not listed)", () => {
    const r = run([
      [...H_TEKORT, "Aantal kinderen"],
      ["A", "An", 0, null, 0, 1000, null, 4],
      ["A", "Bo", 0, null, 0, 1000, null, null],
    ]);
    expect(r.outputs.map((o) => o[0])).toEqual([250, 250]);
    expect(r.summaries[0].aantalKinderen).toBe(4);
  });

  test("a dossier value may be given on one row only", () => {
    const r = run([H_TEKORT, ["A", "An", 0, null, 0, 600, null], ["A", "Bo", 0, null, 0, "", null], ["A", "Cas", 0, null, 0, null, null]]);
    expect(r.outputs.map((o) => o[0])).toEqual([200, 200, 200]);
    expect(statuses(r.outputs)).toEqual(["OK", "OK", "OK"]);
  });

  test("with the scale table: min(kindsdeel, the scale's monthly amount)", () => {
    const schaal = [
      ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
      [0, 0, 20000, 0],
      [0, 20000, 40000, 100],
      [0, 40000, null, 400],
      [2, 0, 30000, 0],
      [2, 30000, null, 50],
    ];
    const r = run(
      [H_TEKORT, ["S", "a", 25000, null, 0, 900, null], ["S", "b", 50000, null, 1, 900, null], ["S", "c", 31723, null, 2, 900, null]],
      { schaal },
    );
    expect(r.method).toBe("schaal");
    // a: 100; b: rows of 0 ptl (largest <= 1), 400 capped at kindsdeel 300; c: 50
    expect(r.outputs.map((o) => o[2])).toEqual([100, 300, 50]);
    expect(statuses(r.outputs)).toEqual(["OK", "OK", "OK"]);
  });
});

describe("bad rows", () => {
  test("a bad row never stops the others; its status says what is wrong in Dutch", () => {
    const r = run([
      H_TEKORT,
      ["D1", "An", "abc", null, 0, 900, null],
      ["D1", "Bo", -5, null, 0, 900, null],
      ["D1", "Cas", 40000, null, 1.5, 900, null],
      ["D2", "Dirk", 40000, null, 1, 900, null],
    ]);
    const s = statuses(r.outputs);
    expect(s[0]).toBe('Inkomen: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "abc".');
    expect(s[1]).toMatch(/^Inkomen: mag niet negatief zijn \(kreeg -5\)/);
    expect(s[2]).toMatch(/^Personen ten laste: verwacht een geheel getal van 0 of meer, maar kreeg 1,5\./);
    expect(s[3]).toBe(STATUS_OK);
    // an error row keeps its kindsdeel (and vrijstelling when known) but gets no bijdrage
    expect(r.outputs[0][0]).toBe(300);
    expect(r.outputs[0][2]).toBe("");
    expect(r.outputs[2][1]).toBe("");
    expect(r.counts).toEqual({ rows: 4, ok: 1, errors: 3, empty: 0, dossiers: 2 });
    expect(r.errorRows).toEqual([0, 1, 2]);
    expect(r.summaries[0]).toMatchObject({ status: "3 van de 3 rijen hebben een fout.", errors: 3 });
    expect(r.summaries[0].somBijdragen).toBeUndefined();
    expect(r.summaries[0].aandeelOcmw).toBeUndefined();
  });

  test("a dossier whose rows disagree on its deficit: an error on each of its rows, not on other dossiers", () => {
    const r = run([
      H_TEKORT,
      ["X", "a", 0, null, 0, 900, null],
      ["Y", "b", 0, null, 0, 500, null],
      ["X", "c", 0, null, 0, "950,00", null],
    ]);
    expect(r.outputs[0][3]).toBe(
      "Tekort: de rijen van dossier X verschillen (900 in rij 2, 950 in rij 4); een dossier heeft één tekort: vul overal dezelfde waarde in of laat de andere rijen leeg.",
    );
    expect(r.outputs[2][3]).toBe(r.outputs[0][3]);
    expect(r.outputs[1][3]).toBe("OK");
    expect(r.summaries.map((s) => s.dossier)).toEqual(["X", "Y"]);
    expect(r.summaries[0].status).toBe(r.outputs[0][3]);
  });

  test("rows that disagree on an input of the deficit or on Aantal kinderen", () => {
    const d = serial("2024-03-01");
    const r1 = run([H_BEREKEND, ["W", "a", 0, null, 0, 60, 30, 0, 1500, d], ["W", "b", 0, null, 0, 61, 30, 0, 1500, d]]);
    expect(statuses(r1.outputs)[0]).toMatch(/^Ligdagprijs: de rijen van dossier W verschillen \(60 in rij 2, 61 in rij 3\)/);
    const r2 = run([[...H_TEKORT, "Aantal kinderen"], ["A", "a", 0, null, 0, 900, null, 3], ["A", "b", 0, null, 0, 900, null, 4]]);
    expect(statuses(r2.outputs)[1]).toMatch(/^Aantal kinderen: de rijen van dossier A verschillen \(3 in rij 2, 4 in rij 3\)/);
    // different dates matter when the date picks the zakgeld
    const r3 = run([H_BEREKEND, ["W", "a", 0, null, 0, 60, 30, 0, 1500, serial("2024-03-01")], ["W", "b", 0, null, 0, 60, 30, 0, 1500, serial("2024-04-01")]]);
    expect(statuses(r3.outputs)[0]).toMatch(/^Datum: de rijen van dossier W verschillen \(01\/03\/2024 in rij 2, 01\/04\/2024 in rij 3\)/);
  });

  test("a bad deficit cell: its row says why, the dossier's other rows say where", () => {
    const r = run([H_TEKORT, ["A", "a", 0, null, 0, 900, null], ["A", "b", 0, null, 0, "negenhonderd", null], ["B", "c", 0, null, 0, 100, null]]);
    expect(r.outputs[1][3]).toBe('Tekort: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "negenhonderd".');
    expect(r.outputs[0][3]).toBe("Tekort: het tekort van dossier A is onbekend door een fout in rij 3 (kolom Tekort).");
    expect(r.outputs[2][3]).toBe("OK");
  });

  test("Aantal kinderen smaller than the rows of the dossier", () => {
    const r = run([[...H_TEKORT, "Aantal kinderen"], ["A", "a", 0, null, 0, 900, null, 1], ["A", "b", 0, null, 0, 900, null, null]]);
    expect(statuses(r.outputs)).toEqual([
      "Aantal kinderen: 1 is minder dan het aantal rijen (kinderen) van dossier A (2); tel alle kinderen van de eerste graad mee.",
      "Aantal kinderen: 1 is minder dan het aantal rijen (kinderen) van dossier A (2); tel alle kinderen van de eerste graad mee.",
    ]);
  });

  test("a dossier without any deficit, a row without a dossier number", () => {
    const r = run([H_TEKORT, ["A", "a", 0, null, 0, null, null], [null, "b", 1000, null, 0, 900, null]]);
    expect(r.outputs[0][3]).toBe("Tekort: ontbreekt voor dossier A; vul het tekort in op minstens één rij van het dossier.");
    expect(r.outputs[1][3]).toBe("Dossier: ontbreekt; elke rij met gegevens heeft een dossiernummer nodig.");
    expect(r.counts.dossiers).toBe(1);
  });

  test("a missing deficit input (computed deficit) names the column", () => {
    const r = run([H_BEREKEND, ["W", "a", 0, null, 0, null, 30, 0, 1500, null]]);
    expect(r.outputs[0][3]).toMatch(/^Ligdagprijs: ontbreekt; verwacht een bedrag in euro/);
  });

  test("a date before the first known vrijstelling gives #N/A's message, naming the column", () => {
    const r = run([H_TEKORT, ["A", "a", 30000, null, 0, 900, serial("2005-01-01")]]);
    // the parameter is named by its Dutch label, never by its id
    expect(r.outputs[0][3]).toMatch(/^Datum: geen waarde van 'Vrijstellingsgrens \(basisbedrag per jaar\)' bekend op 01\/01\/2005/);
  });

  test("an unreadable scale table: every row says so; the batch still runs", () => {
    const r = run([H_TEKORT, ["A", "a", 30000, null, 0, 900, null]], { schaal: [[0, 0, 100, "veel"]] });
    expect(r.outputs[0][3]).toMatch(/^Schaal \(rij 1, maandbedrag\): verwacht een bedrag/);
    expect(r.schaalError).toBeDefined();
    expect(r.outputs[0][0]).toBe(900);
  });

  test("unused junk in the deficit columns of a dossier that has a Tekort is not an error", () => {
    const r = run([
      ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Ligdagprijs", "Dagen", "Bijkomende kosten", "Inkomsten"],
      ["A", "a", 0, null, 0, 900, "?", null, null, null],
      ["B", "b", 0, null, 0, null, 60, 30, 0, 1500],
    ]);
    expect(statuses(r.outputs)).toEqual(["OK", "OK"]);
    expect(r.outputs[1][0]).toBe(423.04); // 60 x 30 + 123,04 (latest zakgeld: 1 476,50 / 12) - 1 500
  });
});

describe("cells", () => {
  test("Belgian number text, dates as Date objects and as text, dossier numbers as numbers or text", () => {
    const r = run([
      H_TEKORT,
      [12, "a", "31.723,00", "", "2", "€ 900", new Date(Date.UTC(2009, 2, 25))],
      ["12", "b", " 0 ", null, 0, null, "25/03/2009"],
      [" 12 ", "c", "0,00", null, 0, null, "2009-03-25"],
    ]);
    expect(r.counts.dossiers).toBe(1);
    expect(r.outputs[0]).toEqual([300, 26028.8, 118.63, "OK"]);
    expect(r.outputs[1]).toEqual([300, 20335, 0, "OK"]);
    expect(r.outputs[2]).toEqual([300, 20335, 0, "OK"]);
  });

  test("booleans and unknown objects are refused with a message", () => {
    const r = run([H_TEKORT, ["A", "a", true, null, 0, 900, null], ["A", "b", { weird: 1 }, null, 0, 900, null]]);
    expect(r.outputs[0][3]).toMatch(/^Inkomen: .*de logische waarde WAAR/);
    expect(r.outputs[1][3]).toMatch(/^Inkomen: .*onbekende celwaarde/);
  });

  test("ExcelJS cell objects: formula results, rich text, errors", () => {
    const r = run([
      H_TEKORT,
      ["A", "a", { formula: "A1*2", result: 31723 }, null, { richText: [{ text: "2" }] }, 900, serial("2009-03-25")],
      ["A", "b", { error: "#N/A" }, null, 0, 900, null],
      ["A", "c", 0, null, 0, 900, null],
    ]);
    expect(r.outputs[0][2]).toBe(118.63);
    expect(r.outputs[1][3]).toMatch(/^Inkomen: .*de tekst "#N\/A"/);
  });
});

describe("shape", () => {
  test("empty rows get an empty status, are kept and are not children", () => {
    const r = run([H_TEKORT, ["A", "a", 0, null, 0, 900, null], [], [null, "", "  ", null, null, null, null], ["A", "b", 0, null, 0, 900, null]]);
    expect(r.outputs).toHaveLength(4);
    expect(r.outputs[1]).toEqual(["", "", "", ""]);
    expect(r.outputs[2]).toEqual(["", "", "", ""]);
    expect(r.outputs[0][0]).toBe(450);
    expect(r.counts).toEqual({ rows: 2, ok: 2, errors: 0, empty: 2, dossiers: 1 });
  });

  test("the header row may follow a title; row numbers in messages are sheet rows", () => {
    const r = run([["Dossierlijst maart"], [], H_TEKORT, ["A", "a", 0, null, 0, 900, null], ["A", "b", 0, null, 0, 950, null]]);
    expect(r.layout.headerRow).toBe(2);
    expect(r.outputs[0][3]).toMatch(/900 in rij 4, 950 in rij 5/);
  });

  test("output columns in the input are not read: the result is the same", () => {
    const base = [H_TEKORT, ["A", "a", 31723, null, 2, 900, serial("2009-03-25")], ["A", "b", 0, null, 0, 900, null]];
    const withOutputs = [
      [...H_TEKORT, "Kindsdeel", "Vrijstelling", "Bijdrage", "Status"],
      [...base[1], 1, 2, 3, "oud"],
      [...base[2], "x", "y", "z", "fout"],
    ];
    expect(run(withOutputs).outputs).toEqual(run(base).outputs);
  });

  test("a missing required column is named; no header row at all", () => {
    expect(() => run([["Dossier", "Kind", "Inkomen", "Tekort"], ["A", "a", 0, 900]])).toThrow(DossierListError);
    expect(() => run([["Dossier", "Kind", "Inkomen", "Tekort"], ["A", "a", 0, 900]])).toThrow(
      "Verplichte kolommen ontbreken in de kopregel van het blad: Partner inkomen; Personen ten laste.",
    );
    expect(() => run([["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Ligdagprijs"]])).toThrow(
      /Tekort \(of Ligdagprijs \+ Dagen \+ Bijkomende kosten \+ Inkomsten; ontbreekt: Dagen, Bijkomende kosten, Inkomsten\)/,
    );
    expect(() => run([["a", "b"], [1, 2]])).toThrow(/^Geen kopregel gevonden in het blad/);
    expect(() => recalculateRows([], matchColumns(["Dossier"]))).toThrow(DossierListError);
  });

  test("progress is reported, and at the end", () => {
    const calls: [number, number][] = [];
    const rows = Array.from({ length: 25 }, (_, i) => ["A" + (i % 5), "k", 0, null, 0, 100, null]);
    recalculateRows(rows, matchColumns(H_TEKORT), { onProgress: (d, t) => calls.push([d, t]), progressEvery: 10 });
    expect(calls).toEqual([[10, 25], [20, 25], [25, 25]]);
  });

  test("the approximation warning is available for the faces", () => {
    expect(APPROXIMATION_WARNING).toMatch(/BENADERING/);
  });
});
