/**
 * REMGELD is additive over a split of the days: [a, c] = [a, b] + [b+1, c], for every option, with or without an
 * opnamedatum (each day is charged at its own date's amounts, so a split never changes what a day costs).
 */
import fc from "fast-check";
import Big from "decimal.js";
import { remgeldFunction as REMGELD } from "../../functions/functions";
import { serial } from "../helpers/excel";

/** Day numbers, biased to the tariff boundaries (1, 12/13, 30/31, 60/61, 90/91, 180/181, 360/361, 1825/1826). */
const BOUNDARIES = [1, 2, 12, 13, 30, 31, 60, 61, 90, 91, 180, 181, 360, 361, 1825, 1826];
const dayNumber = fc.oneof(
  fc.constantFrom(...BOUNDARIES),
  fc.integer({ min: 1, max: 400 }),
  fc.integer({ min: 1, max: 4000 }),
);
const categorie = fc.constantFrom("VT", "KIND", "WERKLOOS", "PTL", "ANDER", "ander", "vt", "Ptl");
const flag = fc.constantFrom(null, undefined, true, false, "WAAR", "ONWAAR", 1, 0);
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
