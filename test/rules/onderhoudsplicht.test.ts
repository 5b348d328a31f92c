import { bijdrage, parseSchaal, vrijstelling, type BijdrageInput } from "../../src/rules/onderhoudsplicht";
import { traceRows } from "../../src/rules/trace";
import { serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";


describe("vrijstelling = basis + personen_ten_laste x verhoging (SPEC table)", () => {
  // published basis / verhoging (n): 2008-09-01: 20 335.00 / 2 846.90 (10); 2012-02-01: 21 579.83 / 3 021.18 (13);
  // 2022-03-01: 25 284.89 / 3 539.89 (21). Other dates: one step from the published value, c(n) = round(1.02^n, 4).
  // 2009: 20 335.00, +2 846.90 = 23 181.90, +2 846.90 = 26 028.80, +2 846.90 = 28 875.70 (n=10 until 2010-09-01)
  // 2012-01-31 (jump 2011-05-01, n=12): 20 335.00 x 1.2682 / 1.2190 = 21 155.74; 2 846.90 x 1.2682 / 1.2190 = 2 961.80
  // 2012: 21 579.83, +3 021.18 = 24 601.01, 27 622.19, 30 643.37
  // 2022-02-28 (jump 2022-01-01, n=20): 21 579.83 x 1.4859 / 1.2936 = 24 787.78; 3 021.18 x 1.4859 / 1.2936 = 3 470.29
  // 2022: 25 284.89, +3 539.89 = 28 824.78, 32 364.67, 35 904.56
  // 2025-06-30 (jump 2025-02-01, n=28): 25 284.89 x 1.7410 / 1.5157 = 29 043.34; 3 539.89 x 1.7410 / 1.5157 = 4 066.07
  const table: [string, string[]][] = [
    ["2009-03-01", ["20335.00", "23181.90", "26028.80", "28875.70"]],
    ["2009-03-25", ["20335.00", "23181.90", "26028.80", "28875.70"]],
    ["2012-01-31", ["21155.74", "24117.54", "27079.34", "30041.14"]],
    ["2012-02-01", ["21579.83", "24601.01", "27622.19", "30643.37"]],
    ["2022-02-28", ["24787.78", "28258.07", "31728.36", "35198.65"]],
    ["2022-03-01", ["25284.89", "28824.78", "32364.67", "35904.56"]],
    ["2025-06-30", ["29043.34", "33109.41", "37175.48", "41241.55"]],
  ];
  const cases = table.flatMap(([iso, values]) => values.map((v, n) => [iso, n, v] as [string, number, string]));
  test.each(cases)("on %s with %i persons: %s", (iso, n, expected) => {
    expect(vrijstelling(n, serial(iso)).value.toFixed(2)).toBe(expected);
  });
  // latest = on the last jump 2026-03-01 (n=29): 25 284.89 x 1.7758 / 1.5157 = 29 623.88; 3 539.89 x 1.7758 / 1.5157 = 4 147.35
  test.each([0, 1, 2, 3].map((n) => [n, ["29623.88", "33771.23", "37918.58", "42065.93"][n]]))(
    "no date: latest values, %i persons = %s",
    (n, expected) => {
      expect(vrijstelling(n).value.toFixed(2)).toBe(expected);
      expect(vrijstelling(n, null).value.toFixed(2)).toBe(expected);
      expect(vrijstelling(n, "").value.toFixed(2)).toBe(expected);
    },
  );
  test("10 persons in 2022: 25 284.89 + 35 398.90 = 60 683.79", () => {
    expect(vrijstelling(10, serial("2022-03-01")).value.toFixed(2)).toBe("60683.79");
  });
  test("before 2008-09-01: #N/A (unavailable) naming datum", () => {
    const err = ruleError(() => vrijstelling(0, serial("2008-08-31")));
    expect(err.kind).toBe("unavailable");
    expect(err.argument).toBe("datum");
  });
  test.each([[-1], [1.5], ["twee"], [null], [true]])("personen_ten_laste %p is invalid", (n) => {
    const err = ruleError(() => vrijstelling(n as never));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe("personen_ten_laste");
  });
  test("the trace names both parameters with their date and source", () => {
    const r = vrijstelling(2, serial("2009-03-25"));
    const names = r.steps.filter((s) => s.parameter).map((s) => [s.parameter!.name, s.parameter!.from]);
    expect(names).toEqual([
      ["vrijstelling_basis", "2008-09-01"],
      ["vrijstelling_verhoging", "2008-09-01"],
    ]);
    expect(r.steps[0].parameter!.source).toContain("guidesocial.be");
  });
});

describe("bijdrage, built-in approximation: min(kindsdeel, 25% x max(0, gezinsinkomen - vrijstelling) / 12)", () => {
  const guidesocial: BijdrageInput = { inkomen: 31723, partnerInkomen: null, personenTenLaste: 2, kindsdeel: 500, datum: serial("2009-03-25") };

  test("guidesocial 2009 worked example: 31 723, 2 ptl -> threshold 26 028.80, 25% x 5 694.20 / 12 = 118.63", () => {
    const r = bijdrage(guidesocial);
    expect(r.method).toBe("benadering");
    expect(r.vrijstelling!.toFixed(2)).toBe("26028.80");
    expect(r.gezinsinkomen.toFixed(2)).toBe("31723.00");
    expect(r.value.toFixed(2)).toBe("118.63");
  });
  test("capped by a small kindsdeel", () => {
    expect(bijdrage({ ...guidesocial, kindsdeel: 100 }).value.toFixed(2)).toBe("100.00");
    expect(bijdrage({ ...guidesocial, kindsdeel: 118.62 }).value.toFixed(2)).toBe("118.62");
    expect(bijdrage({ ...guidesocial, kindsdeel: 0 }).value.toFixed(2)).toBe("0.00");
  });
  test("partner income is added: 20 000 + 11 723 = 31 723 -> 118.63", () => {
    expect(bijdrage({ ...guidesocial, inkomen: 20000, partnerInkomen: 11723 }).value.toFixed(2)).toBe("118.63");
    expect(bijdrage({ ...guidesocial, inkomen: 0, partnerInkomen: 31723 }).value.toFixed(2)).toBe("118.63");
  });
  test("kadastraal inkomen 2 000 (or less) is ignored", () => {
    expect(bijdrage({ ...guidesocial, kadastraalInkomen: 2000 }).value.toFixed(2)).toBe("118.63");
    expect(bijdrage({ ...guidesocial, kadastraalInkomen: 0 }).value.toFixed(2)).toBe("118.63");
  });
  test("kadastraal inkomen 2 000.01 adds 3x: 31 723 + 6 000.03 = 37 723.03; - 26 028.80 = 11 694.23; x 0.25 / 12 = 243.6297.. -> 243.63", () => {
    const r = bijdrage({ ...guidesocial, kadastraalInkomen: 2000.01 });
    expect(r.gezinsinkomen.toFixed(2)).toBe("37723.03");
    expect(r.value.toFixed(2)).toBe("243.63");
  });
  test("at the threshold 0; one cent above it still rounds to 0.00", () => {
    expect(bijdrage({ ...guidesocial, inkomen: 26028.8 }).value.toFixed(2)).toBe("0.00");
    expect(bijdrage({ ...guidesocial, inkomen: 26028.81 }).value.toFixed(2)).toBe("0.00"); // 0.01 x 0.25 / 12
    expect(bijdrage({ ...guidesocial, inkomen: 10000 }).value.toFixed(2)).toBe("0.00");
  });
  test("2012, 1 ptl, 30 000: 30 000 - 24 601.01 = 5 398.99; x 0.25 / 12 = 112.4789.. -> 112.48", () => {
    expect(bijdrage({ inkomen: 30000, personenTenLaste: 1, kindsdeel: 1000, datum: serial("2012-02-01") }).value.toFixed(2)).toBe("112.48");
  });
  test("no date = latest values: 40 000, 0 ptl: 40 000 - 29 623.88 = 10 376.12; x 0.25 / 12 = 216.1691.. -> 216.17", () => {
    expect(bijdrage({ inkomen: 40000, personenTenLaste: 0, kindsdeel: 1000 }).value.toFixed(2)).toBe("216.17");
  });
  test("a date before the first vrijstelling is #N/A", () => {
    const err = ruleError(() => bijdrage({ ...guidesocial, datum: serial("2008-08-31") }));
    expect(err.kind).toBe("unavailable");
    expect(err.argument).toBe("datum");
  });
  test("the trace says BENADERING, names the vrijstelling parameters and ends with the result", () => {
    const r = bijdrage(guidesocial);
    expect(r.steps.some((s) => (s.note ?? "").includes("BENADERING"))).toBe(true);
    const rows = traceRows(r.steps);
    expect(rows.some(([label]) => String(label).includes("BENADERING"))).toBe(true);
    expect(rows.some(([label]) => String(label).includes("01/09/2008") && String(label).includes("guidesocial.be"))).toBe(true);
    expect(r.steps[r.steps.length - 1].amount!.equals(r.value)).toBe(true);
  });

  const bad: [string, Partial<BijdrageInput>, string][] = [
    ["negative income", { inkomen: -1 }, "inkomen"],
    ["text income", { inkomen: "veel" }, "inkomen"],
    ["negative partner income", { partnerInkomen: -1 }, "partner_inkomen"],
    ["non-integer ptl", { personenTenLaste: 1.5 }, "personen_ten_laste"],
    ["negative kindsdeel", { kindsdeel: -0.01 }, "kindsdeel"],
    ["date 60", { datum: 60 }, "datum"],
    ["negative KI", { kadastraalInkomen: -5 }, "kadastraal_inkomen"],
    ["boolean KI", { kadastraalInkomen: true }, "kadastraal_inkomen"],
  ];
  test.each(bad)("%s is invalid", (_n, over, argument) => {
    const err = ruleError(() => bijdrage({ ...guidesocial, ...over }));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
  });
});

describe("bijdrage with the official scale table", () => {
  const HEADER = ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"];
  const ROWS: unknown[][] = [
    [0, 20000, 25000, 50],
    [0, 25000, 30000, 100],
    [0, 30000, null, 200], // no upper bound
    [2, 25000, 30000, 40],
    [2, 30000, 40000, 90], // group 2 ends at 40 000
  ];
  const withHeader = [HEADER, ...ROWS];
  const run = (inkomen: number, ptl: number, schaal: unknown = withHeader, kindsdeel = 1000, extra: Partial<BijdrageInput> = {}) =>
    bijdrage({ inkomen, personenTenLaste: ptl, kindsdeel, schaal: schaal as never, ...extra });

  // [income, ptl, expected]; "N/A" = no row
  const cases: [number, number, string][] = [
    [19999.99, 0, "0.00"], // below every row of group 0
    [20000, 0, "50.00"], // exactly at van
    [24999.99, 0, "50.00"],
    [25000, 0, "100.00"], // exactly at tot of the previous row = van of the next
    [29999.99, 0, "100.00"],
    [30000, 0, "200.00"],
    [1000000, 0, "200.00"], // empty tot: no bound
    [25000, 1, "100.00"], // 1 ptl: largest group <= 1 is 0
    [24999.99, 2, "0.00"], // below every row of group 2
    [25000, 2, "40.00"],
    [29999.99, 2, "40.00"],
    [30000, 2, "90.00"],
    [39999.99, 2, "90.00"],
    [30000, 7, "90.00"], // 7 ptl -> group 2
    [40000, 2, "N/A"], // at the last tot: above the group
    [50000, 5, "N/A"],
  ];
  test.each(cases)("income %d, %i ptl -> %s (with header)", (inkomen, ptl, expected) => {
    if (expected === "N/A") {
      const err = ruleError(() => run(inkomen, ptl));
      expect(err.kind).toBe("unavailable");
      expect(err.argument).toBe("schaal");
    } else {
      const r = run(inkomen, ptl);
      expect(r.method).toBe("schaal");
      expect(r.value.toFixed(2)).toBe(expected);
    }
  });
  test.each(cases.filter((c) => c[2] !== "N/A"))("income %d, %i ptl -> %s (no header row)", (inkomen, ptl, expected) => {
    expect(run(inkomen, ptl, ROWS).value.toFixed(2)).toBe(expected);
  });

  test("the scale amount is capped by the kindsdeel", () => {
    expect(run(30000, 0, withHeader, 150).value.toFixed(2)).toBe("150.00");
    expect(run(30000, 0, withHeader, 0).value.toFixed(2)).toBe("0.00");
  });
  test("partner income and kadastraal inkomen count for the scale too", () => {
    // 20 000 + 10 000 = 30 000 -> 200
    expect(run(20000, 0, withHeader, 1000, { partnerInkomen: 10000 }).value.toFixed(2)).toBe("200.00");
    // 19 000 + 3 x 2 000.01 = 25 000.03 -> 100; 2 000 ignored -> below -> 0
    expect(run(19000, 0, withHeader, 1000, { kadastraalInkomen: 2000.01 }).value.toFixed(2)).toBe("100.00");
    expect(run(19000, 0, withHeader, 1000, { kadastraalInkomen: 2000 }).value.toFixed(2)).toBe("0.00");
  });
  test("the scale does not depend on the vrijstelling's date: a date before 2009 works with a scale", () => {
    expect(run(25000, 0, withHeader, 1000, { datum: serial("2005-01-01") }).value.toFixed(2)).toBe("100.00");
  });
  test("the trace with a scale does not say BENADERING, and names the row used", () => {
    const r = run(25000, 0);
    const rows = traceRows(r.steps);
    expect(rows.some(([label]) => String(label).includes("BENADERING"))).toBe(false);
    expect(r.steps.some((s) => s.note !== undefined)).toBe(false);
    expect(rows.some(([label]) => String(label).includes("Schaalrij 3"))).toBe(true); // header = row 1
    expect(r.steps[r.steps.length - 1].amount!.equals(r.value)).toBe(true);
  });
  test("empty trailing rows of a larger selection are skipped", () => {
    expect(run(25000, 0, [...withHeader, [null, null, null, null], ["", "", "", ""]]).value.toFixed(2)).toBe("100.00");
  });
  test("a parsed table can be passed as is", () => {
    expect(run(25000, 0, parseSchaal(withHeader)).value.toFixed(2)).toBe("100.00");
  });
  test("empty schaal (null, undefined, []) = approximation", () => {
    for (const schaal of [null, undefined, []]) {
      const r = bijdrage({ inkomen: 31723, personenTenLaste: 2, kindsdeel: 500, datum: serial("2009-03-25"), schaal: schaal as never });
      expect(r.method).toBe("benadering");
      expect(r.value.toFixed(2)).toBe("118.63");
    }
  });

  test("no group <= the child's ptl is #N/A", () => {
    const err = ruleError(() => run(30000, 0, [[1, 0, null, 10]]));
    expect(err.kind).toBe("unavailable");
    expect(err.argument).toBe("schaal");
  });
  test("a gap between rows is #N/A", () => {
    const err = ruleError(() => run(25500, 0, [[0, 20000, 25000, 50], [0, 26000, null, 100]]));
    expect(err.kind).toBe("unavailable");
    // at the edges of the gap
    expect(run(24999.99, 0, [[0, 20000, 25000, 50], [0, 26000, null, 100]]).value.toFixed(2)).toBe("50.00");
    expect(run(26000, 0, [[0, 20000, 25000, 50], [0, 26000, null, 100]]).value.toFixed(2)).toBe("100.00");
  });

  const invalidTables: [string, unknown][] = [
    ["overlapping rows", [[0, 20000, 26000, 50], [0, 25000, null, 100]]],
    ["an open row followed by another", [[0, 20000, null, 50], [0, 25000, 30000, 100]]],
    ["two rows with the same van", [[0, 20000, 25000, 50], [0, 20000, 30000, 100]]],
    ["3 columns", [[0, 20000, 50], [0, 25000, 100]]],
    ["6 columns", [[0, 20000, 25000, 50, 45000, 1]]],
    ["vanaf not a date (text)", [[0, 20000, 25000, 50, "1/3/2024"]]],
    ["vanaf before 1/3/1900 (serial 60)", [[0, 20000, 25000, 50, 60]]],
    ["overlap within one vanaf version", [[0, 20000, 26000, 50, 45000], [0, 25000, null, 100, 45000]]],
    ["all empty", [[null, null, null, null], [null, null, null, null]]],
    ["only a header", [HEADER]],
    ["tot not above van", [[0, 20000, 20000, 50]]],
    ["negative maandbedrag", [[0, 20000, 25000, -5]]],
    ["text amount", [[0, 20000, 25000, "veel"]]],
    ["non-integer ptl", [[0.5, 20000, 25000, 5]]],
    ["a single number instead of a range", 5],
  ];
  test.each(invalidTables)("%s is invalid (#VALUE!) naming schaal", (_n, schaal) => {
    const err = ruleError(() => run(25000, 0, schaal));
    expect(err.kind).toBe("invalid");
    expect(err.argument.startsWith("schaal")).toBe(true);
  });
  test("overlap within one group only: the same bands in two groups are fine", () => {
    expect(run(25000, 1, [[0, 20000, 30000, 50], [1, 20000, 30000, 40]]).value.toFixed(2)).toBe("40.00");
  });
});

describe("bijdrage never exceeds a kindsdeel typed with more than 2 decimals", () => {
  // 25% x (1 000 000 - vrijstelling) / 12 is far above the cap, so the cap decides.
  // cap 10.005: min(cap, amount) = 10.005 would round half up to 10.01 > cap; the contribution stays at 10.00.
  test.each([
    [10.005, 10.0],
    [10.004, 10.0],
    [10.01, 10.01],
  ])("kindsdeel %p -> %p", (cap, expected) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { bijdrage: rule } = require("../../src/rules/onderhoudsplicht");
    const r = rule({ inkomen: 1_000_000, partnerInkomen: null, personenTenLaste: 0, kindsdeel: cap });
    expect(r.value.toNumber()).toBe(expected);
    expect(r.value.lessThanOrEqualTo(cap)).toBe(true);
  });
});

