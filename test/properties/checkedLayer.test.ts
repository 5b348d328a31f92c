/**
 * Issue 12, item 2: the batch calls the rules' computing layer on checked values (no steps); the functions and the task
 * pane call the traced rule. Both must give the same published figure, notices included, for every input.
 */
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { serialToDay } from "../../src/rules/excelDate";
import { withLanguage } from "../../src/rules/language";
import { vrijstelling, vrijstellingsgrens } from "../../src/rules/onderhoudsplicht";
import { aandeel, aandeelBedrag } from "../../src/rules/wzc";
import { cents, dateSince2009, omitted } from "./arbitraries";

const RUNS = { numRuns: 300 };

test("vrijstellingsgrens (batch) = VRIJSTELLING (functions, pane): the same cents and the same notices, in both languages", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 80 }), fc.oneof(dateSince2009, omitted), fc.constantFrom("nl" as const, "fr" as const), (n, datum, taal) => {
      withLanguage(taal, () => {
        const traced = vrijstelling(n, datum);
        const checked = vrijstellingsgrens(n, typeof datum === "number" ? serialToDay(datum) : undefined);
        expect(checked.value.equals(traced.value)).toBe(true);
        expect(checked.number).toBe(traced.value.toNumber());
        expect(checked.notices ?? []).toEqual(traced.notices ?? []);
      });
    }),
    RUNS,
  );
});

test("aandeelBedrag (batch summary) = the last step of OCMW.AANDEEL's rule, and refuses what the rule refuses", () => {
  fc.assert(
    fc.property(cents(20_000), fc.array(cents(5_000), { minLength: 1, maxLength: 6 }), (tekort, bijdragen) => {
      const totaal = bijdragen.reduce((s, b) => s.plus(b), new Decimal(0));
      const t = new Decimal(tekort);
      let traced: Decimal | Error;
      try {
        traced = aandeel(tekort, bijdragen.map((b) => [b])).value;
      } catch (error) {
        traced = error as Error;
      }
      if (traced instanceof Error) expect(() => aandeelBedrag(t, totaal)).toThrow(traced.message);
      else expect(aandeelBedrag(t, totaal).equals(traced)).toBe(true);
    }),
    RUNS,
  );
});
