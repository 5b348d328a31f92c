/**
 * Issue 12, item 2: the batch and the value-only functions call the rules' computing layer on checked values (no steps); the functions and the task
 * pane call the traced rule. Both must give the same published figure, notices included, for every input.
 */
import fc from "fast-check";
import { Decimal } from "decimal.js";
import { serialToDay } from "../../src/rules/excelDate";
import { withLanguage } from "../../src/rules/language";
import { bijdrage, bijdrageZonderUitleg, vrijstelling, vrijstellingsgrens } from "../../src/rules/onderhoudsplicht";
import { aandeel, aandeelBedrag } from "../../src/rules/wzc";
import { remgeld, remgeldBedrag } from "../../src/rules/remgeld";
import { cents, dateSince2009, income, monotoneScale, notACount, notAnAmount, omitted } from "./arbitraries";

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

test("remgeldBedrag (REMGELD's figure) = the traced remgeld's value, and the same refusal, for every stay", () => {
  const flag = fc.oneof(omitted, fc.boolean());
  fc.assert(
    fc.property(
      fc.constantFrom("VT", "KIND", "WERKLOOS", "PTL", "ANDER", "kind ", "X"),
      fc.integer({ min: 0, max: 2_500 }),
      fc.integer({ min: -1, max: 400 }),
      flag,
      fc.oneof(omitted, fc.constantFrom("A", "T", "B")),
      flag,
      flag,
      fc.oneof(omitted, dateSince2009, fc.constant(10)),
      fc.oneof(omitted, fc.constantFrom("algemeen", "psychiatrisch")),
      (categorie, eersteDag, extra, metPersonenTenLaste, dienst, eenpersoonskamer, overgeplaatst, opnamedatum, ziekenhuis) => {
        const input = { categorie, eersteDag, laatsteDag: eersteDag + extra, metPersonenTenLaste, dienst, eenpersoonskamer, overgeplaatst, opnamedatum, ziekenhuis };
        let traced: Decimal | Error;
        try {
          traced = remgeld(input).value;
        } catch (error) {
          traced = error as Error;
        }
        if (traced instanceof Error) expect(() => remgeldBedrag(input)).toThrow(traced.message);
        else expect(remgeldBedrag(input).equals(traced)).toBe(true);
      },
    ),
    RUNS,
  );
});

test("bijdrageZonderUitleg (BIJDRAGE's cell, the batch) = bijdrage (BIJDRAGE.UITLEG, the pane): figure, method, notices, refusal", () => {
  fc.assert(
    fc.property(
      fc.oneof(income, notAnAmount),
      fc.oneof(omitted, income),
      fc.oneof(fc.integer({ min: 0, max: 8 }), notACount),
      cents(2_000),
      fc.oneof(omitted, dateSince2009, fc.constant(1_000)),
      fc.oneof(omitted, monotoneScale),
      fc.oneof(omitted, cents(5_000)),
      fc.constantFrom("nl" as const, "fr" as const),
      (inkomen, partnerInkomen, personenTenLaste, kindsdeel, datum, schaal, kadastraalInkomen, taal) => {
        const input = { inkomen, partnerInkomen, personenTenLaste, kindsdeel, datum, schaal, kadastraalInkomen };
        withLanguage(taal, () => {
          let traced: ReturnType<typeof bijdrage> | Error;
          try {
            traced = bijdrage(input);
          } catch (error) {
            traced = error as Error;
          }
          if (traced instanceof Error) {
            expect(() => bijdrageZonderUitleg(input)).toThrow(traced.message);
            return;
          }
          const plain = bijdrageZonderUitleg(input);
          expect(plain.value.equals(traced.value)).toBe(true);
          expect(plain.method).toBe(traced.method);
          expect(plain.gezinsinkomen.equals(traced.gezinsinkomen)).toBe(true);
          expect(plain.notices ?? []).toEqual(traced.notices ?? []);
          expect(plain.steps).toEqual([]);
          expect(traced.steps.length).toBeGreaterThan(3);
        });
      },
    ),
    RUNS,
  );
});
