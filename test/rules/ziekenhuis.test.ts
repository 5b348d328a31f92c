/** REMGELD.OPNAMES and VERLOFDAGEN in the rules engine: input checks and what the trace says. */
import { remgeldOpnames, readOpnames } from "../../src/rules/ziekenhuis";
import { verlofdagen } from "../../src/rules/verlofdagen";
import { serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";

const s = serial;

describe("opnames: the range", () => {
  test.each([
    ["no range", 45000, "opnames"],
    ["empty", null, "opnames"],
    ["one column", [[s("2024-01-01")]], "opnames"],
    ["six columns", [[s("2024-01-01"), s("2024-01-02"), null, null, null, 1]], "opnames"],
    ["a date as text", [[s("2024-01-01"), "2/1/2024"]], "opnames (rij 1, ontslagdatum)"],
    ["header then a text date", [["opname", "ontslag"], ["1/1/2024", s("2024-01-02")]], "opnames (rij 2, opnamedatum)"],
    ["a date text in row 1 is no header", [["2024-01-01", s("2024-01-02")]], "opnames (rij 1, opnamedatum)"],
    ["a short date text in row 1 is no header", [["1/1/24", s("2024-01-02")]], "opnames (rij 1, opnamedatum)"],
    ["a serial as text in row 1 is no header (the admission is never skipped)", [["45292", s("2024-01-02")]], "opnames (rij 1, opnamedatum)"],
    ["overgeplaatst as the text ja (yes/no takes TRUE/FALSE only)", [[s("2024-01-01"), s("2024-01-02"), "volledig", "ja"]], "opnames (rij 1, overgeplaatst)"],
    ["overgeplaatst 1", [[s("2024-01-01"), s("2024-01-02"), "volledig", 1]], "opnames (rij 1, overgeplaatst)"],
    ["overgeplaatst not a yes/no", [[s("2024-01-01"), s("2024-01-02"), "volledig", "soms"]], "opnames (rij 1, overgeplaatst)"],
    ["onderzoeken 1.5", [[s("2024-01-01"), s("2024-01-02"), null, null, 1.5]], "opnames (rij 1, onderzoeken)"],
  ] as [string, unknown, string][])("%s: #VALUE! naming %s", (_n, opnames, argument) => {
    const err = ruleError(() => remgeldOpnames({ categorie: "ANDER", opnames }));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
  });
  test("blank rows are skipped; row numbers stay those of the range", () => {
    const rows = readOpnames([["Opname", "Ontslag"], [null, ""], [s("2024-01-01"), s("2024-01-03")], [null, null]]);
    expect(rows.map((r) => r.row)).toEqual([3]);
  });
  test("no full admission at all: 0", () => {
    expect(remgeldOpnames({ categorie: "ANDER", opnames: [[s("2024-01-01"), s("2024-01-03"), "dag"]] }).value.toNumber()).toBe(0);
    expect(remgeldOpnames({ categorie: "ANDER", opnames: [["opnamedatum", "ontslagdatum"]] }).value.toNumber()).toBe(0);
  });
});

describe("the trace tells per admission its day numbers and why", () => {
  const labels = (opnames: unknown[][], ziekenhuis?: string) => remgeldOpnames({ categorie: "ANDER", opnames, dienst: "T", ziekenhuis }).steps.map((x) => x.label);
  test("joined after 28 days: day 11-15; toezicht restarts after more than 30 days", () => {
    const l = labels([[s("2024-01-01"), s("2024-01-11")], [s("2024-02-08"), s("2024-02-13")]]);
    expect(l).toContain("Opname 2: onderbreking van 28 dag(en), hoogstens 90: de dagtelling loopt door, dagen 11-15");
    expect(l).toContain("Opname 2: Toezichtshonoraria: onderbreking van hoogstens 30 dagen in hetzelfde ziekenhuis, de telling loopt door: toezichtsdagen 11-15");
    const l2 = labels([[s("2024-01-01"), s("2024-01-11")], [s("2024-05-18"), s("2024-05-23")]], "psychiatrisch");
    expect(l2).toContain("Opname 2: onderbreking van 128 dag(en), hoogstens 180: de dagtelling loopt door, dagen 11-15");
    expect(l2).toContain("Opname 2: Toezichtshonoraria: onderbreking van meer dan 30 dagen, de telling begint opnieuw: toezichtsdagen 1-5");
  });
  test("not joined after 128 days in a general hospital: day 1-5 again", () => {
    const l = labels([[s("2024-01-01"), s("2024-01-11")], [s("2024-05-18"), s("2024-05-23")]]);
    expect(l).toContain("Opname 2: onderbreking van 128 dag(en), meer dan 90: de dagtelling begint opnieuw, dagen 1-5");
  });
});

describe("VERLOFDAGEN input", () => {
  test.each([
    ["a text cell", [[s("2024-03-01")], ["morgen"]], "verlofdagen (rij 2, kolom 1)"],
    ["a single text", "morgen", "verlofdagen"],
  ] as [string, unknown, string][])("%s: #VALUE! naming %s", (_n, dagen, argument) => {
    const err = ruleError(() => verlofdagen("ANDER", s("2024-01-15"), dagen));
    expect(err.argument).toBe(argument);
  });
  test("opnamedatum and categorie are required", () => {
    expect(ruleError(() => verlofdagen("ANDER", null, s("2024-03-01"))).argument).toBe("opnamedatum");
    expect(ruleError(() => verlofdagen("RIJK", s("2024-01-15"), s("2024-03-01"))).argument).toBe("categorie");
  });
  test("a row of dates and blank cells: blanks skipped (3 in March 2024 x 0.47 = 1.41)", () => {
    expect(verlofdagen("ander", s("2024-01-15"), [[s("2024-03-01"), null, "", s("2024-03-02"), s("2024-03-03")]]).value.toFixed(2)).toBe("1.41");
  });
});

describe("Excel for Windows passes an empty cell of a range as 0", () => {
  test("opnames: empty rows and empty optional cells as 0 (28 days apart, joined: 360.67 as in the table)", () => {
    const opnames = [
      [s("2024-01-01"), s("2024-01-11"), 0, 0, 0],
      [0, 0, 0, 0, 0],
      [s("2024-02-08"), s("2024-02-13"), 0, 0, 0],
    ];
    expect(remgeldOpnames({ categorie: "ANDER", opnames }).value.toFixed(2)).toBe("360.67");
  });
  test("opnames: a missing date given as 0 is still an error on that row", () => {
    expect(ruleError(() => remgeldOpnames({ categorie: "ANDER", opnames: [[s("2024-01-01"), 0, 0, 0, 0]] })).argument).toBe("opnames (rij 1, ontslagdatum)");
  });
  test("verlofdagen: 0 cells are empty cells (2 days in March 2024: 0.94)", () => {
    expect(verlofdagen("ANDER", s("2024-01-15"), [[s("2024-03-01")], [0], [s("2024-03-02")], [0]]).value.toFixed(2)).toBe("0.94");
  });
});
