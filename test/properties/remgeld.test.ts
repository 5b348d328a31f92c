/**
 * REMGELD is additive over a split of the days: [a, c] = [a, b] + [b+1, c], for every option, with or without an
 * opnamedatum (each day is charged at its own date's amounts, so a split never changes what a day costs).
 */
import fc from "fast-check";
import Big from "decimal.js";
import {
  remgeldFunction as REMGELD,
  remgeldOpnamesFunction as REMGELD_OPNAMES,
  remgeldOpnamesUitlegFunction as UITLEG,
  verlofdagenFunction as VERLOFDAGEN,
} from "../../functions/functions";
import { excelValue } from "./arbitraries";
import { serial } from "../helpers/excel";

/** Day numbers, biased to the tariff boundaries (1, 12/13, 30/31, 60/61, 90/91, 180/181, 360/361, 1825/1826). */
const BOUNDARIES = [1, 2, 12, 13, 30, 31, 60, 61, 90, 91, 180, 181, 360, 361, 1825, 1826];
const dayNumber = fc.oneof(
  fc.constantFrom(...BOUNDARIES),
  fc.integer({ min: 1, max: 400 }),
  fc.integer({ min: 1, max: 4000 }),
);
const categorie = fc.constantFrom("VT", "KIND", "WERKLOOS", "PTL", "ANDER", "ander", "vt", "Ptl");
const flag = fc.constantFrom(null, undefined, true, false, 0, "WAAR", "ONWAAR");
const dienst = fc.constantFrom(null, undefined, "A", "T", "a", "t");
/** empty, or a date whose stays cross the tariff changes of 2018-2024 (and the seed's amounts before them) */
const opnamedatum = fc.oneof(
  fc.constantFrom(null, undefined),
  fc.integer({ min: serial("2010-01-01"), max: serial("2025-12-31") }),
  fc.constantFrom(serial("2017-12-31"), serial("2023-12-30"), serial("2019-06-30"), serial("2020-12-31")),
);
const ziekenhuis = fc.constantFrom(null, undefined, "algemeen", "psychiatrisch", " Psychiatrisch ");

test("REMGELD(a..c) = REMGELD(a..b) + REMGELD(b+1..c), all options", () => {
  fc.assert(
    fc.property(
      categorie,
      fc.array(dayNumber, { minLength: 3, maxLength: 3 }),
      flag,
      dienst,
      flag,
      flag,
      opnamedatum,
      ziekenhuis,
      (cat, days, ptl, d, kamer, over, op, zh) => {
        const [a, b0, c0] = [...days].sort((x, y) => x - y);
        const c = c0 === b0 ? c0 + 1 : c0; // need b < c
        const b = b0;
        const whole = REMGELD(cat, a, c, ptl, d, kamer, over, op, zh);
        const parts = new Big(REMGELD(cat, a, b, ptl, d, kamer, over, op, zh)).plus(REMGELD(cat, b + 1, c, ptl, d, kamer, over, op, zh));
        expect(parts.equals(new Big(whole))).toBe(true);
      },
    ),
    { numRuns: 400 },
  );
});

test("REMGELD over n days = sum of the n single days", () => {
  fc.assert(
    fc.property(categorie, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 30 }), flag, dienst, flag, flag, opnamedatum, ziekenhuis, (cat, a, len, ptl, d, kamer, over, op, zh) => {
      let sum = new Big(0);
      for (let day = a; day <= a + len; day++) sum = sum.plus(REMGELD(cat, day, day, ptl, d, kamer, over, op, zh));
      expect(sum.equals(new Big(REMGELD(cat, a, a + len, ptl, d, kamer, over, op, zh)))).toBe(true);
    }),
    { numRuns: 100 },
  );
});