describe("schaal as Excel for Windows hands it over (empty cells as 0)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bijdrage: rule, parseSchaal } = require("../../src/rules/onderhoudsplicht");
  // Row 3 is open-ended; on Windows its empty inkomen_tot arrives as 0, on the web as null: both mean no bound.
  const web = [["ptl", "van", "tot", "bedrag"], [0, 20000, 30000, 50], [0, 30000, null, 150]];
  const windows = [["ptl", "van", "tot", "bedrag"], [0, 20000, 30000, 50], [0, 30000, 0, 150]];
  test.each([["web", web], ["windows", windows]])("%s: 45 000 falls in the open-ended row -> 150", (_name, table) => {
    expect(parseSchaal(table).rows[1].tot).toBeUndefined();
    expect(rule({ inkomen: 45000, personenTenLaste: 0, kindsdeel: 1000, schaal: table }).value.toNumber()).toBe(150);
  });
  test("a first row of numbers stored as text is data, not a header", () => {
    expect(() => parseSchaal([["0", 20000, 30000, 50]])).toThrow(/schaal \(rij 1, personen_ten_laste\)/);
  });
  // A range selected a few rows too long: on Windows its empty rows arrive as rows of zeros, on the web as nulls.
  const onlyOnePerson = [["ptl", "van", "tot", "bedrag"], [1, 20000, null, 80]];
  test.each([["web", [null, null, null, null]], ["windows", [0, 0, 0, 0]]])(
    "%s: an empty row is skipped, never read as '0 persons, from 0, unbounded, 0 EUR'",
    (_name, empty) => {
      // no rows for 0 personen ten laste: #N/A, not a silent 0
      const table = [...onlyOnePerson, empty];
      expect(() => rule({ inkomen: 35000, personenTenLaste: 0, kindsdeel: 1000, schaal: table })).toThrow("schaal: de schaal heeft geen rijen voor 0 of minder personen ten laste.");
      // two empty rows do not overlap each other; a valid table with an empty row below it still answers
      expect(rule({ inkomen: 45000, personenTenLaste: 0, kindsdeel: 1000, schaal: [...windows, empty, empty] }).value.toNumber()).toBe(150);
    },
  );
});

