/**
 * The OCMW.* wrappers called exactly as Excel calls them: looked up by id through the generated metadata, omitted
 * optional arguments as null (or not passed at all), ranges as 2D arrays, dates as serials.
 */
import { expectExcelError, loadExcelFunctions, serial, cfError, type ExcelFn } from "../helpers/excel";

let fns: Map<string, ExcelFn>;
const call = (id: string, ...args: unknown[]): any => {
  const fn = fns.get(id);
  if (fn === undefined) throw new Error(`no function ${id}`);
  return fn(...args);
};

beforeAll(async () => {
  fns = await loadExcelFunctions();
}, 30_000);

const KOSTEN = [[150], [20.5], [null]];
const HEADER = ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"];
const ROWS = [
  [0, 20000, 25000, 50],
  [0, 25000, 30000, 100],
  [0, 30000, null, 200],
  [2, 25000, 30000, 40],
  [2, 30000, 40000, 90],
];

test("every function of SPEC 1 is registered", () => {
  expect([...fns.keys()].sort()).toEqual(
    ["AANDEEL", "BIJDRAGE", "BIJDRAGE.UITLEG", "KINDSDEEL", "MEDISCHEKAART.EINDE", "MEDISCHEKAART.TERMIJN", "REMGELD", "REMGELD.OPNAMES", "REMGELD.OPNAMES.UITLEG", "TEKORT", "VERLOFDAGEN", "VRIJSTELLING", "ZORGBUDGET", "ZORGBUDGET.BESLISTERMIJN", "ZORGBUDGET.START"].sort(),
  );
});

describe("OCMW.AANDEEL", () => {
  // 100.01 for 3 children: kindsdeel 33.33 each, 3 x 33.33 = 99.99 recovered, the OCMW keeps 0.02
  test("tekort - the sum of the contributions; empty cells are ignored", () => {
    expect(call("AANDEEL", 100.01, [[33.33], [33.33], [33.33]])).toBe(0.02);
    expect(call("AANDEEL", 578.75, [[100], [null], [""], [50.5]])).toBe(428.25);
    expect(call("AANDEEL", 578.75, 0)).toBe(578.75);
    expect(call("AANDEEL", 100, 100)).toBe(0);
  });
  test("contributions above the deficit or negative are #VALUE! naming bijdragen", () => {
    expectExcelError(() => call("AANDEEL", 100, [[60], [40.01]]), "#VALUE!", "bijdragen");
    expectExcelError(() => call("AANDEEL", 100, [[-1]]), "#VALUE!", "bijdragen");
    expectExcelError(() => call("AANDEEL", -1, 0), "#VALUE!", "tekort");
  });
});

