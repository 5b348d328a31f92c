import Big from "decimal.js";
import { remgeld, type RemgeldInput } from "../../src/rules/remgeld";
import { serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";

/**
 * Seed 003's own tariffs: a psychiatric hospital (medication 0.80) and a stay that starts on 1 January 2000, so
 * every day up to day 5000 (2013-09-08) falls before the first dated value (2018-01-01) and is charged at the seed's
 * amounts (laag 5.44, hoog 15.31, lang 25.52, toeslag 27.27; day 1 = 32.71 or 42.58).
 */
const SEED = { opnamedatum: serial("2000-01-01"), ziekenhuis: "psychiatrisch" };
const r = (input: RemgeldInput) => remgeld({ ...SEED, ...input }).value.toFixed(2);

describe("persoonlijk aandeel per category (seed 003) + forfait medicatie 0.80/day (+ forfait 16.40 on day 1)", () => {
  // day 1 alone: aandeel dag 1 + 0.80 + 16.40 (not VT)
  const day1: [string, string][] = [
    ["VT", "6.24"], // 5.44 + 0.80, no forfait for VT
    ["KIND", "49.91"], // 32.71 + 0.80 + 16.40
    ["WERKLOOS", "49.91"], // 32.71 + 0.80 + 16.40
    ["PTL", "59.78"], // 42.58 + 0.80 + 16.40
    ["ANDER", "59.78"], // 42.58 + 0.80 + 16.40
  ];
  test.each(day1)("%s, day 1 = %s", (categorie, expected) => {
    expect(r({ categorie, eersteDag: 1, laatsteDag: 1 })).toBe(expected);
  });

  // days 2..90 = 89 days x (aandeel + 0.80)
  const days2to90: [string, string][] = [
    ["VT", "555.36"], // 89 x 6.24
    ["KIND", "555.36"],
    ["WERKLOOS", "555.36"],
    ["PTL", "1433.79"], // 89 x 16.11
    ["ANDER", "1433.79"],
  ];
  test.each(days2to90)("%s, days 2-90 = %s", (categorie, expected) => {
    expect(r({ categorie, eersteDag: 2, laatsteDag: 90 })).toBe(expected);
  });

  // days 90 and 91: aandeel(90) + aandeel(91) + 2 x 0.80
  const b90: [string, string][] = [
    ["VT", "12.48"], // 5.44 + 5.44 + 1.60
    ["KIND", "12.48"],
    ["WERKLOOS", "12.48"],
    ["PTL", "22.35"], // 15.31 + 5.44 + 1.60
    ["ANDER", "32.22"], // 15.31 + 15.31 + 1.60
  ];
  test.each(b90)("%s, days 90-91 = %s", (categorie, expected) => {
    expect(r({ categorie, eersteDag: 90, laatsteDag: 91 })).toBe(expected);
  });
  test("day 91 alone: PTL 5.44 + 0.80 = 6.24, ANDER 15.31 + 0.80 = 16.11", () => {
    expect(r({ categorie: "PTL", eersteDag: 91, laatsteDag: 91 })).toBe("6.24");
    expect(r({ categorie: "ANDER", eersteDag: 91, laatsteDag: 91 })).toBe("16.11");
    expect(r({ categorie: "PTL", eersteDag: 90, laatsteDag: 90 })).toBe("16.11");
  });

  // days 1825 (last of year 5) and 1826 (first of year 6), without / with personen ten laste
  const b1826: [string, boolean, string][] = [
    ["VT", false, "22.35"], // 5.44 + 15.31 + 1.60
    ["VT", true, "12.48"], // 5.44 + 5.44 + 1.60
    ["KIND", false, "12.48"],
    ["KIND", true, "12.48"],
    ["WERKLOOS", false, "22.35"],
    ["WERKLOOS", true, "12.48"],
    ["PTL", false, "22.35"],
    ["PTL", true, "12.48"],
    ["ANDER", false, "42.43"], // 15.31 + 25.52 + 1.60
    ["ANDER", true, "42.43"],
  ];
  test.each(b1826)("%s, days 1825-1826, met PTL %p = %s", (categorie, ptl, expected) => {
    expect(r({ categorie, eersteDag: 1825, laatsteDag: 1826, metPersonenTenLaste: ptl })).toBe(expected);
  });
  test("day 1825 alone is still year 5: ANDER 15.31 + 0.80 = 16.11; day 1826 ANDER 25.52 + 0.80 = 26.32", () => {
    expect(r({ categorie: "ANDER", eersteDag: 1825, laatsteDag: 1825 })).toBe("16.11");
    expect(r({ categorie: "ANDER", eersteDag: 1826, laatsteDag: 1826 })).toBe("26.32");
  });
  test("KIND in year 6: 5.44 with and without PTL (no own column in the seed)", () => {
    expect(r({ categorie: "KIND", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: true })).toBe("6.24");
    expect(r({ categorie: "KIND", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: false })).toBe("6.24");
    expect(r({ categorie: "KIND", eersteDag: 3000, laatsteDag: 3000 })).toBe("6.24");
  });
  test("met_personen_ten_laste takes TRUE/FALSE only; empty, and 0 (Excel for Windows' empty cell), = FALSE", () => {
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: true })).toBe("6.24");
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: false })).toBe("16.11");
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: null })).toBe("16.11");
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: 0 })).toBe("16.11");
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: "" })).toBe("16.11");
  });
  test("TRUE/FALSE written as text (WAAR/ONWAAR, VRAI/FAUX, TRUE/FALSE) read as the logical value", () => {
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: "WAAR" })).toBe("6.24");
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: " vrai " })).toBe("6.24");
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: "onwaar" })).toBe("16.11");
    expect(r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: "FALSE" })).toBe("16.11");
  });
  test.each([["ja"], ["nee"], ["1"], [1], [2], ["oui"], ["waarschijnlijk"]])("met_personen_ten_laste %p is refused, naming the argument", (value) => {
    expect(() => r({ categorie: "PTL", eersteDag: 1826, laatsteDag: 1826, metPersonenTenLaste: value })).toThrow(
      /^met_personen_ten_laste: verwacht WAAR of ONWAAR \(of leeg\), maar kreeg /,
    );
  });
  test("forfait medicatie 0.80 per day: VT days 2..11 = 10 x (5.44 + 0.80) = 62.40", () => {
    expect(r({ categorie: "VT", eersteDag: 2, laatsteDag: 11 })).toBe("62.40");
  });
  test("categorie is case-insensitive", () => {
    expect(r({ categorie: "ander", eersteDag: 1, laatsteDag: 1 })).toBe("59.78");
    expect(r({ categorie: "Kind", eersteDag: 1, laatsteDag: 1 })).toBe("49.91");
    expect(r({ categorie: " vt ", eersteDag: 1, laatsteDag: 1 })).toBe("6.24");
  });
});

