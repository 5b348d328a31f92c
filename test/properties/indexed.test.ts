/** Properties of the indexed amounts (SPEC 0) and of the OCMW share (SPEC 1, AANDEEL), through the Excel wrappers. */
import fc from "fast-check";
import Big from "decimal.js";
import * as F from "../../functions/functions";
import { serial } from "../helpers/excel";
import { cents } from "./arbitraries";

const RUNS = { numRuns: 300 };
const VRIJSTELLING = F.vrijstellingFunction as (...args: unknown[]) => number;
const TEKORT = F.tekortFunction as (...args: unknown[]) => number;
const KINDSDEEL = F.kindsdeelFunction as (...args: unknown[]) => number;
const AANDEEL = F.aandeelFunction as (...args: unknown[]) => number;

/** Two dates from the first published value on, the second not before the first. */
const datePair = (from: string) =>
  fc
    .tuple(fc.integer({ min: serial(from), max: serial("2040-12-31") }), fc.integer({ min: 0, max: 6000 }))
    .map(([d, step]) => [d, Math.min(d + step, serial("2040-12-31"))] as const);

test("VRIJSTELLING never decreases as the date advances (any number of persons ten laste)", () => {
  fc.assert(
    fc.property(datePair("2008-09-01"), fc.integer({ min: 0, max: 8 }), ([early, late], n) => {
      expect(VRIJSTELLING(n, late)).toBeGreaterThanOrEqual(VRIJSTELLING(n, early));
    }),
    RUNS,
  );
});

test("the zakgeld in TEKORT never decreases as the date advances", () => {
  fc.assert(
    fc.property(datePair("2016-07-01"), ([early, late]) => {
      // with nothing else in the deficit, TEKORT is the monthly zakgeld itself
      expect(TEKORT(0, 0, 0, 0, null, late)).toBeGreaterThanOrEqual(TEKORT(0, 0, 0, 0, null, early));
    }),
    RUNS,
  );
});

test("an empty date gives the amounts of the last jump, the highest known", () => {
  fc.assert(
    fc.property(fc.integer({ min: serial("2008-09-01"), max: serial("2040-12-31") }), fc.integer({ min: 0, max: 8 }), (d, n) => {
      expect(VRIJSTELLING(n, null)).toBeGreaterThanOrEqual(VRIJSTELLING(n, d));
    }),
    RUNS,
  );
});

test("AANDEEL >= 0 whenever every bijdrage <= the kindsdeel", () => {
  fc.assert(
    fc.property(
      cents(20_000),
      fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }))),
      (tekort, [n, fractions]) => {
        const kd = KINDSDEEL(tekort, n);
        // each contribution somewhere in [0, kindsdeel], in whole cents
        const bijdragen = fractions.map((f) => [new Big(kd).times(f).toDecimalPlaces(2, Big.ROUND_DOWN).toNumber()]);
        const share = AANDEEL(tekort, bijdragen);
        expect(share).toBeGreaterThanOrEqual(0);
        // and it is exactly tekort - the sum
        const sum = bijdragen.reduce((s, [b]) => s.plus(b), new Big(0));
        expect(new Big(share).equals(new Big(tekort).minus(sum))).toBe(true);
      },
    ),
    RUNS,
  );
});
