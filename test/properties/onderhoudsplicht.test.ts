/** Properties of KINDSDEEL and BIJDRAGE, through the Excel wrappers. */
import fc from "fast-check";
import Big from "decimal.js";
import * as F from "../../functions/functions";
import { cents, dateSince2009, income, monotoneScale, omitted } from "./arbitraries";

const RUNS = { numRuns: 300 };
/** Called as Excel calls them: null for omitted arguments. */
const BIJDRAGE = F.bijdrageFunction as (...args: unknown[]) => number;
const KINDSDEEL = F.kindsdeelFunction as (...args: unknown[]) => number;

test("KINDSDEEL x aantal never exceeds the deficit and is less than aantal cents below it", () => {
  fc.assert(
    fc.property(
      fc.oneof(cents(100_000), fc.integer({ min: 0, max: 100_000_000 }).map((m) => m / 1000)),
      fc.integer({ min: 1, max: 25 }),
      (tekort, aantal) => {
        const kd = KINDSDEEL(tekort, aantal);
        const diff = new Big(tekort).minus(new Big(kd).times(aantal));
        expect(diff.gte(0)).toBe(true);
        expect(diff.lt(new Big("0.01").times(aantal))).toBe(true);
        expect(new Big(kd).decimalPlaces()).toBeLessThanOrEqual(2);
      },
    ),
    RUNS,
  );
});

const optionalDate = fc.oneof(dateSince2009, omitted);
const optionalKi = fc.oneof(omitted, cents(5_000));
const partner = fc.oneof(omitted, income);
const ptl = fc.integer({ min: 0, max: 8 });

describe("BIJDRAGE, built-in approximation", () => {
  test("within [0, kindsdeel]", () => {
    fc.assert(
      fc.property(income, partner, ptl, cents(5_000), optionalDate, optionalKi, (ink, p, n, kd, d, ki) => {
        const b = BIJDRAGE(ink, p, n, kd, d, null, ki);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(kd);
      }),
      RUNS,
    );
  });
  test("never decreases when income rises", () => {
    fc.assert(
      fc.property(income, cents(50_000), partner, ptl, cents(5_000), optionalDate, optionalKi, (ink, extra, p, n, kd, d, ki) => {
        expect(BIJDRAGE(ink + extra, p, n, kd, d, null, ki)).toBeGreaterThanOrEqual(BIJDRAGE(ink, p, n, kd, d, null, ki));
      }),
      RUNS,
    );
  });
  test("never decreases when the partner's or the cadastral income rises", () => {
    fc.assert(
      fc.property(income, income, cents(20_000), ptl, cents(5_000), optionalDate, cents(5_000), (ink, p, extra, n, kd, d, ki) => {
        expect(BIJDRAGE(ink, p + extra, n, kd, d, null, ki)).toBeGreaterThanOrEqual(BIJDRAGE(ink, p, n, kd, d, null, ki));
        expect(BIJDRAGE(ink, p, n, kd, d, null, ki + extra)).toBeGreaterThanOrEqual(BIJDRAGE(ink, p, n, kd, d, null, ki));
      }),
      RUNS,
    );
  });
  test("never increases when dependants rise", () => {
    fc.assert(
      fc.property(income, partner, ptl, fc.integer({ min: 1, max: 5 }), cents(5_000), optionalDate, optionalKi, (ink, p, n, more, kd, d, ki) => {
        expect(BIJDRAGE(ink, p, n + more, kd, d, null, ki)).toBeLessThanOrEqual(BIJDRAGE(ink, p, n, kd, d, null, ki));
      }),
      RUNS,
    );
  });
  test("never increases with a lower kindsdeel", () => {
    fc.assert(
      fc.property(income, ptl, cents(5_000), cents(1_000), optionalDate, (ink, n, kd, less, d) => {
        const lower = Math.max(0, Math.round((kd - less) * 100) / 100);
        expect(BIJDRAGE(ink, null, n, lower, d, null, null)).toBeLessThanOrEqual(BIJDRAGE(ink, null, n, kd, d, null, null));
      }),
      RUNS,
    );
  });
});

describe("BIJDRAGE with a generated valid, monotone scale table", () => {
  const scaleIncome = fc.integer({ min: 0, max: 120_000 });
  test("within [0, kindsdeel]", () => {
    fc.assert(
      fc.property(monotoneScale, scaleIncome, ptl, cents(2_000), (schaal, ink, n, kd) => {
        const b = BIJDRAGE(ink, null, n, kd, null, schaal, null);
        expect(b).toBeGreaterThanOrEqual(0);
        expect(b).toBeLessThanOrEqual(kd);
      }),
      RUNS,
    );
  });
  test("never decreases when income rises", () => {
    fc.assert(
      fc.property(monotoneScale, scaleIncome, fc.integer({ min: 0, max: 50_000 }), partner, ptl, cents(2_000), (schaal, ink, extra, p, n, kd) => {
        expect(BIJDRAGE(ink + extra, p, n, kd, null, schaal, null)).toBeGreaterThanOrEqual(BIJDRAGE(ink, p, n, kd, null, schaal, null));
      }),
      RUNS,
    );
  });
  test("never increases when dependants rise", () => {
    fc.assert(
      fc.property(monotoneScale, scaleIncome, ptl, fc.integer({ min: 1, max: 6 }), cents(2_000), (schaal, ink, n, more, kd) => {
        expect(BIJDRAGE(ink, null, n + more, kd, null, schaal, null)).toBeLessThanOrEqual(BIJDRAGE(ink, null, n, kd, null, schaal, null));
      }),
      RUNS,
    );
  });
});