describe("toezichtshonoraria (dienst A / T, not for VT)", () => {
  // rate per day, by hand from SPEC: A 1-30 4.96, 31-90 3.73, 91-180 1.69, 181+ 0.93;
  // T 1-12 4.08, 13-60 3.69, 61-180 2.31, 181-360 1.54, 361+ 0.64
  const rates: [number, string, string][] = [
    [12, "4.96", "4.08"],
    [13, "4.96", "3.69"],
    [30, "4.96", "3.69"],
    [31, "3.73", "3.69"],
    [60, "3.73", "3.69"],
    [61, "3.73", "2.31"],
    [90, "3.73", "2.31"],
    [91, "1.69", "2.31"],
    [180, "1.69", "2.31"],
    [181, "0.93", "1.54"],
    [360, "0.93", "1.54"],
    [361, "0.93", "0.64"],
    [5000, "0.93", "0.64"],
  ];
  // KIND from day 2 on pays 5.44 + 0.80 = 6.24 a day besides the toezicht
  test.each(rates)("day %i alone (KIND): A = 6.24 + %s, T = 6.24 + %s", (d, a, t) => {
    expect(r({ categorie: "KIND", eersteDag: d, laatsteDag: d, dienst: "A" })).toBe(new Big("6.24").plus(a).toFixed(2));
    expect(r({ categorie: "KIND", eersteDag: d, laatsteDag: d, dienst: "T" })).toBe(new Big("6.24").plus(t).toFixed(2));
  });
  // pairs across each block boundary, KIND: 12.48 + rate(d) + rate(d+1)
  const pairs: [number, string, string][] = [
    [12, "22.40", "20.25"], // A 4.96+4.96; T 4.08+3.69
    [30, "21.17", "19.86"], // A 4.96+3.73; T 3.69+3.69
    [60, "19.94", "18.48"], // A 3.73+3.73; T 3.69+2.31
    [90, "17.90", "17.10"], // A 3.73+1.69; T 2.31+2.31
    [180, "15.10", "16.33"], // A 1.69+0.93; T 2.31+1.54
    [360, "14.34", "14.66"], // A 0.93+0.93; T 1.54+0.64
  ];
  test.each(pairs)("days %i and next (KIND): A = %s, T = %s", (d, a, t) => {
    expect(r({ categorie: "KIND", eersteDag: d, laatsteDag: d + 1, dienst: "A" })).toBe(a);
    expect(r({ categorie: "KIND", eersteDag: d, laatsteDag: d + 1, dienst: "t" })).toBe(t); // lower-case dienst
  });
  test("VT gets no toezicht and no forfait 16.40", () => {
    expect(r({ categorie: "VT", eersteDag: 1, laatsteDag: 1, dienst: "A" })).toBe("6.24");
    expect(r({ categorie: "VT", eersteDag: 2, laatsteDag: 3, dienst: "T" })).toBe("12.48");
  });
  test("a whole first month, ANDER, dienst A, single room: 825.77", () => {
    // aandeel 42.58 + 29 x 15.31 = 486.57; medicatie 30 x 0.80 = 24.00; toezicht 30 x 4.96 = 148.80;
    // forfait 16.40; kamer 30 x 5 = 150.00 -> 825.77
    expect(r({ categorie: "ANDER", eersteDag: 1, laatsteDag: 30, dienst: "A", eenpersoonskamer: true })).toBe("825.77");
  });
});

