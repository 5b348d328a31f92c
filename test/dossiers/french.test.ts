/** A dossier list typed in French (issue 13 item 3): the same columns as the Dutch headers, output columns reused. */
import { findHeaderRow, matchColumns, missingOutputColumns, recalculateList } from "../../src/dossiers";
import { dayToSerial, isoToDay } from "../../src/rules";
import { createMemoryBatchPort } from "../../src/workbook/batchMemory";

const serial = (iso: string) => dayToSerial(isoToDay(iso));

describe("French headers", () => {
  test("every SPEC 3 header in French finds its column, also without accents, in capitals or with other punctuation", () => {
    const headers = [
      "Dossier",
      "ENFANT",
      "revenu",
      "Revenu du partenaire",
      "Personnes a charge",
      "Deficit",
      "Prix-de-journée",
      "Jours",
      "Frais supplementaires",
      "Revenus",
      "Nombre d’enfants",
      "Date",
      "Argent de poche",
      "Revenu cadastral",
      "EQUITE",
      "Motif",
      "Part d'enfant",
      "Montant immunise",
      "Contribution",
      "Statut",
    ];
    const found = matchColumns(headers);
    expect(found).toEqual({
      dossier: 0,
      kind: 1,
      inkomen: 2,
      partnerInkomen: 3,
      personenTenLaste: 4,
      tekort: 5,
      ligdagprijs: 6,
      dagen: 7,
      bijkomendeKosten: 8,
      inkomsten: 9,
      aantalKinderen: 10,
      datum: 11,
      zakgeld: 12,
      kadastraalInkomen: 13,
      billijkheid: 14,
      reden: 15,
      kindsdeel: 16,
      vrijstelling: 17,
      bijdrage: 18,
      status: 19,
    });
    expect(missingOutputColumns(found)).toEqual([]);
  });

  test("a row with French headers is the header row; a Dutch and a French name of one column count as a duplicate", () => {
    expect(findHeaderRow([["Liste de mars"], ["Dossier", "Enfant", "Revenu"]])?.index).toBe(1);
    expect(() =>
      recalculateList([
        ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit", "Tekort"],
        ["A", "a", 0, null, 0, 900, 900],
      ]),
    ).toThrow(/"Tekort" staat twee keer in de kopregel van het blad: kolom F \("Déficit"\) en kolom G \("Tekort"\)/);
  });

  test("a French list is recalculated like the Dutch one", () => {
    // Déficit 900, three children: 900 / 3 = 300 each; incomes 0: no contribution
    const r = recalculateList([
      ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit", "Date"],
      ["D1", "Anne", 0, null, 0, 900, serial("2024-03-01")],
      ["D1", "Bruno", 0, null, 0, null, serial("2024-03-01")],
      ["D1", "Chloé", 0, null, 0, null, serial("2024-03-01")],
    ]);
    expect(r.outputs.map((o) => [o[0], o[2]])).toEqual([
      [300, 0],
      [300, 0],
      [300, 0],
    ]);
  });

  test("the output headers of a French list are reused, not added a second time", async () => {
    // Prix de journée 50 x 20 jours + 100 frais + zakgeld 0 - 600 revenus = 500; two children: 250 each; incomes 0
    const H = [
      "Dossier",
      "Enfant",
      "Revenu",
      "Revenu du partenaire",
      "Personnes à charge",
      "Prix de journée",
      "Jours",
      "Frais supplémentaires",
      "Revenus",
      "Argent de poche",
      "Part d'enfant",
      "montant immunisé",
      "Contribution",
      "Statut",
    ];
    const port = createMemoryBatchPort([
      {
        name: "Liste",
        rows: [
          H,
          ["X", "a", 0, null, 0, 50, 20, 100, 600, 0, null, null, null, null],
          ["X", "b", 0, null, 0, null, null, null, null, null, null, null, null, null],
        ],
      },
    ]);
    const report = await port.run("blad:Liste", () => undefined, new AbortController().signal);
    expect(report.ok).toBe(2);
    const rows = port.lists[0].rows;
    expect(rows[0]).toEqual(H);
    expect(rows[1].length).toBe(H.length);
    expect(rows[1][10]).toBe(250);
    expect(rows[2][10]).toBe(250);
    expect(rows[1][12]).toBe(0);
    expect(rows[1][13]).toBe("OK");
  });
});
