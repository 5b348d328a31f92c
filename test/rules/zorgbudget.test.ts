import { dayToIso } from "../../src/rules/excelDate";
import { startDay, zorgbudget, zorgbudgetStart, type ZorgbudgetInput } from "../../src/rules/zorgbudget";
import { day, serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";


describe("start: first day of the fourth month, the application month counted as the first", () => {
  const cases: [string, string][] = [
    ["2024-01-01", "2024-04-01"], // seeds 001 and 002: January -> 1 April
    ["2024-01-15", "2024-04-01"],
    ["2024-01-31", "2024-04-01"],
    ["2024-02-29", "2024-05-01"],
    ["2024-03-31", "2024-06-01"],
    ["2024-09-30", "2024-12-01"],
    ["2024-10-01", "2025-01-01"], // across the year end
    ["2024-11-30", "2025-02-01"],
    ["2023-12-15", "2024-03-01"], // December -> 1 March next year
    ["2023-12-31", "2024-03-01"],
  ];
  test.each(cases)("application %s -> %s", (aanvraag, expected) => {
    expect(dayToIso(startDay(day(aanvraag)))).toBe(expected);
    expect(dayToIso(zorgbudgetStart(serial(aanvraag)).value)).toBe(expected);
  });
  test("a start after 31/12/9999 (application in October 9999 or later) is invalid, naming aanvraagdatum", () => {
    expect(dayToIso(zorgbudgetStart(serial("9999-09-30")).value)).toBe("9999-12-01");
    for (const a of ["9999-10-01", "9999-12-31"]) {
      const err = ruleError(() => zorgbudgetStart(serial(a)));
      expect(err.kind).toBe("invalid");
      expect(err.argument).toBe("aanvraagdatum");
    }
  });
  test("ZORGBUDGET for a month before such a start is simply 0", () => {
    expect(zorgbudget({ maand: serial("9999-12-15"), aanvraagdatum: serial("9999-10-01"), zorgvorm: "residentieel" }).value.toNumber()).toBe(0);
  });
  test.each([[60], [0], ["januari"], [null], [true], [NaN]])("aanvraagdatum %p is invalid", (v) => {
    const err = ruleError(() => zorgbudgetStart(v as never));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe("aanvraagdatum");
  });
});

/** Eligible at home (Katz B), applied long before, so only the amount in force on the month's first day matters. */
function thuis(maand: string): number {
  return zorgbudget({ maand: serial(maand), aanvraagdatum: serial("1990-01-10"), zorgvorm: "thuis", katz: "B" }).value.toNumber();
}
function residentieel(maand: string): number {
  return zorgbudget({ maand: serial(maand), aanvraagdatum: serial("1990-01-10"), zorgvorm: "residentieel" }).value.toNumber();
}

describe("amounts (SPEC table): the month before and after each change", () => {
  // thuis: 90, 95 from 2006-01, 105 from 2007-01, 115 from 2008-01, 125 from 2009-01, 130 from 2009-03, 140 from 2024-01
  const thuisCases: [string, number][] = [
    ["1990-04-01", 90], // the first amount holds for every earlier month
    ["2005-12-31", 90],
    ["2006-01-01", 95],
    ["2006-12-15", 95],
    ["2007-01-15", 105],
    ["2007-12-31", 105],
    ["2008-01-01", 115],
    ["2008-12-15", 115],
    ["2009-01-01", 125],
    ["2009-02-28", 125],
    ["2009-03-01", 130],
    ["2009-03-31", 130],
    ["2023-12-31", 130],
    ["2024-01-01", 140],
    ["2024-01-31", 140],
    ["2030-06-15", 140],
  ];
  test.each(thuisCases)("thuis, month of %s: %d", (maand, expected) => {
    expect(thuis(maand)).toBe(expected);
  });
  // residentieel: 125, 130 from 2009-03, 140 from 2024-01
  const resCases: [string, number][] = [
    ["1990-04-01", 125],
    ["2006-06-01", 125],
    ["2009-02-28", 125],
    ["2009-03-01", 130],
    ["2023-12-31", 130],
    ["2024-01-01", 140],
  ];
  test.each(resCases)("residentieel, month of %s: %d", (maand, expected) => {
    expect(residentieel(maand)).toBe(expected);
  });
  test("the trace of a paid month names the parameter with its date and source", () => {
    const r = zorgbudget({ maand: serial("2009-03-15"), aanvraagdatum: serial("2008-01-10"), zorgvorm: "thuis", katz: "B" });
    const p = r.steps.find((s) => s.parameter)!.parameter!;
    expect(p).toEqual({ name: "zorgbudget_thuis", label: expect.any(String), from: "2009-03-01", source: expect.stringContaining("001") });
  });
});

describe("payment starts in the fourth month", () => {
  const run = (maand: string, aanvraag: string) =>
    zorgbudget({ maand: serial(maand), aanvraagdatum: serial(aanvraag), zorgvorm: "thuis", katz: "C" }).value.toNumber();
  const cases: [string, string, number][] = [
    ["2024-01-15", "2024-03-31", 0], // application January -> nothing in March
    ["2024-01-31", "2024-03-31", 0],
    ["2024-01-01", "2024-04-01", 140], // ... first payment in April
    ["2024-01-31", "2024-04-30", 140],
    ["2024-01-15", "2024-01-15", 0], // the application month itself
    ["2024-01-15", "2023-12-01", 0], // a month before the application
    ["2023-12-15", "2024-02-29", 0], // December -> 1 March next year
    ["2023-12-15", "2024-03-01", 140],
    ["2008-11-20", "2009-01-31", 0],
    ["2008-11-20", "2009-02-01", 125], // start Feb 2009: 125 (before the 130 of March 2009)
    ["2008-12-20", "2009-03-01", 130],
  ];
  test.each(cases)("application %s, month of %s: %d", (aanvraag, maand, expected) => {
    expect(run(maand, aanvraag)).toBe(expected);
  });
});

describe("eligibility at home (seeds 001, 002)", () => {
  const base: ZorgbudgetInput = { maand: serial("2024-05-15"), aanvraagdatum: serial("2024-01-10"), zorgvorm: "thuis" };
  const cases: [string, Partial<ZorgbudgetInput>, number][] = [
    ["no scores", {}, 0],
    ["katz O", { katz: "O" }, 0],
    ["katz A", { katz: "A" }, 0],
    ["katz B", { katz: "B" }, 140],
    ["katz C", { katz: "C" }, 140],
    ["katz Cd", { katz: "Cd" }, 140],
    ["katz cd (lower case)", { katz: "cd" }, 140],
    ["katz CD (upper case)", { katz: "CD" }, 140],
    ["katz b (lower case)", { katz: "b" }, 140],
    ["katz D", { katz: "D" }, 140],
    ["bel 34.99", { bel: 34.99 }, 0],
    ["bel 35", { bel: 35 }, 140],
    ["bel 0", { bel: 0 }, 0],
    ["medisch 14", { medisch: 14 }, 0],
    ["medisch 14.99", { medisch: 14.99 }, 0],
    ["medisch 15", { medisch: 15 }, 140],
    ["dagverzorging B", { dagverzorging: "B" }, 0],
    ["dagverzorging C", { dagverzorging: "C" }, 140],
    ["dagverzorging cd", { dagverzorging: "cd" }, 140],
    ["dagverzorging D", { dagverzorging: "D" }, 140],
    ["all below the thresholds", { katz: "A", bel: 34, medisch: 14, dagverzorging: "B" }, 0],
    ["one score enough", { katz: "A", bel: 34, medisch: 15, dagverzorging: "B" }, 140],
    ["empty strings are empty", { katz: "", bel: "", medisch: null, dagverzorging: undefined }, 0],
    ["zorgvorm in capitals", { zorgvorm: "THUIS", katz: "B" }, 140],
  ];
  test.each(cases)("%s -> %d", (_n, over, expected) => {
    expect(zorgbudget({ ...base, ...over }).value.toNumber()).toBe(expected);
  });
  test("residentieel without scores gets the amount; also with low scores", () => {
    expect(zorgbudget({ ...base, zorgvorm: "residentieel" }).value.toNumber()).toBe(140);
    expect(zorgbudget({ ...base, zorgvorm: "Residentieel", katz: "O" }).value.toNumber()).toBe(140);
  });
  test("not eligible: the trace says so", () => {
    const r = zorgbudget({ ...base, katz: "A" });
    expect(r.steps.some((s) => s.label.includes("geen recht"))).toBe(true);
  });

  const bad: [string, Partial<ZorgbudgetInput>, string][] = [
    ["unknown zorgvorm", { zorgvorm: "ambulant" }, "zorgvorm"],
    ["missing zorgvorm", { zorgvorm: null }, "zorgvorm"],
    ["numeric zorgvorm", { zorgvorm: 1 }, "zorgvorm"],
    ["unknown katz code", { katz: "E" }, "katz"],
    ["katz as a number", { katz: 2 }, "katz"],
    ["unknown dagverzorging code", { dagverzorging: "X" }, "dagverzorging"],
    ["negative bel", { bel: -1 }, "bel"],
    ["text bel", { bel: "veel" }, "bel"],
    ["negative medisch", { medisch: -15 }, "medisch"],
    ["maand 60", { maand: 60 }, "maand"],
    ["aanvraagdatum past 9999", { aanvraagdatum: 2958466 }, "aanvraagdatum"],
  ];
  test.each(bad)("%s is invalid", (_n, over, argument) => {
    const err = ruleError(() => zorgbudget({ ...base, ...over }));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
  });
});
