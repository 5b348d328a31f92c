/** REMGELD is additive over a split of the days: [a, c] = [a, b] + [b+1, c], for every option. */
import fc from "fast-check";
import Big from "decimal.js";
import { remgeldFunction as REMGELD } from "../../functions/functions";

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

test("REMGELD(a..c) = REMGELD(a..b) + REMGELD(b+1..c), all options", () => {
  fc.assert(
    fc.property(
      categorie,
      fc.array(dayNumber, { minLength: 3, maxLength: 3 }),
      flag,
      dienst,
      flag,
      flag,
      (cat, days, ptl, d, kamer, over) => {
        const [a, b0, c0] = [...days].sort((x, y) => x - y);
        const c = c0 === b0 ? c0 + 1 : c0; // need b < c
        const b = b0;
        const whole = REMGELD(cat, a, c, ptl, d, kamer, over);
        const parts = new Big(REMGELD(cat, a, b, ptl, d, kamer, over)).plus(REMGELD(cat, b + 1, c, ptl, d, kamer, over));
        expect(parts.equals(new Big(whole))).toBe(true);
      },
    ),
    { numRuns: 400 },
  );
});

test("REMGELD over n days = sum of the n single days", () => {
  fc.assert(
    fc.property(categorie, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 30 }), flag, dienst, flag, flag, (cat, a, len, ptl, d, kamer, over) => {
      let sum = new Big(0);
      for (let day = a; day <= a + len; day++) sum = sum.plus(REMGELD(cat, day, day, ptl, d, kamer, over));
      expect(sum.equals(new Big(REMGELD(cat, a, a + len, ptl, d, kamer, over)))).toBe(true);
    }),
    { numRuns: 100 },
  );
});

test("REMGELD is positive and grows with every extra day", () => {
  fc.assert(
    fc.property(categorie, dayNumber, fc.integer({ min: 0, max: 500 }), flag, dienst, flag, flag, (cat, a, len, ptl, d, kamer, over) => {
      const r = REMGELD(cat, a, a + len, ptl, d, kamer, over);
      expect(r).toBeGreaterThan(0);
      expect(REMGELD(cat, a, a + len + 1, ptl, d, kamer, over)).toBeGreaterThan(r);
    }),
    { numRuns: 200 },
  );
});
