/** Indexed amounts (SPEC 0): the spilindex jumps, one derivation step from a published value, the stale warning. */
import { isoToDay } from "../../src/rules/excelDate";
import {
  INDEX_JUMPS,
  indexCoefficient,
  indexedParameter,
  indexStatus,
  LAST_INDEX_JUMP,
  STALE_NOTICE,
  staleNotice,
} from "../../src/rules/indexed";
import { bijdrage, vrijstelling, vrijstellingBasis, vrijstellingVerhoging, APPROXIMATION_WARNING } from "../../src/rules/onderhoudsplicht";
import { tekort, zakgeldJaar, zakgeldParameter } from "../../src/rules/wzc";
import { stepLabel, traceRows } from "../../src/rules/trace";
import { day, serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";

const STALE_TEXT = "Mogelijk verouderd: de laatst gekende indexsprong is van 1/3/2026; controleer of er sindsdien een nieuwe was.";

describe("spilindex", () => {
  // research/indexering.md, typed by hand: from, n, c(n)
  const research: [string, number, string][] = [
    ["2008-09-01", 10, "1.2190"],
    ["2010-09-01", 11, "1.2434"],
    ["2011-05-01", 12, "1.2682"],
    ["2012-02-01", 13, "1.2936"],
    ["2012-12-01", 14, "1.3195"],
    ["2016-06-01", 15, "1.3459"],
    ["2017-06-01", 16, "1.3728"],
    ["2018-09-01", 17, "1.4002"],
    ["2020-03-01", 18, "1.4282"],
    ["2021-09-01", 19, "1.4568"],
    ["2022-01-01", 20, "1.4859"],
    ["2022-03-01", 21, "1.5157"],
    ["2022-05-01", 22, "1.5460"],
    ["2022-08-01", 23, "1.5769"],
    ["2022-11-01", 24, "1.6084"],
    ["2022-12-01", 25, "1.6406"],
    ["2023-11-01", 26, "1.6734"],
    ["2024-05-01", 27, "1.7069"],
    ["2025-02-01", 28, "1.7410"],
    ["2026-03-01", 29, "1.7758"],
  ];
  test("every jump of the research, in order, with c(n) = round(1.02^n, 4)", () => {
    expect(INDEX_JUMPS.map((j) => [j.from, j.n, j.coefficient.toFixed(4)])).toEqual(research);
  });
  test("c(n) for a few n worked by hand: 1.02^10 = 1.218994... -> 1.2190; 1.02^29 = 1.775845... -> 1.7758", () => {
    expect(indexCoefficient(10).toFixed(4)).toBe("1.2190");
    expect(indexCoefficient(29).toFixed(4)).toBe("1.7758");
    expect(indexCoefficient(0).toFixed(4)).toBe("1.0000");
  });
  test("every jump has a citable source", () => {
    for (const j of INDEX_JUMPS) expect(j.source.length).toBeGreaterThan(10);
  });
});

describe("one step from the published value", () => {
  test("OCMW.VRIJSTELLING(0; 1/3/2026) = 25 284,89 x 1,7758 / 1,5157 = 29 623,8815... -> 29 623,88", () => {
    expect(vrijstelling(0, serial("2026-03-01")).value.toFixed(2)).toBe("29623.88");
  });
  test("a published value is used as it is on its own date (n(P) = N)", () => {
    expect(vrijstellingBasis.at(day("2022-03-01")).value.toFixed(2)).toBe("25284.89");
    expect(vrijstellingBasis.at(day("2022-03-01")).jump).toBeUndefined();
  });
  test("the day before a jump keeps the previous amount; the jump's day has the new one", () => {
    // 25 284,89 x 1,7410 = 44 020,9935; / 1,5157 = 29 043,3420... -> 29 043,34; x 1,7758 / 1,5157 = 29 623,88
    expect(vrijstellingBasis.at(day("2026-02-28")).value.toFixed(2)).toBe("29043.34");
    expect(vrijstellingBasis.at(day("2026-03-01")).value.toFixed(2)).toBe("29623.88");
  });
  test("never from an older published value: in 2020 (n=18) from 21 579,83 (n=13), not from 20 335,00", () => {
    // 21 579,83 x 1,4282 = 30 820,3132; / 1,2936 = 23 825,2267... -> 23 825,23
    const r = vrijstellingBasis.at(day("2020-03-01"));
    expect(r.stored.value.toFixed(2)).toBe("21579.83");
    expect(r.value.toFixed(2)).toBe("23825.23");
  });
  test("before the first published value: #N/A naming datum and the first date", () => {
    const err = ruleError(() => vrijstellingBasis.at(day("2008-08-31")));
    expect(err.kind).toBe("unavailable");
    expect(err.argument).toBe("datum");
    expect(err.message).toContain("01/09/2008");
    expect(err.message).not.toContain("vrijstelling_basis");
  });
  test("an empty date is the amount in force on the last jump", () => {
    expect(vrijstellingBasis.at(undefined)).toBe(vrijstellingBasis.at(LAST_INDEX_JUMP.fromDay));
    expect(vrijstellingVerhoging.latest()).toBe(vrijstellingVerhoging.at(day("2026-03-01")));
  });
  test("the same published value and jump give the same object (callers may remember results)", () => {
    expect(vrijstellingBasis.at(day("2026-04-01"))).toBe(vrijstellingBasis.at(day("2030-01-01")));
  });
  test("the trace names P, its source and the jump, never the parameter id", () => {
    const ref = vrijstellingBasis.at(day("2026-03-01")).ref;
    const label = stepLabel({ label: "Vrijstelling", amount: vrijstellingBasis.at(day("2026-03-01")).value, parameter: ref });
    expect(label).toContain("afgeleid van 25.284,89");
    expect(label).toContain("goedgezind.be");
    expect(label).toContain("met de indexsprong van 01/03/2026");
    expect(label).not.toContain("vrijstelling_basis");
  });
  test("a data set with the stored n above the jumps' n uses P as it is (never backwards)", () => {
    const p = indexedParameter({
      name: "t",
      label: "Test",
      description: "d",
      unit: "EUR",
      values: [{ from: "2020-01-01", n: 40, value: "100.00", source: { document: "d", publisher: "p", date: "2020" } }],
    });
    expect(p.at(day("2026-06-01")).value.toFixed(2)).toBe("100.00");
  });
});

describe("zakgeld: yearly amount, monthly = yearly / 12", () => {
  // SPEC 1 TEKORT; research/indexering.md
  const cases: [string, string, string][] = [
    ["2016-07-01", "1119.00", "93.25"], // 1 119,00 / 12 = 93,25
    ["2018-09-01", "1164.24", "97.02"], // 1 164,24 / 12 = 97,02
    ["2022-01-01", "1235.52", "102.96"], // 1 235,52 / 12 = 102,96
    ["2022-11-01", "1337.31", "111.44"], // 1 337,31 / 12 = 111,4425 -> 111,44
    ["2026-03-01", "1476.50", "123.04"], // 1 337,31 x 1,7758 / 1,6084 = 1 476,4955... -> 1 476,50; / 12 = 123,0416 -> 123,04
  ];
  test.each(cases)("on %s: yearly %s, monthly %s", (iso, yearly, monthly) => {
    expect(zakgeldJaar.at(day(iso)).value.toFixed(2)).toBe(yearly);
    expect(zakgeldParameter.at(day(iso)).value.toFixed(2)).toBe(monthly);
  });
  test("on 2018-08-31 (jump of 1/6/2017, n=16): 1 119,00 x 1,3728 = 1 536,1632; / 1,3459 = 1 141,3650... -> 1 141,37; / 12 = 95,114 -> 95,11", () => {
    expect(zakgeldJaar.at(day("2018-08-31")).value.toFixed(2)).toBe("1141.37");
    expect(zakgeldParameter.at(day("2018-08-31")).value.toFixed(2)).toBe("95.11");
  });
  test("before 1/7/2016: #N/A (the seed is followed, although the jump was on 1/6/2016)", () => {
    const err = ruleError(() => zakgeldParameter.at(day("2016-06-30")));
    expect(err.kind).toBe("unavailable");
    expect(err.message).toContain("01/07/2016");
  });
  test("the monthly ref says how it was derived, without the parameter id", () => {
    const ref = zakgeldParameter.at(day("2026-03-01")).ref;
    expect(ref.label).toBe("Gewaarborgd zakgeld (per maand)");
    expect(ref.derivation).toContain("jaarbedrag 1.476,50 / 12");
    expect(ref.derivation).toContain("afgeleid van 1.337,31");
    expect(stepLabel({ label: "Zakgeld", parameter: ref })).toContain("VVSG");
  });
});

describe("stale warning (SPEC 0): date after EDATE(1/3/2026; 9) = 1/12/2026", () => {
  test("the sentence", () => {
    expect(STALE_NOTICE).toEqual({ kind: "verouderd", text: STALE_TEXT });
  });
  test("judged on the date: 1/12/2026 is not stale, 2/12/2026 is; an empty date never", () => {
    expect(staleNotice(day("2026-12-01"))).toBeUndefined();
    expect(staleNotice(day("2026-12-02"))).toEqual(STALE_NOTICE);
    expect(staleNotice(undefined)).toBeUndefined();
    expect(indexStatus(day("2027-01-01"))).toEqual({ lastJump: "2026-03-01", staleAfter: "2026-12-01", notice: STALE_NOTICE });
    expect(indexStatus(day("2026-01-01"))).toEqual({ lastJump: "2026-03-01", staleAfter: "2026-12-01" });
  });
  test("VRIJSTELLING carries the notice and the trace has the sentence; the figure is still given", () => {
    const r = vrijstelling(0, serial("2026-12-02"));
    expect(r.value.toFixed(2)).toBe("29623.88");
    expect(r.notices).toEqual([STALE_NOTICE]);
    expect(traceRows(r.steps).map((row) => row[0])).toContain(STALE_TEXT);
    expect(vrijstelling(0, serial("2026-12-01")).notices).toBeUndefined();
  });
  test("TEKORT with the zakgeld from the parameter carries it; with a given zakgeld it does not (no indexed amount used)", () => {
    const base = { ligdagprijs: 50, dagen: 30, bijkomendeKosten: 0, inkomsten: 1000 };
    const r = tekort({ ...base, datum: serial("2027-06-01") });
    expect(r.notices).toEqual([STALE_NOTICE]);
    expect(traceRows(r.steps).map((row) => row[0])).toContain(STALE_TEXT);
    expect(tekort({ ...base, zakgeld: 100, datum: serial("2027-06-01") }).notices).toBeUndefined();
  });
  test("BIJDRAGE by the approximation: 'benadering' always, 'verouderd' only for a late date; the sentence once in the trace", () => {
    const input = { inkomen: 40000, personenTenLaste: 0, kindsdeel: 500 };
    const late = bijdrage({ ...input, datum: serial("2027-01-01") });
    expect(late.notices).toEqual([{ kind: "benadering", text: APPROXIMATION_WARNING }, STALE_NOTICE]);
    expect(traceRows(late.steps).filter((row) => row[0] === STALE_TEXT)).toHaveLength(1);
    expect(traceRows(late.steps).filter((row) => row[0] === APPROXIMATION_WARNING)).toHaveLength(1);
    expect(bijdrage({ ...input, datum: serial("2026-03-01") }).notices).toEqual([{ kind: "benadering", text: APPROXIMATION_WARNING }]);
  });
  test("BIJDRAGE by a scale uses no indexed amount: no notice", () => {
    const schaal = [[0, 0, null, 100]];
    expect(bijdrage({ inkomen: 40000, personenTenLaste: 0, kindsdeel: 500, datum: serial("2027-01-01"), schaal }).notices).toBeUndefined();
  });
});

test("isoToDay sanity for the helpers used here", () => {
  expect(day("2026-03-01")).toBe(isoToDay("2026-03-01"));
});