describe("OCMW.TEKORT", () => {
  // latest zakgeld 123.04 (1 337.31 x 1.7758 / 1.6084 = 1 476.50 a year; / 12 = 123.04):
  // 60.50 x 30 = 1 815.00 + 170.50 + 123.04 - 1 500 = 608.54
  test("a range of costs with an empty cell, zakgeld and datum omitted (null)", () => {
    expect(call("TEKORT", 60.5, 30, KOSTEN, 1500, null, null)).toBe(608.54);
  });
  test("optional arguments not passed at all (undefined)", () => {
    expect(call("TEKORT", 60.5, 30, KOSTEN, 1500)).toBe(608.54);
    expect(call("TEKORT", 60.5, 30, KOSTEN, 1500, undefined, undefined)).toBe(608.54);
  });
  test("costs as a plain number, a row range, a single empty cell, an empty range", () => {
    expect(call("TEKORT", 60.5, 30, 80, 1500, null, null)).toBe(518.04); // 1815 + 80 + 123.04 - 1500
    expect(call("TEKORT", 60.5, 30, [[150, 20.5]], 1500, null, null)).toBe(608.54);
    expect(call("TEKORT", 60.5, 30, [[null]], 1500, null, null)).toBe(438.04); // 1815 + 123.04 - 1500
    expect(call("TEKORT", 60.5, 30, [[""]], 1500, null, null)).toBe(438.04);
    expect(call("TEKORT", 60.5, 30, [], 1500, null, null)).toBe(438.04);
  });
  test("zakgeld given, and zakgeld on a date", () => {
    expect(call("TEKORT", 60.5, 30, KOSTEN, 1500, 100, null)).toBe(585.5);
    expect(call("TEKORT", 60.5, 30, KOSTEN, 1500, null, serial("2016-07-01"))).toBe(578.75);
  });
  test("never below 0", () => {
    expect(call("TEKORT", 60.5, 30, KOSTEN, 5000, null, null)).toBe(0);
  });
  test("zakgeld before 2016-07-01: #N/A naming datum", () => {
    expectExcelError(() => call("TEKORT", 60.5, 30, KOSTEN, 1500, null, serial("2016-06-30")), "#N/A", "datum");
  });
  const bad: [string, unknown[], string][] = [
    ["text day price", ["60,5", 30, KOSTEN, 1500], "ligdagprijs"],
    ["negative day price", [-60.5, 30, KOSTEN, 1500], "ligdagprijs"],
    ["NaN day price", [NaN, 30, KOSTEN, 1500], "ligdagprijs"],
    ["Infinity day price", [Infinity, 30, KOSTEN, 1500], "ligdagprijs"],
    ["day price missing", [null, 30, KOSTEN, 1500], "ligdagprijs"],
    ["a boolean for dagen", [60.5, true, KOSTEN, 1500], "dagen"],
    ["30.5 days", [60.5, 30.5, KOSTEN, 1500], "dagen"],
    ["32 days", [60.5, 32, KOSTEN, 1500], "dagen"],
    ["text in the cost range", [60.5, 30, [[150], ["was"]], 1500], "bijkomende_kosten"],
    ["negative cost", [60.5, 30, [[150], [-20.5]], 1500], "bijkomende_kosten"],
    ["a boolean cost", [60.5, 30, [[true]], 1500], "bijkomende_kosten"],
    ["negative inkomsten", [60.5, 30, KOSTEN, -1500], "inkomsten"],
    ["text inkomsten", [60.5, 30, KOSTEN, "veel"], "inkomsten"],
    ["negative zakgeld", [60.5, 30, KOSTEN, 1500, -1, null], "zakgeld"],
    ["a text date", [60.5, 30, KOSTEN, 1500, null, "01/03/2024"], "datum"],
    ["date serial 60", [60.5, 30, KOSTEN, 1500, null, 60], "datum"],
  ];
  test.each(bad)("%s: #VALUE!", (_n, args, argument) => {
    expectExcelError(() => call("TEKORT", ...args), "#VALUE!", argument);
  });
});

describe("OCMW.KINDSDEEL", () => {
  test("578.75 / 3 = 192.9166.. -> down to 192.91; 0.05 / 2 = 0.025 -> 0.02", () => {
    expect(call("KINDSDEEL", 578.75, 3)).toBe(192.91);
    expect(call("KINDSDEEL", 0.05, 2)).toBe(0.02);
    expect(call("KINDSDEEL", 643.25, 2)).toBe(321.62);
    expect(call("KINDSDEEL", 100.01, 3)).toBe(33.33);
    expect(call("KINDSDEEL", 0, 1)).toBe(0);
  });
  const bad: [unknown, unknown, string][] = [
    [-100, 2, "tekort"],
    ["100", 2, "tekort"],
    [false, 2, "tekort"],
    [100, 0, "aantal_kinderen"],
    [100, 2.5, "aantal_kinderen"],
    [100, -1, "aantal_kinderen"],
    [100, "3", "aantal_kinderen"],
    [100, null, "aantal_kinderen"],
    [100, NaN, "aantal_kinderen"],
  ];
  test.each(bad)("KINDSDEEL(%p; %p): #VALUE! naming %s", (t, n, argument) => {
    expectExcelError(() => call("KINDSDEEL", t, n), "#VALUE!", argument);
  });
});

