/**
 * Equity decisions in the dossier list (issue 8 item 4, seed 004): optional columns Billijkheid and Reden. A decided
 * amount replaces the computed Bijdrage (0 .. kindsdeel, with a reason), Status says `OK (billijkheid)`, and it
 * counts in the OCMW share. Hand-worked: Tekort 900 for 3 children -> kindsdeel 300.
 */
import { recalculateList, summaryMatrix } from "../../src/dossiers";
import { withLanguage } from "../../src/rules";
import { runExcelBatch } from "../../src/workbook/batchExcel";
import { FakeExcel, type Cell } from "../../src/workbook/excelFake";

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Billijkheid", "Reden"];

/** a: high income (computed bijdrage capped at 300) but a decision of 50; b: high income, 300; c: no income, 0 */
const dossier = (billijkheid: Cell, reden: Cell): Cell[][] => [
  H,
  ["D", "a", 200000, null, 0, 900, billijkheid, reden],
  ["D", "b", 200000, null, 0, null, null, null],
  ["D", "c", 0, null, 0, null, null, null],
];

test("a decided amount replaces the computed one, is marked in Status and counts in the OCMW share", () => {
  const r = recalculateList(dossier(50, "ernstige ziekte"));
  // Kindsdeel, Bijdrage, Status (the Vrijstelling depends on the date's threshold, not on the decision)
  expect(r.outputs.map((o) => [o[0], o[2], o[3]])).toEqual([
    [300, 50, "OK (billijkheid)"],
    [300, 300, "OK"],
    [300, 0, "OK"],
  ]);
  expect(r.counts).toMatchObject({ rows: 3, ok: 3, errors: 0 });
  // 50 + 300 + 0 = 350 recovered; 900 - 350 = 550 for the OCMW
  expect(r.summaries[0]).toMatchObject({ somBijdragen: 350, aandeelOcmw: 550, status: "OK" });
  expect(summaryMatrix(r)[1]).toEqual(["D", 900, 3, 300, 350, 550, 3, 0, "OK"]);
});

test("0 is a decision too (no contribution), not an empty cell", () => {
  const r = recalculateList(dossier(0, "geen middelen"));
  expect(r.outputs[0].slice(2)).toEqual([0, "OK (billijkheid)"]);
  expect(r.summaries[0]).toMatchObject({ somBijdragen: 300, aandeelOcmw: 600 });
});

test.each([
  [400, "reden", /^Billijkheid: het beslist bedrag \(400,00\) mag niet hoger zijn dan het kindsdeel \(300,00\)\.$/],
  ["veel", "reden", /^Billijkheid: verwacht een bedrag in euro \(een getal, 0 of meer\), maar kreeg de tekst "veel"\.$/],
  [-5, "reden", /^Billijkheid: mag niet negatief zijn \(kreeg -5\)/],
  [50, null, /^Reden: ontbreekt: een bijdrage om redenen van billijkheid vraagt de motivering van de beslissing\.$/],
  [50, "  ", /^Reden: ontbreekt/],
])("Billijkheid %p with reason %p: that row's Dutch error, no share for the dossier", (amount, reason, message) => {
  const r = recalculateList(dossier(amount, reason));
  expect(r.outputs[0][3]).toMatch(message);
  expect(r.outputs[0][2]).toBe("");
  expect(r.outputs[1][3]).toBe("OK");
  expect(r.summaries[0].aandeelOcmw).toBeUndefined();
  expect(r.summaries[0].status).toBe("1 van de 3 rijen heeft een fout.");
});

test("the Excel batch writes OK (billijkheid) and counts it as OK", async () => {
  const fake = new FakeExcel();
  const sheet = fake.addSheet("Lijst", dossier(50, "ernstige ziekte"));
  fake.addTable("Dossiers", sheet, 0, 0, H.length, 3);
  const report = await runExcelBatch(fake.context, "tabel:Dossiers");
  expect(report).toMatchObject({ ok: 3, errors: 0 });
  expect(fake.values("Lijst")[1].slice(-2)).toEqual([50, "OK (billijkheid)"]);
});

test("a Reden without a Billijkheid amount is an error on that row naming Reden, never silently ignored", () => {
  const r = recalculateList(dossier(null, "ernstige ziekte"));
  // row a: the decision's amount is missing; b and c are computed as usual (300 and 0)
  expect(r.outputs.map((o) => [o[2], o[3]])).toEqual([
    ["", "Reden: een reden zonder billijkheidsbedrag; vul het beslist bedrag in bij Billijkheid of maak de reden leeg."],
    [300, "OK"],
    [0, "OK"],
  ]);
  expect(r.counts).toMatchObject({ rows: 3, ok: 2, errors: 1 });
  // a whitespace-only reason is no reason: the row is computed as usual (200 000 income: 300, capped at the kindsdeel)
  expect(recalculateList(dossier(null, "   ")).outputs[0].slice(2)).toEqual([300, "OK"]);
});

test("the same in French: the error names Motif and Équité", () => {
  const fr = [
    ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit", "Équité", "Motif"],
    ["D", "a", 200000, null, 0, 900, null, "maladie grave"],
  ];
  const r = withLanguage("fr", () => recalculateList(fr));
  expect(r.outputs[0][3]).toBe("Motif : un motif sans montant d'équité ; indiquez le montant décidé dans Équité ou videz le motif.");
});
