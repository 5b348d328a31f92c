import { dayToIso } from "../../src/rules/excelDate";
import { startDay, zorgbudget, zorgbudgetBeslistermijn, zorgbudgetStart, type ZorgbudgetInput } from "../../src/rules/zorgbudget";
import { day, serial } from "../helpers/excel";
import { ruleError } from "../helpers/rules";


describe("start (SPEC 1): from 2009 the first day of the 4th month after the application month; before, of the 3rd month following", () => {
  const cases: [string, string][] = [
    ["2024-01-01", "2024-05-01"], // seed 001 / 002 "vanaf 1 januari 2009: eerste dag van de vierde maand na aanvraag": January -> 1 May
    ["2024-01-15", "2024-05-01"],
    ["2024-01-31", "2024-05-01"],
    ["2024-02-29", "2024-06-01"],
    ["2024-03-31", "2024-07-01"],
    ["2024-08-31", "2024-12-01"],
    ["2024-09-30", "2025-01-01"], // across the year end
    ["2024-11-30", "2025-03-01"],
    ["2023-12-15", "2024-04-01"], // December -> 1 April next year
    ["2023-12-31", "2024-04-01"],
    ["2009-01-01", "2009-05-01"], // the first day of the new rule
    ["2008-12-31", "2009-03-01"], // older rule (seed 002): the third month following: December 2008 -> 1 March 2009
    ["2008-01-15", "2008-04-01"], // seed 002's example: January -> 1 April
    ["2005-11-30", "2006-02-01"],
  ];
  test.each(cases)("application %s -> %s", (aanvraag, expected) => {
    expect(dayToIso(startDay(day(aanvraag)))).toBe(expected);
    expect(dayToIso(zorgbudgetStart(serial(aanvraag)).value)).toBe(expected);
  });
  test("a start after 31/12/9999 (application in September 9999 or later) is invalid, naming aanvraagdatum", () => {
    expect(dayToIso(zorgbudgetStart(serial("9999-08-31")).value)).toBe("9999-12-01");
    for (const a of ["9999-09-01", "9999-12-31"]) {
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
  // thuis: 90, 95 from 2006-01, 105 from 2007-01, 115 from 2008-01, 125 from 2009-01, 130 from 2009-03,
  // 135 from 2023-01, 140 from 2024-01
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
    ["2022-12-31", 130],
    ["2023-01-01", 135],
    ["2023-12-31", 135],
    ["2024-01-01", 140],
    ["2024-01-31", 140],
    ["2030-06-15", 140],
  ];
  test.each(thuisCases)("thuis, month of %s: %d", (maand, expected) => {
    expect(thuis(maand)).toBe(expected);
  });
  // residentieel: 125, 130 from 2009-03, 135 from 2023-01, 140 from 2024-01
  const resCases: [string, number][] = [
    ["1990-04-01", 125],
    ["2006-06-01", 125],
    ["2009-02-28", 125],
    ["2009-03-01", 130],
    ["2022-12-31", 130],
    ["2023-01-01", 135],
    ["2023-12-31", 135],
    ["2024-01-01", 140],
  ];
  test.each(resCases)("residentieel, month of %s: %d", (maand, expected) => {
    expect(residentieel(maand)).toBe(expected);
  });
  test("the trace of a paid month names the parameter with its date and source", () => {
    const r = zorgbudget({ maand: serial("2009-03-15"), aanvraagdatum: serial("2008-01-10"), zorgvorm: "thuis", katz: "B" });
    const p = r.steps.find((s) => s.parameter)!.parameter!;
    expect(p).toEqual({ name: "zorgbudget_thuis", label: expect.any(String), from: "2009-03-01", source: expect.stringContaining("OCMW-infoblad") });
  });
});

describe("payment starts on the start day (4th month after the application month from 2009, 3rd month following before)", () => {
  const run = (maand: string, aanvraag: string) =>
    zorgbudget({ maand: serial(maand), aanvraagdatum: serial(aanvraag), zorgvorm: "thuis", katz: "C" }).value.toNumber();
  const cases: [string, string, number][] = [
    ["2024-01-15", "2024-04-30", 0], // application January -> nothing in April
    ["2024-01-31", "2024-04-30", 0],
    ["2024-01-01", "2024-05-01", 140], // ... first payment in May
    ["2024-01-31", "2024-05-31", 140],
    ["2024-01-15", "2024-01-15", 0], // the application month itself
    ["2024-01-15", "2023-12-01", 0], // a month before the application
    ["2022-12-15", "2023-03-31", 0], // December 2022 -> 1 April 2023
    ["2022-12-15", "2023-04-01", 135], // 135 in 2023
    ["2008-11-20", "2009-01-31", 0], // older rule: November 2008 -> 1 February 2009
    ["2008-11-20", "2009-02-01", 125], // start Feb 2009: 125 (before the 130 of March 2009)
    ["2008-12-20", "2009-03-01", 130],
    ["2009-01-20", "2009-04-30", 0], // new rule: January 2009 -> 1 May 2009
    ["2009-01-20", "2009-05-01", 130],
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

describe("child-benefit criteria (seed 002): 66 % handicap with 7 points of self-reliance, or 18 points on P1-P3", () => {
  const base: ZorgbudgetInput = { maand: serial("2024-05-15"), aanvraagdatum: serial("2024-01-10"), zorgvorm: "thuis" };
  const cases: [string, Partial<ZorgbudgetInput>, number][] = [
    ["70 % handicap and 8 points (issue 8's example)", { handicap: 70, zelfredzaamheid: 8 }, 140],
    ["66 % and 7 points (both exactly at the threshold)", { handicap: 66, zelfredzaamheid: 7 }, 140],
    ["65,9 % and 12 points", { handicap: 65.9, zelfredzaamheid: 12 }, 0],
    ["100 % and 6 points", { handicap: 100, zelfredzaamheid: 6 }, 0],
    ["0 % and 0 points (typed, not empty)", { handicap: 0, zelfredzaamheid: 0 }, 0],
    ["18 points P1-P3", { kinderbijslagPunten: 18 }, 140],
    ["17,5 points P1-P3", { kinderbijslagPunten: 17.5 }, 0],
    ["handicap too low but 18 points", { handicap: 50, zelfredzaamheid: 8, kinderbijslagPunten: 18 }, 140],
  ];
  test.each(cases)("%s -> %d", (_n, over, expected) => {
    expect(zorgbudget({ ...base, ...over }).value.toNumber()).toBe(expected);
  });
  test("the trace names the child-benefit reason", () => {
    const r = zorgbudget({ ...base, handicap: 70, zelfredzaamheid: 8 });
    expect(r.steps.some((s) => s.label.includes("70 % handicap") && s.label.includes("8 punten zelfredzaamheid"))).toBe(true);
  });
  const bad: [string, Partial<ZorgbudgetInput>, string, RegExp][] = [
    ["0,66 typed as a fraction", { handicap: 0.66, zelfredzaamheid: 8 }, "handicap", /typ 66 voor 66 %/],
    ["above 100", { handicap: 101, zelfredzaamheid: 8 }, "handicap", /0 tot 100/],
    ["negative handicap", { handicap: -1, zelfredzaamheid: 8 }, "handicap", /negatief/],
    ["handicap without zelfredzaamheid", { handicap: 70 }, "zelfredzaamheid", /ontbreekt/],
    ["zelfredzaamheid without handicap", { zelfredzaamheid: 8 }, "handicap", /ontbreekt/],
    ["negative points", { kinderbijslagPunten: -2 }, "kinderbijslag_punten", /negatief/],
    ["text points", { kinderbijslagPunten: "veel" }, "kinderbijslag_punten", /verwacht/],
  ];
  test.each(bad)("%s is invalid, naming %s", (_n, over, argument, message) => {
    const err = ruleError(() => zorgbudget({ ...base, ...over }));
    expect(err.kind).toBe("invalid");
    expect(err.argument).toBe(argument);
    expect(err.message).toMatch(message);
  });
  test("1 (one percent) is not a fraction: allowed, and not enough", () => {
    expect(zorgbudget({ ...base, handicap: 1, zelfredzaamheid: 8 }).value.toNumber()).toBe(0);
  });
});

describe("beslistermijn: aanvraagdatum + 60 days", () => {
  test("10/1/2024 -> 10/3/2024 (21 + 29 + 10 = 60 days)", () => {
    expect(dayToIso(zorgbudgetBeslistermijn(serial("2024-01-10")).value)).toBe("2024-03-10");
  });
  test("invalid dates name aanvraagdatum", () => {
    expect(ruleError(() => zorgbudgetBeslistermijn(null)).argument).toBe("aanvraagdatum");
    expect(ruleError(() => zorgbudgetBeslistermijn(serial("9999-12-31"))).argument).toBe("aanvraagdatum");
  });
});