describe("OCMW.VRIJSTELLING", () => {
  // latest (jump 2026-03-01): 25 284.89 x 1.7758 / 1.5157 = 29 623.88; 3 539.89 x 1.7758 / 1.5157 = 4 147.35;
  // 2 persons: 29 623.88 + 2 x 4 147.35 = 37 918.58
  test("2 persons on 2009-03-25: 26 028.80; latest (null / omitted): 37 918.58; SPEC: 0 persons on 1/3/2026: 29 623.88", () => {
    expect(call("VRIJSTELLING", 2, serial("2009-03-25"))).toBe(26028.8);
    expect(call("VRIJSTELLING", 2, null)).toBe(37918.58);
    expect(call("VRIJSTELLING", 2)).toBe(37918.58);
    expect(call("VRIJSTELLING", 0, serial("2026-03-01"))).toBe(29623.88);
    expect(call("VRIJSTELLING", 0, serial("2012-02-01"))).toBe(21579.83);
  });
  test("before 2008-09-01: #N/A naming datum", () => {
    expectExcelError(() => call("VRIJSTELLING", 0, serial("2008-08-31")), "#N/A", "datum");
  });
  test.each([[-1], [1.5], ["2"], [true], [null], [Infinity]])("personen_ten_laste %p: #VALUE!", (n) => {
    expectExcelError(() => call("VRIJSTELLING", n, null), "#VALUE!", "personen_ten_laste");
  });
});

describe("OCMW.BIJDRAGE", () => {
  const d2009 = serial("2009-03-25");
  test("guidesocial 2009: 31 723, 2 ptl -> 118.63; optional arguments null or omitted", () => {
    expect(call("BIJDRAGE", 31723, null, 2, 500, d2009, null, null)).toBe(118.63);
    expect(call("BIJDRAGE", 31723, null, 2, 500, d2009)).toBe(118.63);
    expect(call("BIJDRAGE", 31723, "", 2, 500, d2009, null, "")).toBe(118.63);
    expect(call("BIJDRAGE", 31723, 0, 2, 100, d2009, null, null)).toBe(100);
  });
  test("partner income and kadastraal inkomen", () => {
    expect(call("BIJDRAGE", 20000, 11723, 2, 500, d2009, null, null)).toBe(118.63);
    expect(call("BIJDRAGE", 31723, null, 2, 500, d2009, null, 2000)).toBe(118.63);
    expect(call("BIJDRAGE", 31723, null, 2, 500, d2009, null, 2000.01)).toBe(243.63);
  });
  test("with a scale, with and without header row", () => {
    expect(call("BIJDRAGE", 25000, null, 0, 1000, null, [HEADER, ...ROWS], null)).toBe(100);
    expect(call("BIJDRAGE", 25000, null, 0, 1000, null, ROWS, null)).toBe(100);
    expect(call("BIJDRAGE", 19999.99, null, 0, 1000, null, ROWS, null)).toBe(0);
    expect(call("BIJDRAGE", 30000, null, 3, 1000, null, ROWS, null)).toBe(90);
    expect(call("BIJDRAGE", 30000, null, 0, 150, null, ROWS, null)).toBe(150);
    expect(call("BIJDRAGE", 30000, null, 0, 1000, null, [...ROWS, [null, null, null, null]])).toBe(200);
  });
  test("scale without a matching row: #N/A naming schaal", () => {
    expectExcelError(() => call("BIJDRAGE", 40000, null, 2, 1000, null, ROWS, null), "#N/A", "schaal");
    expectExcelError(() => call("BIJDRAGE", 40000, null, 0, 1000, null, [[1, 0, null, 10]], null), "#N/A", "schaal");
  });
  test("bad scales: #VALUE! naming schaal", () => {
    expectExcelError(() => call("BIJDRAGE", 25000, null, 0, 1000, null, [[null, null, null, null]], null), "#VALUE!", "schaal");
    expectExcelError(() => call("BIJDRAGE", 25000, null, 0, 1000, null, [[0, 1, 2]], null), "#VALUE!", "schaal");
    expectExcelError(() => call("BIJDRAGE", 25000, null, 0, 1000, null, [[0, 0, 30000, 1], [0, 20000, null, 2]], null), "#VALUE!", "schaal");
    expectExcelError(() => call("BIJDRAGE", 25000, null, 0, 1000, null, [HEADER, [0, "nul", null, 5]], null), "#VALUE!", "schaal");
  });
  test("date before the first vrijstelling: #N/A naming datum", () => {
    expectExcelError(() => call("BIJDRAGE", 31723, null, 2, 500, serial("2008-08-31"), null, null), "#N/A", "datum");
  });
  const bad: [string, unknown[], string][] = [
    ["text income", ["31.723", null, 2, 500], "inkomen"],
    ["negative income", [-31723, null, 2, 500], "inkomen"],
    ["boolean income", [true, null, 2, 500], "inkomen"],
    ["NaN income", [NaN, null, 2, 500], "inkomen"],
    ["income missing", [null, null, 2, 500], "inkomen"],
    ["negative partner income", [31723, -1, 2, 500], "partner_inkomen"],
    ["text partner income", [31723, "geen", 2, 500], "partner_inkomen"],
    ["1.5 dependants", [31723, null, 1.5, 500], "personen_ten_laste"],
    ["negative dependants", [31723, null, -2, 500], "personen_ten_laste"],
    ["dependants missing", [31723, null, null, 500], "personen_ten_laste"],
    ["negative kindsdeel", [31723, null, 2, -500], "kindsdeel"],
    ["Infinity kindsdeel", [31723, null, 2, Infinity], "kindsdeel"],
    ["date 60", [31723, null, 2, 500, 60], "datum"],
    ["negative date", [31723, null, 2, 500, -1], "datum"],
    ["text KI", [31723, null, 2, 500, null, null, "2000"], "kadastraal_inkomen"],
    ["negative KI", [31723, null, 2, 500, null, null, -1], "kadastraal_inkomen"],
  ];
  test.each(bad)("%s: #VALUE!", (_n, args, argument) => {
    expectExcelError(() => call("BIJDRAGE", ...args), "#VALUE!", argument);
  });
});