describe("schaal with versions (5th column vanaf, SPEC 1)", () => {
  const HEADER = ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag", "vanaf"];
  const V2024 = serial("2024-01-01");
  const V2025 = serial("2025-02-01");
  const TABLE: unknown[][] = [
    HEADER,
    [0, 20000, 30000, 50, null], // undated version: from the beginning until 1/1/2024
    [0, 30000, null, 150, null],
    [0, 21000, 31000, 60, V2024], // version of 1/1/2024
    [0, 31000, null, 170, V2024],
    [2, 25000, null, 40, V2024],
    [0, 22000, 32000, 70, V2025], // version of 1/2/2025 (no rows for 2 persons)
    [0, 32000, 40000, 190, V2025],
  ];
  const run = (inkomen: number, ptl: number, datum: number | null, schaal: unknown = TABLE) =>
    bijdrage({ inkomen, personenTenLaste: ptl, kindsdeel: 1000, datum, schaal: schaal as never });

  const cases: [string, number, number, number | null, string][] = [
    ["undated version before 1/1/2024", 25000, 0, serial("2023-12-31"), "50.00"],
    ["version of 1/1/2024 on its first day", 25000, 0, serial("2024-01-01"), "60.00"],
    ["version of 1/1/2024: 30 500 still in its first row", 30500, 0, serial("2024-06-30"), "60.00"],
    ["version of 1/2/2025 replaces 2024 wholly", 30500, 0, serial("2025-02-01"), "70.00"],
    ["empty datum: the latest version", 35000, 0, null, "190.00"],
    ["below the lowest row of the version: 0", 21500, 0, serial("2025-03-01"), "0.00"],
    ["2 persons in 2024 use their own rows", 26000, 2, serial("2024-05-01"), "40.00"],
    ["2 persons in 2025: the largest group <= 2 is 0", 26000, 2, serial("2025-05-01"), "70.00"],
  ];
  test.each(cases)("%s: %d, %i ptl -> %s", (_n, inkomen, ptl, datum, expected) => {
    expect(run(inkomen, ptl, datum).value.toFixed(2)).toBe(expected);
  });
  test("the trace names the version used", () => {
    const labels = run(25000, 0, serial("2024-02-01")).steps.map((s) => s.label);
    expect(labels).toContain("Officiële schaal: versie vanaf 01/01/2024");
  });
  test("above a bounded last row: #N/A 'de schaal dekt dit inkomen niet'", () => {
    const err = ruleError(() => run(40000, 0, serial("2025-03-01")));
    expect(err.kind).toBe("unavailable");
    expect(err.message).toContain("de schaal dekt dit inkomen niet");
  });
  test("no rows for so few persons: #N/A naming the number", () => {
    const err = ruleError(() => run(30000, 1, serial("2024-03-01"), [HEADER, [2, 0, null, 10, V2024]]));
    expect(err.kind).toBe("unavailable");
    expect(err.message).toContain("de schaal heeft geen rijen voor 1 of minder personen ten laste");
  });
  test("only dated versions and a datum before the first: #N/A naming the first version's date", () => {
    const err = ruleError(() => run(30000, 0, serial("2023-12-31"), [HEADER, [0, 0, null, 10, V2024]]));
    expect(err.kind).toBe("unavailable");
    expect(err.argument).toBe("schaal");
    expect(err.message).toContain("01/01/2024");
  });
  test("a 5-column table without any vanaf is one version", () => {
    expect(run(25000, 0, serial("2030-01-01"), [HEADER, [0, 20000, null, 80, null]]).value.toFixed(2)).toBe("80.00");
  });
  test("overlapping rows in different versions are fine (each version is checked alone)", () => {
    expect(() => parseSchaal(TABLE)).not.toThrow();
  });
});

