import { Decimal } from "../../src/rules/money";
import { kindsdeel, tekort, type TekortInput } from "../../src/rules/wzc";
import { serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";


const base: TekortInput = { ligdagprijs: 60.5, dagen: 30, bijkomendeKosten: [[150], [20.5], [null]], inkomsten: 1500 };

describe("tekort (seed 004)", () => {
  // ligdagprijs x dagen + kosten + zakgeld - inkomsten, not below 0
  // Zakgeld (monthly = indexed yearly amount / 12): latest (jump 2026-03-01, n=29): 1 337.31 x 1.7758 / 1.6084
  // = 1 476.4955.. -> 1 476.50; / 12 = 123.0416.. -> 123.04. On 2024-03-01 (jump 2023-11-01, n=26):
  // 1 337.31 x 1.6734 / 1.6084 = 1 391.3545.. -> 1 391.35; / 12 = 115.9458.. -> 115.95. On 2016-07-01: 1 119.00 / 12 = 93.25.
  const cases: [string, Partial<TekortInput>, string][] = [
    // 60.50 x 30 = 1815.00; + 170.50 + 123.04 (latest zakgeld) - 1500 = 608.54
    ["range of costs, latest zakgeld", {}, "608.54"],
    // same with zakgeld in force on 2024-03-01: 1815 + 170.50 + 115.95 - 1500 = 601.45
    ["zakgeld on a date", { datum: serial("2024-03-01") }, "601.45"],
    // 1815 + 170.50 + 93.25 - 1500 = 578.75
    ["zakgeld on its first day", { datum: serial("2016-07-01") }, "578.75"],
    // zakgeld given: 1815 + 170.50 + 100 - 1500 = 585.50
    ["zakgeld given", { zakgeld: 100 }, "585.50"],
    // zakgeld given as 0 is used (not the parameter): 1815 + 170.50 - 1500 = 485.50
    ["zakgeld 0", { zakgeld: 0 }, "485.50"],
    // costs as one number: 1815 + 80 + 123.04 - 1500 = 518.04
    ["one number of costs", { bijkomendeKosten: 80 }, "518.04"],
    // costs empty: 1815 + 123.04 - 1500 = 438.04
    ["no costs", { bijkomendeKosten: null }, "438.04"],
    // income above the need: max(0, 2108.54 - 3000) = 0
    ["income covers everything", { inkomsten: 3000 }, "0.00"],
    // 0 days: 0 + 170.50 + 123.04 - 0 = 293.54
    ["0 days, no income", { dagen: 0, inkomsten: 0 }, "293.54"],
    // 31 days: 60.50 x 31 = 1875.50; + 170.50 + 123.04 - 1500 = 669.04
    ["31 days", { dagen: 31 }, "669.04"],
    // rounded once at the end: 33.333 x 3 = 99.999 + 0 + 93.25 - 0 = 193.249 -> 193.25 (zakgeld of 2016-07-01)
    ["rounded at the end", { ligdagprijs: 33.333, dagen: 3, bijkomendeKosten: 0, inkomsten: 0, datum: serial("2016-07-01") }, "193.25"],
    // 0.1 + 0.2 exact: 0.1 x 1 + 0.2 + 93.25 - 0 = 93.55
    ["no float drift", { ligdagprijs: 0.1, dagen: 1, bijkomendeKosten: 0.2, inkomsten: 0, datum: serial("2016-07-01") }, "93.55"],
  ];
  test.each(cases)("%s", (_name, over, expected) => {
    expect(tekort({ ...base, ...over }).value.toFixed(2)).toBe(expected);
  });

  test("zakgeld before its first known date is #N/A (unavailable), naming datum", () => {
    const err = ruleError(() => tekort({ ...base, datum: serial("2016-06-30") }));
    expect(err.kind).toBe("unavailable");
    expect(err.argument).toBe("datum");
  });
  test("a given zakgeld needs no parameter, whatever the date", () => {
    expect(tekort({ ...base, zakgeld: 93.25, datum: serial("2010-01-01") }).value.toFixed(2)).toBe("578.75");
  });

  const bad: [string, Partial<TekortInput>, string][] = [
    ["negative ligdagprijs", { ligdagprijs: -1 }, "ligdagprijs"],
    ["text ligdagprijs", { ligdagprijs: "zestig" }, "ligdagprijs"],
    ["32 days", { dagen: 32 }, "dagen"],
    ["-1 days", { dagen: -1 }, "dagen"],
    ["2.5 days", { dagen: 2.5 }, "dagen"],
    ["negative cost in the range", { bijkomendeKosten: [[150], [-20]] }, "bijkomende_kosten (rij 2, kolom 1)"],
    ["text cost in the range", { bijkomendeKosten: [[150], ["was"]] }, "bijkomende_kosten (rij 2, kolom 1)"],
    ["missing inkomsten", { inkomsten: null }, "inkomsten"],
    ["negative zakgeld", { zakgeld: -5 }, "zakgeld"],
    ["date 60", { datum: 60 }, "datum"],
  ];
  test.each(bad)("%s is invalid", (_name, over, argument) => {
    const err = ruleError(() => tekort({ ...base, ...over }));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
  });

  test("the trace ends with the result and names the zakgeld parameter with its date and source", () => {
    const r = tekort({ ...base, datum: serial("2024-03-01") });
    expect(r.steps[r.steps.length - 1].amount!.equals(r.value)).toBe(true);
    const z = r.steps.find((s) => s.parameter?.name === "zakgeld");
    // 2024-03-01: derived from the published 1 337.31 of 2022-11-01 with the jump of 2023-11-01
    expect(z?.parameter?.from).toBe("2023-11-01");
    expect(z?.parameter?.derivation).toContain("afgeleid van 1.337,31");
    expect(z?.parameter?.derivation).toContain("met de indexsprong van 01/11/2023");
    const first = tekort({ ...base, datum: serial("2016-07-01") }).steps.find((s) => s.parameter?.name === "zakgeld");
    expect(first?.parameter?.source).toContain("OCMW-infoblad");
  });
});

describe("kindsdeel (seed 004): tekort / aantal kinderen, rounded down to the cent", () => {
  const cases: [number | string, number, string][] = [
    [578.75, 3, "192.91"], // 192.91666.. -> down to 192.91 (a maximum)
    [100, 3, "33.33"], // 33.333.. -> 33.33
    [200, 3, "66.66"], // 66.666.. -> 66.66; 3 x 66.66 = 199.98 <= 200
    [0.05, 2, "0.02"], // 0.025 -> down -> 0.02
    [0.01, 2, "0.00"], // 0.005 -> down -> 0.00
    [643.25, 2, "321.62"], // SPEC 1: 321.625 -> 321.62
    [100.01, 3, "33.33"], // SPEC 1: 33.3366.. -> 33.33; 3 x 33.33 = 99.99
    [1000, 1, "1000.00"],
    [0, 4, "0.00"],
    [1234.56, 4, "308.64"],
  ];
  test.each(cases)("%s / %i = %s", (t, n, expected) => {
    expect(kindsdeel(t, n).value.toFixed(2)).toBe(expected);
  });
  test("a Decimal tekort is accepted", () => {
    expect(kindsdeel(new Decimal("100"), 3).value.toFixed(2)).toBe("33.33");
  });
  const bad: [unknown, unknown, string][] = [
    [-1, 2, "tekort"],
    ["100", 2, "tekort"],
    [100, 0, "aantal_kinderen"],
    [100, 1.5, "aantal_kinderen"],
    [100, -2, "aantal_kinderen"],
    [100, null, "aantal_kinderen"],
    [100, true, "aantal_kinderen"],
  ];
  test.each(bad)("kindsdeel(%p, %p) is invalid (%s)", (t, n, argument) => {
    const err = ruleError(() => kindsdeel(t as never, n as never));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
  });
});