describe("OCMW.BIJDRAGE.UITLEG", () => {
  const d2009 = serial("2009-03-25");
  const cases: [string, unknown[]][] = [
    ["approximation 2009", [31723, null, 2, 500, d2009, null, null]],
    ["approximation, capped", [31723, null, 2, 100, d2009, null, null]],
    ["approximation, latest, with KI", [40000, 5000, 1, 1000, null, null, 3000]],
    ["scale with header", [25000, null, 0, 1000, null, [HEADER, ...ROWS], null]],
    ["scale below every row", [1000, null, 2, 1000, null, ROWS, null]],
  ];
  test.each(cases)("%s: 2 columns, last row's amount = BIJDRAGE", (_n, args) => {
    const rows = call("BIJDRAGE.UITLEG", ...args) as unknown[][];
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      expect(row).toHaveLength(2);
      expect(typeof row[0]).toBe("string");
      expect((row[0] as string).length).toBeGreaterThan(0);
      expect(typeof row[1] === "number" || row[1] === "").toBe(true);
      if (typeof row[1] === "number") expect(Number.isFinite(row[1])).toBe(true);
    }
    expect(rows[rows.length - 1][1]).toBe(call("BIJDRAGE", ...args));
  });
  test("the approximation's rows name the parameters' dates and sources and say BENADERING", () => {
    const rows = call("BIJDRAGE.UITLEG", 31723, null, 2, 500, d2009, null, null) as string[][];
    const text = rows.map((r) => r[0]).join("\n");
    expect(text).toContain("BENADERING");
    expect(text).toContain("01/09/2008"); // vrijstelling published for the jump of 1 September 2008
    expect(text).toContain("guidesocial.be");
    const latest = (call("BIJDRAGE.UITLEG", 31723, null, 2, 500, null, null, null) as string[][]).map((r) => r[0]).join("\n");
    // derived from the published amounts of 1/3/2022 with the jump of 1/3/2026
    expect(latest).toContain("afgeleid van 25.284,89 (geldig vanaf 01/03/2022");
    expect(latest).toContain("met de indexsprong van 01/03/2026");
    expect(latest).toContain("goedgezind.be");
    expect(latest).not.toContain("Mogelijk verouderd");
  });
  test("a date more than 9 months after the last jump spills the stale warning once", () => {
    const rows = call("BIJDRAGE.UITLEG", 31723, null, 2, 500, serial("2026-12-02"), null, null) as string[][];
    const warnings = rows.filter((r) => r[0] === "Mogelijk verouderd: de laatst gekende indexsprong is van 1/3/2026; controleer of er sindsdien een nieuwe was.");
    expect(warnings).toEqual([[warnings[0][0], ""]]);
    const ontime = call("BIJDRAGE.UITLEG", 31723, null, 2, 500, serial("2026-12-01"), null, null) as string[][];
    expect(ontime.map((r) => r[0]).join("\n")).not.toContain("Mogelijk verouderd");
  });
  test("with a scale, no BENADERING", () => {
    const rows = call("BIJDRAGE.UITLEG", 25000, null, 0, 1000, null, ROWS, null) as string[][];
    expect(rows.map((r) => r[0]).join("\n")).not.toContain("BENADERING");
  });
  test("errors are Excel errors too", () => {
    expectExcelError(() => call("BIJDRAGE.UITLEG", -1, null, 2, 500, null, null, null), "#VALUE!", "inkomen");
    expectExcelError(() => call("BIJDRAGE.UITLEG", 31723, null, 2, 500, serial("2000-01-01"), null, null), "#N/A", "datum");
  });
});