describe("schaal parsing: header rule, linear work, no re-parse of the same content", () => {
  test("row 1 is a header only when none of its first four cells is a number or number text", () => {
    expect(parseSchaal([["ptl", "van", "tot", "bedrag"], [0, 0, null, 5]]).rows).toHaveLength(1);
    // a first row with a number in the 2nd column is data: 'x' as personen_ten_laste is refused
    expect(() => parseSchaal([["x", 20000, null, 5]])).toThrow(/rij 1, personen_ten_laste/);
    expect(() => parseSchaal([["x", "y", "20.000,00", "z"]])).toThrow(/rij 1/);
  });
  test("the same content in a new array gives the parsed table without parsing again; other content is parsed", () => {
    const make = () => [
      ["ptl", "van", "tot", "bedrag"],
      [0, 20000, 30000, 50],
      [0, 30000, null, 150],
    ];
    const first = parseSchaal(make());
    expect(parseSchaal(make())).toBe(first);
    const changed = make();
    changed[2][3] = 151;
    const second = parseSchaal(changed);
    expect(second).not.toBe(first);
    expect(second.rows[1].maandbedrag.toNumber()).toBe(151);
    // a changed table that was remembered is not served for the original
    expect(parseSchaal(make()).rows[1].maandbedrag.toNumber()).toBe(150);
  });
  test("a table of 100 000 rows is read; an overlap at its end is found, naming both rows", () => {
    const rows: unknown[][] = [];
    for (let i = 0; i < 100_000; i++) rows.push([i % 5, 1000 * Math.floor(i / 5), 1000 * Math.floor(i / 5) + 1000, 10]);
    expect(parseSchaal(rows).rows).toHaveLength(100_000);
    rows.push([0, 500, 1500, 10]); // overlaps rows 1 (0..1000) and 6 (1000..2000) of group 0
    expect(() => parseSchaal(rows)).toThrow(/rij 1 en rij 100001 overlappen/);
  });
});
