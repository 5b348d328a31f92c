/**
 * Published amounts have at most 2 decimals; bad input always gives a CustomFunctions.Error with #VALUE! or #N/A and
 * never another exception; arbitrary Excel values never crash a function.
 */
import fc from "fast-check";
import Big from "decimal.js";
import * as Functions from "../../functions/functions";
import { serial } from "../helpers/excel";
import {
  cents,
  dateSince2009,
  excelValue,
  income,
  nonBlankText,
  notACount,
  notADate,
  notAnAmount,
  omitted,
} from "./arbitraries";

/** The wrappers as Excel calls them: any value, null for omitted arguments. */
const F = Functions as unknown as Record<keyof typeof Functions, (...args: unknown[]) => any>;

const CFError = () => (globalThis as any).CustomFunctions.Error;

function twoDecimals(x: unknown): void {
  expect(typeof x).toBe("number");
  expect(Number.isFinite(x)).toBe(true);
  expect(new Big(x as number).decimalPlaces()).toBeLessThanOrEqual(2);
}

/** An amount with up to 4 decimals: integer / 10^k. */
const anyDecimals = (maxEuro: number) =>
  fc.tuple(fc.integer({ min: 0, max: maxEuro * 10_000 }), fc.constantFrom(1, 10, 100, 1000, 10_000)).map(([n, k]) => n / k);

describe("every published amount has at most 2 decimals", () => {
  test("TEKORT, KINDSDEEL", () => {
    fc.assert(
      fc.property(
        anyDecimals(300),
        fc.integer({ min: 0, max: 31 }),
        fc.array(fc.array(fc.oneof(anyDecimals(500), fc.constant(null)), { minLength: 1, maxLength: 2 }), { maxLength: 4 }),
        anyDecimals(5000),
        fc.oneof(omitted, anyDecimals(200)),
        fc.integer({ min: 1, max: 12 }),
        (prijs, dagen, kosten, inkomsten, zakgeld, kinderen) => {
          const t = F.tekortFunction(prijs, dagen, kosten, inkomsten, zakgeld, null);
          twoDecimals(t);
          twoDecimals(F.kindsdeelFunction(t, kinderen));
          twoDecimals(F.kindsdeelFunction(prijs, kinderen));
        },
      ),
      { numRuns: 300 },
    );
  });
  test("VRIJSTELLING, BIJDRAGE (approximation), BIJDRAGE.UITLEG's last row", () => {
    fc.assert(
      fc.property(
        fc.oneof(income, anyDecimals(80_000)),
        fc.oneof(omitted, anyDecimals(50_000)),
        fc.integer({ min: 0, max: 12 }),
        fc.oneof(cents(3000), anyDecimals(3000)),
        fc.oneof(omitted, dateSince2009),
        fc.oneof(omitted, anyDecimals(6000)),
        (ink, p, n, kd, d, ki) => {
          twoDecimals(F.vrijstellingFunction(n, d));
          const b = F.bijdrageFunction(ink, p, n, kd, d, null, ki);
          twoDecimals(b);
          const rows = F.bijdrageUitlegFunction(ink, p, n, kd, d, null, ki);
          expect(rows[rows.length - 1][1]).toBe(b);
        },
      ),
      { numRuns: 300 },
    );
  });
  test("BIJDRAGE with a scale whose amounts have any decimals", () => {
    fc.assert(
      fc.property(anyDecimals(2000), anyDecimals(3000), fc.integer({ min: 0, max: 60_000 }), (maandbedrag, kd, ink) => {
        // one row from 0 that covers every income tried (a row of only zeros would be an empty row as Excel for Windows passes it)
        twoDecimals(F.bijdrageFunction(ink, null, 0, kd, null, [[0, 0, 100_000, maandbedrag]], null));
      }),
      { numRuns: 200 },
    );
  });
  test("ZORGBUDGET, REMGELD", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: serial("1990-01-01"), max: serial("2040-12-31") }),
        fc.integer({ min: serial("1990-01-01"), max: serial("2040-12-31") }),
        fc.constantFrom("thuis", "residentieel"),
        fc.constantFrom("VT", "KIND", "WERKLOOS", "PTL", "ANDER"),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(null, "A", "T"),
        fc.boolean(),
        (maand, aanvraag, vorm, cat, eerste, len, dienst, kamer) => {
          twoDecimals(F.zorgbudgetFunction(maand, aanvraag, vorm, "D", null, null, null));
          twoDecimals(F.remgeldFunction(cat, eerste, eerste + len, kamer, dienst, kamer, !kamer));
        },
      ),
      { numRuns: 300 },
    );
  });
});