describe("OCMW.ZORGBUDGET", () => {
  const maand = serial("2024-05-15");
  const aanvraag = serial("2024-01-10");
  test("eligible at home, omitted scores null or not passed", () => {
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", "B", null, null, null)).toBe(140);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", "cd")).toBe(140);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, 35, null, null)).toBe(140);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, 15, null)).toBe(140);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, "C")).toBe(140);
  });
  test("not eligible, or before the start: 0", () => {
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null)).toBe(0);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis")).toBe(0);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", "A", 34.99, 14, "B")).toBe(0);
    expect(call("ZORGBUDGET", serial("2024-04-30"), aanvraag, "thuis", "D", null, null, null)).toBe(0); // start 1/5/2024
  });
  test("residentieel without scores", () => {
    expect(call("ZORGBUDGET", maand, aanvraag, "residentieel", null, null, null, null)).toBe(140);
    expect(call("ZORGBUDGET", serial("2009-02-01"), serial("2008-01-01"), "RESIDENTIEEL")).toBe(125);
  });
  const bad: [string, unknown[], string][] = [
    ["unknown zorgvorm", [maand, aanvraag, "ambulant"], "zorgvorm"],
    ["missing zorgvorm", [maand, aanvraag, null], "zorgvorm"],
    ["unknown katz", [maand, aanvraag, "thuis", "E"], "katz"],
    ["katz as a boolean", [maand, aanvraag, "thuis", true], "katz"],
    ["bel as text", [maand, aanvraag, "thuis", null, "35"], "bel"],
    ["negative medisch", [maand, aanvraag, "thuis", null, null, -15], "medisch"],
    ["unknown dagverzorging", [maand, aanvraag, "thuis", null, null, null, "Z"], "dagverzorging"],
    ["maand 60", [60, aanvraag, "thuis"], "maand"],
    ["maand as text", ["mei 2024", aanvraag, "thuis"], "maand"],
    ["maand NaN", [NaN, aanvraag, "thuis"], "maand"],
    ["aanvraagdatum negative", [maand, -1, "thuis"], "aanvraagdatum"],
  ];
  test.each(bad)("%s: #VALUE!", (_n, args, argument) => {
    expectExcelError(() => call("ZORGBUDGET", ...args), "#VALUE!", argument);
  });
});

describe("an empty referenced cell as Excel for Windows hands it over (0) in an optional code or yes/no", () => {
  const maand = serial("2024-06-15");
  const aanvraag = serial("2024-01-10");
  test("ZORGBUDGET: katz and dagverzorging 0 are no score; the BEL score 40 still qualifies (140 in 2024)", () => {
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", 0, 40, null, 0)).toBe(140);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", 0, null, null, 0)).toBe(0); // no score at all: 0
  });
  test("REMGELD: dienst 0 is no dienst, ziekenhuis 0 the default algemeen, a flag 0 is FALSE (63,71 as with empty cells)", () => {
    // ANDER day 1, latest amounts: 19.42 + 27.27 + 0.62 + 16.40 = 63.71
    expect(call("REMGELD", "ANDER", 1, 1, 0, 0, 0, 0, null, 0)).toBe(63.71);
  });
  test("a code other than 0 is still refused", () => {
    expectExcelError(() => call("ZORGBUDGET", maand, aanvraag, "thuis", 1), "#VALUE!");
    expectExcelError(() => call("REMGELD", "ANDER", 1, 1, null, "X"), "#VALUE!");
  });
});