test("REMGELD is positive and grows with every extra day", () => {
  fc.assert(
    fc.property(categorie, dayNumber, fc.integer({ min: 0, max: 500 }), flag, dienst, flag, flag, opnamedatum, ziekenhuis, (cat, a, len, ptl, d, kamer, over, op, zh) => {
      const r = REMGELD(cat, a, a + len, ptl, d, kamer, over, op, zh);
      expect(r).toBeGreaterThan(0);
      expect(REMGELD(cat, a, a + len + 1, ptl, d, kamer, over, op, zh)).toBeGreaterThan(r);
    }),
    { numRuns: 200 },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// REMGELD.OPNAMES

/** A gap between a discharge and the next admission, biased to the joining limits (30, 90, 180 days). */
const gap = fc.oneof(fc.constantFrom(0, 1, 29, 30, 31, 89, 90, 91, 179, 180, 181), fc.integer({ min: 0, max: 400 }));
/** Nursing-day spans: 0 (same day) to a long stay across band boundaries. */
const length = fc.oneof(fc.constantFrom(0, 1, 12, 30, 89, 90, 91, 180), fc.integer({ min: 0, max: 200 }));
const startDate = fc.integer({ min: serial("2015-01-01"), max: serial("2025-06-30") });

interface History {
  rows: unknown[][];
  /** the span of the whole history, for day-hospital rows */
  first: number;
  last: number;
}
/** 1 to 4 full admissions that do not overlap (touching allowed), some transferred, with 0..2 examinations. */
const history = fc
  .tuple(startDate, fc.array(fc.tuple(gap, length, fc.boolean(), fc.integer({ min: 0, max: 2 })), { minLength: 1, maxLength: 4 }))
  .map(([start, stays]): History => {
    const rows: unknown[][] = [];
    let at = start;
    let sameDay = false;
    for (const [g, len, over, exams] of stays) {
      // two full admissions on one date are refused (SPEC), so after a same-day stay the next starts a day later
      const opname = rows.length === 0 ? at : at + (sameDay ? Math.max(1, g) : g);
      sameDay = len === 0;
      rows.push([opname, opname + len, "volledig", over, exams]);
      at = opname + len;
    }
    return { rows, first: start, last: at };
  });

test("REMGELD.OPNAMES of one admission = REMGELD over the same days with the same opnamedatum", () => {
  fc.assert(
    fc.property(categorie, startDate, length, flag, dienst, flag, fc.boolean(), ziekenhuis, (cat, op, len, ptl, d, kamer, over, zh) => {
      const days = Math.max(1, len); // opname and ontslag on one day count as one day
      const viaOpnames = REMGELD_OPNAMES(cat, [[op, op + len, null, over, null]], ptl, d, kamer, zh);
      expect(viaOpnames).toBe(REMGELD(cat, 1, days, ptl, d, kamer, over, op, zh));
    }),
    { numRuns: 300 },
  );
});

test("adding day-hospital or after-care rows anywhere never changes REMGELD.OPNAMES; neither does the row order", () => {
  const extra = fc.tuple(fc.constantFrom("dag", "nabehandeling", "DAG", " Nabehandeling"), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10 }), fc.nat());
  fc.assert(
    fc.property(categorie, history, fc.array(extra, { minLength: 1, maxLength: 3 }), flag, dienst, flag, ziekenhuis, fc.nat(), (cat, h, extras, ptl, d, kamer, zh, seed) => {
      const before = REMGELD_OPNAMES(cat, h.rows, ptl, d, kamer, zh);
      const rows = [...h.rows];
      for (const [soort, offset, len, pos] of extras) {
        const opname = h.first - 30 + (offset % (h.last - h.first + 60));
        // their other columns are ignored, even nonsense
        rows.splice(pos % (rows.length + 1), 0, [opname, opname + len, soort, "misschien", 7]);
      }
      expect(REMGELD_OPNAMES(cat, rows, ptl, d, kamer, zh)).toBe(before);
      const shuffled = [...h.rows].sort((a, b) => ((seed + (a[0] as number)) % 7) - ((seed + (b[0] as number)) % 7));
      expect(REMGELD_OPNAMES(cat, shuffled, ptl, d, kamer, zh)).toBe(before);
    }),
    { numRuns: 300 },
  );
});

test("REMGELD.OPNAMES.UITLEG ends with the figure of REMGELD.OPNAMES, and its subtotals add up to it", () => {
  fc.assert(
    fc.property(categorie, history, flag, dienst, flag, ziekenhuis, (cat, h, ptl, d, kamer, zh) => {
      const total = REMGELD_OPNAMES(cat, h.rows, ptl, d, kamer, zh);
      const lines = UITLEG(cat, h.rows, ptl, d, kamer, zh);
      expect(lines[lines.length - 1][1]).toBe(total);
      const subtotals = lines.filter((l) => String(l[0]).startsWith("Subtotaal")).map((l) => l[1] as number);
      expect(subtotals).toHaveLength(h.rows.length);
      expect(subtotals.reduce((s, x) => s.plus(x), new Big(0)).toNumber()).toBe(total);
    }),
    { numRuns: 200 },
  );
});

test("a joined history never costs more than the same admissions each counted from day 1 (joining drops the toeslag)", () => {
  // ANDER without dienst: the day count only decides the toeslag and, from day 1826, lang instead of hoog; stays here
  // stay well below 1826 days, so joining can only save toeslagen.
  fc.assert(
    fc.property(history, ziekenhuis, (h, zh) => {
      const joined = REMGELD_OPNAMES("ANDER", h.rows, null, null, null, zh);
      const separately = h.rows.reduce((s, r) => s.plus(REMGELD_OPNAMES("ANDER", [r], null, null, null, zh)), new Big(0));
      expect(new Big(joined).lte(separately)).toBe(true);
    }),
    { numRuns: 200 },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// Arbitrary Excel values: a number, an Excel error with a Dutch message, never a crash.

const CFError = () => (globalThis as any).CustomFunctions.Error;
/** A range as Excel passes it: rows of cells, often dates, sometimes anything. */
const cellish = fc.oneof(excelValue, fc.integer({ min: serial("2015-01-01"), max: serial("2025-12-31") }), fc.constantFrom("dag", "volledig", "nabehandeling", 0, true, 2));
const matrix = fc.integer({ min: 1, max: 6 }).chain((w) => fc.array(fc.array(cellish, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));

function finiteOrExcelError(run: () => unknown, uitleg = false): void {
  let result: unknown;
  try {
    result = run();
  } catch (e: any) {
    expect(e).toBeInstanceOf(CFError());
    expect(["#VALUE!", "#N/A"]).toContain(e.code);
    expect(e.message).not.toMatch(/^Onverwachte fout/);
    return;
  }
  if (uitleg) {
    for (const row of result as unknown[][]) expect(row).toHaveLength(2);
  } else {
    expect(typeof result).toBe("number");
    expect(Number.isFinite(result)).toBe(true);
  }
}

test("REMGELD (9 arguments), REMGELD.OPNAMES(.UITLEG), VERLOFDAGEN with arbitrary Excel values: a finite number or #VALUE!/#N/A", () => {
  fc.assert(
    fc.property(fc.array(excelValue, { minLength: 9, maxLength: 9 }), matrix, fc.array(excelValue, { minLength: 6, maxLength: 6 }), (args, opnames, rest) => {
      finiteOrExcelError(() => REMGELD(...(args as [unknown, unknown, unknown])));
      finiteOrExcelError(() => REMGELD_OPNAMES(rest[0] ?? "ANDER", opnames, rest[2], rest[3], rest[4], rest[5]));
      finiteOrExcelError(() => REMGELD_OPNAMES("ANDER", opnames, null, null, null, null));
      finiteOrExcelError(() => UITLEG("PTL", opnames, null, "A", null, "psychiatrisch"), true);
      finiteOrExcelError(() => VERLOFDAGEN(rest[0], rest[1], opnames));
      finiteOrExcelError(() => VERLOFDAGEN("ANDER", serial("2024-01-01"), opnames));
    }),
    { numRuns: 400 },
  );
});