type Fn = (...args: any[]) => unknown;
interface Slot {
  /** a valid call */
  valid: unknown[];
  /** position of the argument to break */
  at: number;
  /** the argument's name, as the message must say it */
  name: string;
  bad: fc.Arbitrary<unknown>;
}
const d = serial("2024-03-01");
const TEKORT = [60.5, 30, [[150], [20.5]], 1500, null, null];
const BIJ = [31723, null, 2, 500, serial("2009-03-25"), null, null];
const ZB = [serial("2024-05-15"), serial("2024-01-10"), "thuis", "B", null, null, null];
const REM = ["ANDER", 1, 30, null, "A", true, false];

const SLOTS: [string, Fn, Slot[]][] = [
  [
    "TEKORT",
    F.tekortFunction,
    [
      { valid: TEKORT, at: 0, name: "ligdagprijs", bad: fc.oneof(notAnAmount, fc.constant(null)) },
      { valid: TEKORT, at: 1, name: "dagen", bad: fc.oneof(notACount, fc.integer({ min: 32, max: 10_000 })) },
      { valid: TEKORT, at: 2, name: "bijkomende_kosten", bad: fc.oneof(notAnAmount.filter((v) => !(typeof v === "string" && v.trim() === "")), notAnAmount.filter((v) => !(typeof v === "string" && v.trim() === "")).map((v) => [[10], [v]])) },
      { valid: TEKORT, at: 3, name: "inkomsten", bad: notAnAmount },
      { valid: TEKORT, at: 4, name: "zakgeld", bad: fc.oneof(notAnAmount.filter((v) => !(typeof v === "string" && v.trim() === "")), nonBlankText) },
      { valid: TEKORT, at: 5, name: "datum", bad: notADate.filter((v) => !(typeof v === "string" && v.trim() === "")) },
    ],
  ],
  [
    "KINDSDEEL",
    F.kindsdeelFunction,
    [
      { valid: [100, 3], at: 0, name: "tekort", bad: notAnAmount },
      { valid: [100, 3], at: 1, name: "aantal_kinderen", bad: fc.oneof(notACount, fc.constant(0)) },
    ],
  ],
  [
    "VRIJSTELLING",
    F.vrijstellingFunction,
    [
      { valid: [2, d], at: 0, name: "personen_ten_laste", bad: notACount },
      { valid: [2, d], at: 1, name: "datum", bad: notADate.filter((v) => !(typeof v === "string" && v.trim() === "")) },
    ],
  ],
  ...(["BIJDRAGE", "BIJDRAGE.UITLEG"] as const).map(
    (id) =>
      [
        id,
        id === "BIJDRAGE" ? F.bijdrageFunction : F.bijdrageUitlegFunction,
        [
          { valid: BIJ, at: 0, name: "inkomen", bad: notAnAmount },
          { valid: BIJ, at: 1, name: "partner_inkomen", bad: notAnAmount.filter((v) => !(typeof v === "string" && v.trim() === "")) },
          { valid: BIJ, at: 2, name: "personen_ten_laste", bad: notACount },
          { valid: BIJ, at: 3, name: "kindsdeel", bad: notAnAmount },
          { valid: BIJ, at: 4, name: "datum", bad: notADate.filter((v) => !(typeof v === "string" && v.trim() === "")) },
          { valid: BIJ, at: 5, name: "schaal", bad: fc.oneof(nonBlankText, fc.integer({ min: 1, max: 99 }), fc.constant([[null, null, null, null]]), fc.constant([[0, 1, 2]])) },
          { valid: BIJ, at: 6, name: "kadastraal_inkomen", bad: notAnAmount.filter((v) => !(typeof v === "string" && v.trim() === "")) },
        ],
      ] as [string, Fn, Slot[]],
  ),
  [
    "ZORGBUDGET",
    F.zorgbudgetFunction,
    [
      { valid: ZB, at: 0, name: "maand", bad: notADate },
      { valid: ZB, at: 1, name: "aanvraagdatum", bad: notADate },
      { valid: ZB, at: 2, name: "zorgvorm", bad: fc.oneof(fc.string().filter((s) => !["thuis", "residentieel"].includes(s.trim().toLowerCase())), fc.boolean(), fc.integer()) },
      { valid: ZB, at: 3, name: "katz", bad: fc.oneof(nonBlankText.filter((s) => !["O", "A", "B", "C", "CD", "D"].includes(s.trim().toUpperCase())), fc.boolean(), fc.integer()) },
      { valid: ZB, at: 4, name: "bel", bad: notAnAmount.filter((v) => !(typeof v === "string" && v.trim() === "")) },
      { valid: ZB, at: 5, name: "medisch", bad: notAnAmount.filter((v) => !(typeof v === "string" && v.trim() === "")) },
    ],
  ],
  ["ZORGBUDGET.START", F.zorgbudgetStartFunction, [{ valid: [d], at: 0, name: "aanvraagdatum", bad: notADate }]],
  [
    "REMGELD",
    F.remgeldFunction,
    [
      { valid: REM, at: 0, name: "categorie", bad: fc.oneof(fc.string().filter((s) => !["VT", "KIND", "WERKLOOS", "PTL", "ANDER"].includes(s.trim().toUpperCase())), fc.boolean(), fc.double()) },
      { valid: REM, at: 1, name: "eerste_dag", bad: fc.oneof(notACount, fc.constant(0)) },
      { valid: REM, at: 2, name: "laatste_dag", bad: fc.oneof(notACount, fc.constant(0)) },
      { valid: REM, at: 3, name: "met_personen_ten_laste", bad: fc.oneof(fc.integer({ min: 2 }), fc.integer({ max: -1 }), fc.constantFrom("misschien", "x", NaN)) },
      { valid: REM, at: 4, name: "dienst", bad: fc.oneof(nonBlankText.filter((s) => !["A", "T"].includes(s.trim().toUpperCase())), fc.boolean(), fc.integer()) },
    ],
  ],
  [
    "MEDISCHEKAART.EINDE",
    F.medischeKaartEindeFunction,
    [
      { valid: [d, 3], at: 0, name: "startdatum", bad: notADate },
      { valid: [d, 3], at: 1, name: "maanden", bad: fc.oneof(notACount.filter((v) => !(typeof v === "string" && v.trim() === "")), fc.constantFrom(0, 4, 12)) },
    ],
  ],
  ["MEDISCHEKAART.TERMIJN", F.medischeKaartTermijnFunction, [{ valid: [d], at: 0, name: "prestatiedatum", bad: notADate }]],
];

