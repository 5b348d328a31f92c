/**
 * Issue 7: the batch and the task pane show the same Aandeel OCMW for the same dossier. One test drives both faces
 * with the same dossier: the pane's model (what the Resultaat shows) and the batch's recalculation of a dossier list
 * (what the Samenvatting shows). Both must give the figure of the one definition, OCMW.AANDEEL.
 */
import fc from "fast-check";
import { recalculateList } from "../../src/dossiers";
import { aandeel, dec, type Decimal } from "../../src/rules";
import { emptyChild, emptyForm, evaluate, type DossierForm } from "../../src/taskpane/model";

const HEADER = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Ligdagprijs", "Dagen", "Bijkomende kosten", "Inkomsten", "Zakgeld", "Datum"];
/** 01/03/2024 as an Excel serial (45352, SPEC 0) */
const DATUM_SERIAL = 45352;

interface Dossier {
  ligdagprijs: Decimal;
  dagen: number;
  kosten: Decimal;
  inkomsten: Decimal;
  zakgeld: Decimal;
  kinderen: { inkomen: number; ptl: number }[];
}

/** Belgian number text as a social worker types it: "1234,56". */
const text = (d: Decimal | number) => dec(d).toFixed(2).replace(".", ",");

function paneShare(d: Dossier): Decimal {
  const form: DossierForm = {
    ...emptyForm(new Date(Date.UTC(2024, 2, 1))),
    dossier: "D1",
    datum: "01/03/2024",
    ligdagprijs: text(d.ligdagprijs),
    dagen: String(d.dagen),
    inkomsten: text(d.inkomsten),
    zakgeld: text(d.zakgeld),
    kosten: [{ id: "k1", omschrijving: "Medicatie", bedrag: text(d.kosten) }],
    kinderen: d.kinderen.map((k, i) => ({ ...emptyChild(), naam: `Kind ${i + 1}`, inkomen: String(k.inkomen), personenTenLaste: String(k.ptl) })),
  };
  const e = evaluate(form);
  expect(e.complete).toBe(true);
  return e.aandeel!.value;
}

function batchShare(d: Dossier): number {
  const rows = d.kinderen.map((k, i) => [
    "D1",
    `Kind ${i + 1}`,
    k.inkomen,
    null,
    k.ptl,
    d.ligdagprijs.toNumber(),
    d.dagen,
    d.kosten.toNumber(),
    d.inkomsten.toNumber(),
    d.zakgeld.toNumber(),
    DATUM_SERIAL,
  ]);
  const r = recalculateList([HEADER, ...rows]);
  expect(r.summaries).toHaveLength(1);
  expect(r.summaries[0].status).toBe("OK");
  return r.summaries[0].aandeelOcmw!;
}

test("hand-worked: 60 x 30 + 150 + 93,25 - 1 400 = 643,25 for 3 well-off children: 3 x 214,41 = 643,23, the OCMW keeps 0,02", () => {
  const d: Dossier = {
    ligdagprijs: dec(60),
    dagen: 30,
    kosten: dec(150),
    inkomsten: dec(1400),
    zakgeld: dec("93.25"),
    kinderen: [
      { inkomen: 100000, ptl: 0 },
      { inkomen: 90000, ptl: 1 },
      { inkomen: 80000, ptl: 2 },
    ],
  };
  // kindsdeel = floor(643,25 / 3 = 214,4166..) = 214,41; each child pays it all (incomes far above the threshold)
  expect(paneShare(d).toFixed(2)).toBe("0.02");
  expect(batchShare(d)).toBe(0.02);
  expect(aandeel(643.25, [[214.41], [214.41], [214.41]]).value.toFixed(2)).toBe("0.02");
});

test("property: for any dossier the pane's Aandeel OCMW equals the batch's", () => {
  const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => dec(c).dividedBy(100));
  fc.assert(
    fc.property(
      fc.record({
        ligdagprijs: cents(150),
        dagen: fc.integer({ min: 0, max: 31 }),
        kosten: cents(500),
        inkomsten: cents(3000),
        zakgeld: cents(200),
        kinderen: fc.array(fc.record({ inkomen: fc.integer({ min: 0, max: 120000 }), ptl: fc.integer({ min: 0, max: 5 }) }), { minLength: 1, maxLength: 6 }),
      }),
      (d) => {
        expect(batchShare(d)).toBe(paneShare(d).toNumber());
      },
    ),
    { numRuns: 150 },
  );
});