describe("OCMW.ZORGBUDGET.START", () => {
  test.each([
    ["2024-01-15", "2024-05-01"],
    ["2024-01-31", "2024-05-01"],
    ["2023-12-15", "2024-04-01"],
    ["2024-11-30", "2025-03-01"],
    ["2008-01-15", "2008-04-01"],
  ])("application %s -> serial of %s", (a, s) => {
    expect(call("ZORGBUDGET.START", serial(a))).toBe(serial(s));
  });
  test("a time of day is ignored", () => {
    expect(call("ZORGBUDGET.START", serial("2024-03-01") + 0.5)).toBe(serial("2024-07-01"));
  });
  test.each([["15/01/2024"], [60], [0], [null], [true], [-Infinity]])("aanvraagdatum %p: #VALUE!", (a) => {
    expectExcelError(() => call("ZORGBUDGET.START", a), "#VALUE!", "aanvraagdatum");
  });
  test("the last application dates Excel can show: August 9999 -> 9999-12-01", () => {
    expect(call("ZORGBUDGET.START", serial("9999-08-31"))).toBe(serial("9999-12-01"));
  });
  test("an application in September 9999 would start in year 10000, past Excel's last date: #VALUE! (SPEC 0: dates out of range)", () => {
    expectExcelError(() => call("ZORGBUDGET.START", serial("9999-09-01")), "#VALUE!", "aanvraagdatum");
  });
});

describe("OCMW.ZORGBUDGET: child-benefit criteria (seed 002), arguments 8 to 10", () => {
  const maand = serial("2024-05-15");
  const aanvraag = serial("2024-01-10");
  test("70 % handicap with 8 points of self-reliance: eligible (140 in May 2024)", () => {
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, 70, 8, null)).toBe(140);
  });
  test("66 % and 7 points is the threshold; 65 % or 6 points is not enough; 18 points P1-P3 alone is", () => {
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, 66, 7)).toBe(140);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, 65, 12)).toBe(0);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, 80, 6)).toBe(0);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, null, null, 18)).toBe(140);
    expect(call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, null, null, 17)).toBe(0);
  });
  test("0,66 is #VALUE! with 'typ 66 voor 66 %'; one of the pair without the other names the missing one", () => {
    const err = expectExcelError(() => call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, 0.66, 8), "#VALUE!", "handicap");
    expect(err.message).toContain("typ 66 voor 66 %");
    expectExcelError(() => call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, 101, 8), "#VALUE!", "handicap");
    expectExcelError(() => call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, 70, null), "#VALUE!", "zelfredzaamheid");
    expectExcelError(() => call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, null, 8), "#VALUE!", "handicap");
    expectExcelError(() => call("ZORGBUDGET", maand, aanvraag, "thuis", null, null, null, null, null, null, -1), "#VALUE!", "kinderbijslag_punten");
  });
});

describe("OCMW.ZORGBUDGET.BESLISTERMIJN: aanvraagdatum + 60 days (seed 002)", () => {
  test.each([
    ["2024-01-10", "2024-03-10"], // 21 days left in January + 29 in February (leap year) + 10 = 60
    ["2023-01-10", "2023-03-11"], // 21 + 28 + 11 = 60
    ["2024-11-15", "2025-01-14"], // 15 + 31 + 14 = 60
  ])("application %s -> %s", (a, expected) => {
    expect(call("ZORGBUDGET.BESLISTERMIJN", serial(a))).toBe(serial(expected));
  });
  test("a time of day is ignored; bad dates are #VALUE! naming aanvraagdatum", () => {
    expect(call("ZORGBUDGET.BESLISTERMIJN", serial("2024-01-10") + 0.75)).toBe(serial("2024-03-10"));
    expectExcelError(() => call("ZORGBUDGET.BESLISTERMIJN", "10/01/2024"), "#VALUE!", "aanvraagdatum");
    expectExcelError(() => call("ZORGBUDGET.BESLISTERMIJN", serial("9999-12-01")), "#VALUE!", "aanvraagdatum");
  });
});