describe("forfait medisch-technische prestaties and kamersupplement", () => {
  test("16.40 only when the range contains day 1", () => {
    // ANDER 1..2: 42.58 + 15.31 + 1.60 + 16.40 = 75.89
    expect(r({ categorie: "ANDER", eersteDag: 1, laatsteDag: 2 })).toBe("75.89");
    // ANDER 2..3: 15.31 x 2 + 1.60 = 32.22
    expect(r({ categorie: "ANDER", eersteDag: 2, laatsteDag: 3 })).toBe("32.22");
  });
  test("not when overgeplaatst: 42.58 + 15.31 + 1.60 = 59.49", () => {
    expect(r({ categorie: "ANDER", eersteDag: 1, laatsteDag: 2, overgeplaatst: true })).toBe("59.49");
    expect(r({ categorie: "ANDER", eersteDag: 1, laatsteDag: 2, overgeplaatst: "WAAR" })).toBe("59.49");
    expect(() => r({ categorie: "ANDER", eersteDag: 1, laatsteDag: 2, overgeplaatst: "ja" })).toThrow(/^overgeplaatst: verwacht WAAR of ONWAAR/);
    expect(r({ categorie: "ANDER", eersteDag: 1, laatsteDag: 2, overgeplaatst: false })).toBe("75.89");
  });
  test("kamersupplement 5.00 per day: ANDER 2..4 single room = 3 x (15.31 + 0.80 + 5.00) = 63.33", () => {
    expect(r({ categorie: "ANDER", eersteDag: 2, laatsteDag: 4, eenpersoonskamer: true })).toBe("63.33");
    expect(r({ categorie: "ANDER", eersteDag: 2, laatsteDag: 4, eenpersoonskamer: false })).toBe("48.33");
  });
  test("a long stay is summed per band: ANDER 1..3650 without anything else", () => {
    // 42.58 + 89 x 15.31 (1 362.59) + 1735 x 15.31 (26 562.85) + 1825 x 25.52 (46 574.00) + 3650 x 0.80 (2 920.00) + 16.40
    // = 1 405.17 + 26 562.85 + 46 574.00 + 2 920.00 + 16.40 = 77 478.42   (days: 1 + 89 + 1735 + 1825 = 3650)
    const expected = new Big("42.58")
      .plus(new Big(89).times("15.31"))
      .plus(new Big(1735).times("15.31"))
      .plus(new Big(1825).times("25.52"))
      .plus(new Big(3650).times("0.80"))
      .plus("16.40");
    expect(r({ categorie: "ANDER", eersteDag: 1, laatsteDag: 3650 })).toBe(expected.toFixed(2));
    expect(expected.toFixed(2)).toBe("77478.42");
  });
});

