/** Date properties: ZORGBUDGET before its start, MEDISCHEKAART against an independent EDATE, valid serial results. */
import fc from "fast-check";
import {
  medischeKaartEindeFunction as EINDE,
  medischeKaartTermijnFunction as TERMIJN,
  zorgbudgetFunction as ZORGBUDGET,
  zorgbudgetStartFunction as START,
} from "../../functions/functions";
import { edateIso, isoOf, serial } from "../helpers/excel";

const anyDateSerial = fc.integer({ min: 61, max: 2_958_465 });
const modernSerial = fc.integer({ min: serial("1990-01-01"), max: serial("2040-12-31") });
const zorgvorm = fc.constantFrom("thuis", "residentieel", "THUIS", "Residentieel");
const katz = fc.constantFrom(null, "O", "A", "B", "C", "Cd", "cd", "D");
const score = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 100 }));

test("ZORGBUDGET is 0 for every maand before ZORGBUDGET.START; from the start on, eligible => > 0", () => {
  fc.assert(
    fc.property(modernSerial, fc.integer({ min: -400, max: 400 }), zorgvorm, katz, score, score, katz, (aanvraag, offset, vorm, k, bel, med, dag) => {
      const start = START(aanvraag);
      const maand = start + offset;
      const amount = ZORGBUDGET(maand, aanvraag, vorm, k, bel, med, dag);
      if (maand < start) expect(amount).toBe(0);
      else if (vorm.toLowerCase() === "residentieel") expect(amount).toBeGreaterThan(0);
    }),
    { numRuns: 300 },
  );
});

test("ZORGBUDGET.START is the first of a month, 4 calendar months after the application's month from 2009 (3 before)", () => {
  fc.assert(
    fc.property(fc.integer({ min: 61, max: serial("9999-08-31") }), (aanvraag) => {
      const iso = isoOf(aanvraag);
      const expected = edateIso(`${iso.slice(0, 8)}01`, iso >= "2009-01-01" ? 4 : 3);
      expect(isoOf(START(aanvraag))).toBe(expected);
    }),
    { numRuns: 300 },
  );
});

test("MEDISCHEKAART.EINDE = EDATE(start; maanden) - 1 < EDATE(start; 3), and not before the start", () => {
  fc.assert(
    fc.property(fc.integer({ min: 61, max: serial("9999-09-30") }), fc.constantFrom(1, 2, 3, null, undefined), (start, m) => {
      const einde = EINDE(start, m);
      const months = m ?? 3;
      expect(einde).toBe(serial(edateIso(isoOf(start), months)) - 1);
      expect(einde).toBeLessThan(serial(edateIso(isoOf(start), 3)));
      expect(einde).toBeGreaterThanOrEqual(start + 27); // at least a month minus a day: 28 - 1
    }),
    { numRuns: 500 },
  );
});

test("MEDISCHEKAART.TERMIJN = prestatiedatum + 30", () => {
  fc.assert(
    fc.property(fc.integer({ min: 61, max: 2_958_465 - 30 }), (p) => {
      expect(TERMIJN(p)).toBe(p + 30);
    }),
    { numRuns: 300 },
  );
});

/** Valid Excel date results: whole serials 1..2958465, never the phantom 60. */
function validSerial(s: unknown): boolean {
  return typeof s === "number" && Number.isInteger(s) && s >= 1 && s <= 2_958_465 && s !== 60;
}
const throwsExcelError = (fn: () => unknown) => {
  try {
    return { value: fn() };
  } catch (e) {
    expect(e).toBeInstanceOf((globalThis as any).CustomFunctions.Error);
    return { error: e };
  }
};

test("every date result is a valid Excel date serial (or an Excel error), over the whole date range", () => {
  fc.assert(
    fc.property(anyDateSerial, fc.constantFrom(1, 2, 3), (d, m) => {
      for (const r of [throwsExcelError(() => START(d)), throwsExcelError(() => EINDE(d, m)), throwsExcelError(() => TERMIJN(d))]) {
        if ("value" in r) expect(validSerial(r.value)).toBe(true);
      }
    }),
    { numRuns: 300, examples: [[serial("9999-12-31"), 3], [serial("9999-10-01"), 3], [serial("9999-12-02"), 1]] },
  );
});