describe("OCMW.REMGELD", () => {
  // latest amounts, algemeen: hoog 19.42, laag 6.90, toeslag 27.27, medication 0.62, forfait 16.40, room 5.00
  test("as Excel passes it", () => {
    expect(call("REMGELD", "ANDER", 1, 1, null, null, null, null, null, null)).toBe(63.71); // 19.42 + 27.27 + 0.62 + 16.40
    expect(call("REMGELD", "ANDER", 1, 1)).toBe(63.71);
    expect(call("REMGELD", "vt", 1, 1, null, "A", null, null)).toBe(7.52); // 6.90 + 0.62
    // 30 x 19.42 + 27.27 + 30 x 0.62 + 30 x 4.96 + 16.40 + 30 x 5.00 = 582.60 + 27.27 + 18.60 + 148.80 + 16.40 + 150.00
    expect(call("REMGELD", "ANDER", 1, 30, null, "A", true, null)).toBe(943.67);
    expect(call("REMGELD", "ANDER", 1, 2, null, null, null, true)).toBe(67.35); // 2 x 19.42 + 27.27 + 2 x 0.62
    expect(call("REMGELD", "ANDER", 2, 4, null, null, true, false)).toBe(75.12); // 3 x (19.42 + 0.62 + 5.00)
    expect(call("REMGELD", "PTL", 1826, 1826, true, null, null, null)).toBe(7.52); // 6.90 + 0.62
    expect(call("REMGELD", "PTL", 1826, 1826, false, null, null, null)).toBe(20.04); // 19.42 + 0.62
  });
  test("opnamedatum and ziekenhuis", () => {
    // SPEC's example in a psychiatric hospital: (19.42 + 27.27 + 0.80) + 2 x (19.42 + 0.80) + 16.40 = 104.33
    expect(call("REMGELD", "ANDER", 1, 3, null, null, null, null, null, "psychiatrisch")).toBe(104.33);
    // from 30/12/2023: 2 days at 2023 amounts (19.04), 2 at 2024's (19.42):
    // 19.04 + 27.27 + 19.04 + 2 x 19.42 + 4 x 0.62 + 16.40 = 123.07
    expect(call("REMGELD", "ANDER", 1, 4, null, null, null, null, serial("2023-12-30"), null)).toBe(123.07);
  });
  const bad: [string, unknown[], string][] = [
    ["laatste < eerste", ["ANDER", 5, 4], "laatste_dag"],
    ["unknown categorie", ["RIJK", 1, 1], "categorie"],
    ["categorie as a number", [1, 1, 1], "categorie"],
    ["eerste 0", ["ANDER", 0, 1], "eerste_dag"],
    ["eerste as text", ["ANDER", "1", 1], "eerste_dag"],
    ["eerste as a boolean", ["ANDER", true, 1], "eerste_dag"],
    ["eerste 1.5", ["ANDER", 1.5, 3], "eerste_dag"],
    ["laatste NaN", ["ANDER", 1, NaN], "laatste_dag"],
    ["unknown dienst", ["ANDER", 1, 1, null, "B"], "dienst"],
    ["flag 2", ["ANDER", 1, 1, 2], "met_personen_ten_laste"],
    ["flag text", ["ANDER", 1, 1, null, null, "soms"], "eenpersoonskamer"],
    ["flag negative", ["ANDER", 1, 1, null, null, null, -1], "overgeplaatst"],
    ["opnamedatum as text", ["ANDER", 1, 1, null, null, null, null, "1/1/2024"], "opnamedatum"],
    ["unknown ziekenhuis", ["ANDER", 1, 1, null, null, null, null, null, "kliniek"], "ziekenhuis"],
  ];
  test.each(bad)("%s: #VALUE!", (_n, args, argument) => {
    expectExcelError(() => call("REMGELD", ...args), "#VALUE!", argument);
  });
});

