/** fromNumber is a faster road to the same Decimal that decimal.js builds from a JS number: never another value. */
import fc from "fast-check";
import DecimalJs from "decimal.js";
import { fromNumber } from "../../src/rules/money";

const sameAsDecimalJs = (v: number) => {
  const fast = fromNumber(v);
  const reference = new DecimalJs(v);
  expect(fast.toString()).toBe(reference.toString());
};

describe("fromNumber", () => {
  test("equals new Decimal(v) for amounts with whole cents, around and beyond the fast range", () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e9, max: 2e9 }), (cents) => sameAsDecimalJs(cents / 100)),
      { numRuns: 3000 },
    );
  });

  test("equals new Decimal(v) for any finite double (more decimals, tiny, huge)", () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), sameAsDecimalJs), { numRuns: 3000 });
  });

  test.each([0.1, 0.07, 1.005, 99999.99, 100000, 100000.01, 321.625, 0.125, -0.5, 1e-7, 12345678.9])("%p", (v) =>
    sameAsDecimalJs(v),
  );
});