describe.each(SLOTS)("bad input to %s", (_id, fn, slots) => {
  test.each(slots.map((s) => [s.name, s] as [string, Slot]))("%s: always a CustomFunctions.Error #VALUE! naming it", (_name, slot) => {
    expect(() => fn(...slot.valid)).not.toThrow();
    fc.assert(
      fc.property(slot.bad, (bad) => {
        const args = [...slot.valid];
        args[slot.at] = bad;
        let error: any;
        try {
          fn(...args);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(CFError());
        expect(error.code).toBe("#VALUE!");
        expect(error.message).toContain(slot.name);
      }),
      { numRuns: 60 },
    );
  });
});

const ALL: [string, Fn, number][] = [
  ["TEKORT", F.tekortFunction, 6],
  ["KINDSDEEL", F.kindsdeelFunction, 2],
  ["VRIJSTELLING", F.vrijstellingFunction, 2],
  ["BIJDRAGE", F.bijdrageFunction, 7],
  ["BIJDRAGE.UITLEG", F.bijdrageUitlegFunction, 7],
  ["AANDEEL", F.aandeelFunction, 2],
  ["ZORGBUDGET", F.zorgbudgetFunction, 10],
  ["ZORGBUDGET.START", F.zorgbudgetStartFunction, 1],
  ["ZORGBUDGET.BESLISTERMIJN", F.zorgbudgetBeslistermijnFunction, 1],
  ["REMGELD", F.remgeldFunction, 9],
  ["REMGELD.OPNAMES", F.remgeldOpnamesFunction, 6],
  ["REMGELD.OPNAMES.UITLEG", F.remgeldOpnamesUitlegFunction, 6],
  ["VERLOFDAGEN", F.verlofdagenFunction, 3],
  ["MEDISCHEKAART.EINDE", F.medischeKaartEindeFunction, 2],
  ["MEDISCHEKAART.TERMIJN", F.medischeKaartTermijnFunction, 1],
];
test.each(ALL)("%s with arbitrary Excel values: a finite result or a CustomFunctions.Error #VALUE!/#N/A, nothing else", (id, fn, arity) => {
  fc.assert(
    fc.property(fc.array(excelValue, { minLength: arity, maxLength: arity }), (args) => {
      let result: unknown;
      try {
        result = fn(...args);
      } catch (e: any) {
        expect(e).toBeInstanceOf(CFError());
        expect(["#VALUE!", "#N/A"]).toContain(e.code);
        expect(e.message).not.toMatch(/^Onverwachte fout/);
        return;
      }
      if (id.endsWith(".UITLEG")) {
        expect(Array.isArray(result)).toBe(true);
        for (const row of result as unknown[][]) expect(row).toHaveLength(2);
      } else {
        expect(typeof result).toBe("number");
        expect(Number.isFinite(result)).toBe(true);
      }
    }),
    { numRuns: 150 },
  );
});