describe("bad input", () => {
  const bad: [string, RemgeldInput, string][] = [
    ["laatste < eerste", { categorie: "ANDER", eersteDag: 5, laatsteDag: 4 }, "laatste_dag"],
    ["eerste 0", { categorie: "ANDER", eersteDag: 0, laatsteDag: 4 }, "eerste_dag"],
    ["eerste 1.5", { categorie: "ANDER", eersteDag: 1.5, laatsteDag: 4 }, "eerste_dag"],
    ["laatste text", { categorie: "ANDER", eersteDag: 1, laatsteDag: "vier" }, "laatste_dag"],
    ["unknown categorie", { categorie: "RIJK", eersteDag: 1, laatsteDag: 1 }, "categorie"],
    ["empty categorie", { categorie: "", eersteDag: 1, laatsteDag: 1 }, "categorie"],
    ["unknown dienst", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, dienst: "B" }, "dienst"],
    ["dienst as a number", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, dienst: 1 }, "dienst"],
    ["flag 2", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, eenpersoonskamer: 2 }, "eenpersoonskamer"],
    ["flag text", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, overgeplaatst: "misschien" }, "overgeplaatst"],
    ["ptl flag text", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, metPersonenTenLaste: "x" }, "met_personen_ten_laste"],
  ];
  test.each(bad)("%s is invalid", (_n, input, argument) => {
    const err = ruleError(() => remgeld(input));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
  });
});

/** Without opnamedatum every day is charged at the latest amounts: laag 6.90, hoog 19.42, lang 28.74 (2022),
 *  toeslag 27.27, forfait medicatie algemeen 0.62 (the default hospital), forfait 16.40, kamer 5.00. */
const latest = (input: RemgeldInput) => remgeld(input).value.toFixed(2);

describe("latest amounts (no opnamedatum), algemeen by default", () => {
  test("SPEC's worked example: ANDER 1..3 = (19.42 + 27.27 + 0.62) + 2 x (19.42 + 0.62) + 16.40 = 103.79", () => {
    expect(latest({ categorie: "ANDER", eersteDag: 1, laatsteDag: 3 })).toBe("103.79");
  });
  test("psychiatrisch: medication 0.80: 47.31 - 0.62 + 0.80 = 47.49 + 2 x 20.22 + 16.40 = 104.33", () => {
    // (19.42 + 27.27 + 0.80) = 47.49; 2 x (19.42 + 0.80) = 40.44; + 16.40 = 104.33
    expect(latest({ categorie: "ANDER", eersteDag: 1, laatsteDag: 3, ziekenhuis: "psychiatrisch" })).toBe("104.33");
    expect(latest({ categorie: "ANDER", eersteDag: 1, laatsteDag: 3, ziekenhuis: " PSYCHIATRISCH " })).toBe("104.33");
    expect(latest({ categorie: "ANDER", eersteDag: 1, laatsteDag: 3, ziekenhuis: "Algemeen" })).toBe("103.79");
  });
  test("VT day 1: 6.90 + 0.62 = 7.52 (no toeslag, no forfait)", () => {
    expect(latest({ categorie: "VT", eersteDag: 1, laatsteDag: 1 })).toBe("7.52");
  });
  test("KIND day 1: 6.90 + 27.27 + 0.62 + 16.40 = 51.19", () => {
    expect(latest({ categorie: "KIND", eersteDag: 1, laatsteDag: 1 })).toBe("51.19");
  });
  test("ANDER year 6: lang 28.74 (its latest value, 2022) + 0.62 = 29.36", () => {
    expect(latest({ categorie: "ANDER", eersteDag: 1826, laatsteDag: 1826 })).toBe("29.36");
  });
  test("the trace says which date the latest amounts are from", () => {
    const steps = remgeld({ categorie: "ANDER", eersteDag: 1, laatsteDag: 3 }).steps;
    expect(steps.some((s) => /laatst gekende bedragen.*01\/01\/2024/.test(s.label))).toBe(true);
  });
});