describe("OCMW.MEDISCHEKAART.EINDE and .TERMIJN", () => {
  test("einde with maanden given, null, omitted", () => {
    expect(call("MEDISCHEKAART.EINDE", serial("2024-01-31"), 1)).toBe(serial("2024-02-28"));
    expect(call("MEDISCHEKAART.EINDE", serial("2023-11-30"), null)).toBe(serial("2024-02-28"));
    expect(call("MEDISCHEKAART.EINDE", serial("2024-11-30"))).toBe(serial("2025-02-27"));
    expect(call("MEDISCHEKAART.EINDE", 45352)).toBe(serial("2024-05-31"));
  });
  test.each([[0], [4], [2.5], ["3"], [true], [-1], [NaN]])("maanden %p: #VALUE!", (m) => {
    expectExcelError(() => call("MEDISCHEKAART.EINDE", serial("2024-01-15"), m), "#VALUE!", "maanden");
  });
  test.each([["2024-01-15"], [60], [null], [false]])("startdatum %p: #VALUE!", (s) => {
    expectExcelError(() => call("MEDISCHEKAART.EINDE", s, 3), "#VALUE!", "startdatum");
  });
  test("termijn", () => {
    expect(call("MEDISCHEKAART.TERMIJN", serial("2024-01-31"))).toBe(serial("2024-03-01"));
    expect(call("MEDISCHEKAART.TERMIJN", serial("2024-12-15"))).toBe(serial("2025-01-14"));
  });
  test.each([["vandaag"], [60], [null], [-3], [Infinity], [serial("9999-12-02")]])("prestatiedatum %p: #VALUE!", (p) => {
    expectExcelError(() => call("MEDISCHEKAART.TERMIJN", p), "#VALUE!", "prestatiedatum");
  });
});

describe("every function refuses nothing-but-empty arguments with an Excel error, never a crash", () => {
  test.each([
    ["TEKORT", 6],
    ["KINDSDEEL", 2],
    ["VRIJSTELLING", 2],
    ["BIJDRAGE", 7],
    ["BIJDRAGE.UITLEG", 7],
    ["ZORGBUDGET", 7],
    ["ZORGBUDGET.START", 1],
    ["REMGELD", 7],
    ["REMGELD.OPNAMES", 6],
    ["REMGELD.OPNAMES.UITLEG", 6],
    ["VERLOFDAGEN", 3],
    ["MEDISCHEKAART.EINDE", 2],
    ["MEDISCHEKAART.TERMIJN", 1],
  ] as [string, number][])("%s with %i nulls", (id, n) => {
    const error = expectExcelError(() => call(id, ...new Array(n).fill(null)), "#VALUE!");
    expect(error).toBeInstanceOf(cfError());
    expect(error.message).toMatch(/ontbreekt/);
  });
});

describe("absurdly large inputs give an Excel error naming the argument, never Infinity (SPEC 0: never a silent wrong number)", () => {
  // Excel numbers stop at 1.797e308; these would overflow: 1e305 x 3 539.89, 1e308 x 31, 1e307 x 25.52.
  test.each([
    ["VRIJSTELLING", [1e305, null], "personen_ten_laste"],
    ["TEKORT", [1e308, 31, 0, 0, null, null], "ligdagprijs"],
    ["TEKORT", [60, 31, [[1e308], [1e308]], 0, null, null], "bijkomende_kosten"],
    ["REMGELD", ["ANDER", 1, 1e307, null, null, null, null], "laatste_dag"],
    ["BIJDRAGE", [1.7e308, 1.7e308, 0, 10, null, null, null], "inkomen"],
    ["KINDSDEEL", [1.7e308, 1], "tekort"],
  ] as [string, unknown[], string][])("%s(%p)", (id, args, argument) => {
    expectExcelError(() => call(id, ...args), "#VALUE!", argument);
  });
  test("large but plausible inputs still give exact numbers", () => {
    // latest: 29 623.88 + 1 000 x 4 147.35 = 4 176 973.88
    expect(call("VRIJSTELLING", 1000, null)).toBe(4176973.88);
    // 1 000 000 x 31 + 123.04 (latest zakgeld) = 31 000 123.04
    expect(call("TEKORT", 1_000_000, 31, 0, 0, null, null)).toBe(31000123.04);
    // ANDER days 2..10 001 at the latest amounts: 1 824 x 19.42 + 8 176 x 28.74 + 10 000 x 0.62
    // = 35 422.08 + 234 978.24 + 6 200.00 = 276 600.32
    expect(call("REMGELD", "ANDER", 2, 10_001, null, null, null, null)).toBe(276600.32);
  });
});
