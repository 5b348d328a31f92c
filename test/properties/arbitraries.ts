/** Shared fast-check generators for the property tests. */
import fc from "fast-check";
import { serial } from "../helpers/excel";

/** A euro amount in whole cents, 0 .. max euro. */
export const cents = (max = 1_000_000) => fc.integer({ min: 0, max: max * 100 }).map((c) => c / 100);

/** A yearly income, biased to the band where the vrijstelling thresholds lie. */
export const income = fc.oneof(cents(200_000), fc.integer({ min: 15_000, max: 60_000 }), cents(100));

/** A date serial from the first vrijstelling (2009-03-01) to 2035. */
export const dateSince2009 = fc.integer({ min: serial("2009-03-01"), max: serial("2035-12-31") });

/** An optional argument left empty the ways Excel leaves it. */
export const omitted = fc.constantFrom(null, undefined);

/** A scale row: personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag. */
export type ScaleRow = [number, number, number | null, number];

/**
 * A valid, monotone official scale: group 0 always present; within a group the amounts do not decrease with income;
 * a group with more dependants has its bands shifted up and its amounts lowered, so at any income it asks no more.
 */
export const monotoneScale = fc
  .record({
    groups: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }).map((g) => [0, ...g.sort((a, b) => a - b)]),
    start: fc.integer({ min: 0, max: 30_000 }),
    widths: fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 0, maxLength: 5 }),
    steps: fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 6, maxLength: 6 }),
    shift: fc.integer({ min: 0, max: 5_000 }),
    lower: fc.integer({ min: 0, max: 3_000 }),
    header: fc.boolean(),
  })
  .map(({ groups, start, widths, steps, shift, lower, header }) => {
    const bounds = [start];
    for (const w of widths) bounds.push(bounds[bounds.length - 1] + w);
    // non-decreasing amounts in cents
    const amounts: number[] = [];
    let a = steps[0];
    for (let i = 0; i < bounds.length; i++) {
      amounts.push(a);
      a += steps[i + 1] ?? 0;
    }
    const rows: ScaleRow[] = [];
    groups.forEach((g, rank) => {
      bounds.forEach((van, i) => {
        const tot = i + 1 < bounds.length ? bounds[i + 1] + rank * shift : null;
        rows.push([g, van + rank * shift, tot, Math.max(0, amounts[i] - rank * lower) / 100]);
      });
    });
    const table: unknown[][] = header ? [["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"], ...rows] : rows;
    return table;
  });

/**
 * Values Excel may hand over for one argument: numbers, text, booleans, empty, a range. Numbers stay within
 * +-1e15 (Excel's 15 significant digits); overflow to Infinity is tested separately, deterministically.
 */
const scalar = fc.oneof(
  fc.double({ min: -1e15, max: 1e15 }),
  fc.constantFrom(NaN, Infinity, -Infinity),
  fc.integer({ min: -1000, max: 3_000_000 }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("thuis", "residentieel", "ANDER", "VT", "A", "T", "B", "Cd", "WAAR", "ONWAAR", "", " ", "1", "0"),
  fc.boolean(),
  fc.constant(null),
);
export const excelValue = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { minLength: 1, maxLength: 4 }), { maxLength: 4 }) },
);

/** Certainly not an amount: text (any), a boolean, a negative number, NaN or an infinity. */
export const notAnAmount = fc.oneof(
  fc.string(),
  fc.boolean(),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
  fc.integer({ min: -1_000_000, max: -1 }),
  fc.constantFrom(NaN, Infinity, -Infinity),
);
/** Certainly not a count >= 0: the above or a non-integer. */
export const notACount = fc.oneof(
  notAnAmount,
  fc.double({ min: 0, max: 1000, noNaN: true }).filter((x) => !Number.isInteger(x)),
);
/** Certainly not a valid date: the above, 0, 60, or after 9999-12-31. */
export const notADate = fc.oneof(notAnAmount, fc.constantFrom(0, 60, 60.5, 0.5, 2_958_466, 1e12));
/** For an optional argument: text that is not blank (blank text counts as empty). */
export const nonBlankText = fc.string({ minLength: 1 }).filter((s) => s.trim() !== "");