describe("each day at the amounts of its own date", () => {
  test("ANDER, algemeen, 30/12/2023 + 4 days: 2 days at 2023 amounts, 2 at 2024 amounts", () => {
    // day 1 (30/12/2023): 19.04 + 27.27 + 0.62; day 2 (31/12/2023): 19.04 + 0.62; days 3-4 (2024): 2 x (19.42 + 0.62);
    // + 16.40: 46.93 + 19.66 + 40.08 + 16.40 = 123.07
    expect(latest({ categorie: "ANDER", eersteDag: 1, laatsteDag: 4, opnamedatum: serial("2023-12-30") })).toBe("123.07");
  });
  test("days 3..4 of that stay alone are both in 2024: 2 x 20.04 = 40.08 (no day 1, no forfait)", () => {
    expect(latest({ categorie: "ANDER", eersteDag: 3, laatsteDag: 4, opnamedatum: serial("2023-12-30") })).toBe("40.08");
  });
  test("the forfait is the amount in force on day 1; an opnamedatum with a time part is that day", () => {
    expect(latest({ categorie: "ANDER", eersteDag: 1, laatsteDag: 4, opnamedatum: serial("2023-12-30") + 0.75 })).toBe("123.07");
  });
  test("a day in 2017 (seed amounts) and one in 2018 (cm.be 2018): WERKLOOS 31/12/2017 2 days", () => {
    // day 1 (2017): 5.44 + 27.27 + 0.62; day 2 (2018): 5.66 + 0.62; + 16.40 = 33.33 + 6.28 + 16.40 = 56.01
    expect(latest({ categorie: "WERKLOOS", eersteDag: 1, laatsteDag: 2, opnamedatum: serial("2017-12-31") })).toBe("56.01");
  });
  test("hoog changes on 1/7/2019 and 1/1/2021, laag does not change on 1/1/2021", () => {
    // PTL days 2-3 on 30/6/2019 and 1/7/2019: 15.93 + 16.25 + 2 x 0.62 = 33.42
    expect(latest({ categorie: "PTL", eersteDag: 2, laatsteDag: 3, opnamedatum: serial("2019-06-29") })).toBe("33.42");
    // KIND days 2-3 on 31/12/2020 and 1/1/2021: 2 x 5.77 + 2 x 0.62 = 12.78
    expect(latest({ categorie: "KIND", eersteDag: 2, laatsteDag: 3, opnamedatum: serial("2020-12-30") })).toBe("12.78");
  });
});

describe("bad input (new arguments)", () => {
  test.each([
    ["ziekenhuis", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, ziekenhuis: "universitair" }],
    ["ziekenhuis", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, ziekenhuis: 1 }],
    ["opnamedatum", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, opnamedatum: "1/1/2024" }],
    ["opnamedatum", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, opnamedatum: 60 }],
    ["opnamedatum", { categorie: "ANDER", eersteDag: 1, laatsteDag: 1, opnamedatum: -1 }],
    ["laatste_dag", { categorie: "ANDER", eersteDag: 1, laatsteDag: 100, opnamedatum: serial("9999-12-01") }],
  ] as [string, RemgeldInput][])("%s: #VALUE! naming it", (argument, input) => {
    const err = ruleError(() => remgeld(input));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
  });
});
