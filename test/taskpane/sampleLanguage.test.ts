/**
 * The preview's sample in French (issue 13): the same dossier and lists with French texts, which the French pane
 * reads and recalculates like the Dutch ones, with the same figures.
 */
import { evaluate } from "../../src/taskpane/model";
import { sampleBatchPort, sampleForm, sampleWorkbook } from "../../src/taskpane/sample";

test("the French sample dossier has French texts and the Dutch sample's figures", () => {
  const nl = evaluate(sampleForm("nl"), "nl");
  const fr = evaluate(sampleForm("fr"), "fr");
  expect(sampleForm("fr").dossier).toBe("Exemple Janssens");
  expect(sampleForm("fr").kosten.map((k) => k.omschrijving)).toEqual(["Médicaments et médecin", "Lessive personnelle", "Mutualité et assurance soins"]);
  // 60 x 30 + (80 + 45 + 25) + zakgeld - 1 400, the same in both languages
  expect(fr.tekort!.value.equals(nl.tekort!.value)).toBe(true);
  expect(fr.aandeel!.value.equals(nl.aandeel!.value)).toBe(true);
});

test("the French sample workbook: the list with French headers, a French scale the wizard can use", async () => {
  const workbook = sampleWorkbook("fr");
  expect(workbook.sheetNames()).toEqual(["Liste de dossiers", "Barème"]);
  const selection = await workbook.readSelectedDossierList();
  expect(selection.rows[0]).toEqual(["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Prix de journée", "Jours", "Frais supplémentaires", "Revenus", "Date", "Nombre d'enfants"]);
  expect(await workbook.listScaleTables()).toEqual(["BaremeExemple"]);
  const scale = await workbook.readScale({ kind: "table", name: "BaremeExemple" });
  expect(scale.values[0]).toEqual(["personnes_a_charge", "revenu_de", "revenu_jusqu_a", "montant_mensuel"]);
});

test("the French sample lists recalculate in a French run like the Dutch ones in a Dutch run (same counts)", async () => {
  const counts = async (taal: "nl" | "fr") => {
    const port = sampleBatchPort(taal);
    const sources = await port.listSources(taal);
    const reports = [];
    for (const source of sources) {
      const r = await port.run(source, () => undefined, new AbortController().signal, taal);
      reports.push([r.rows, r.ok, r.errors, r.dossiers]);
    }
    return { labels: sources.map((s) => s.label), reports };
  };
  const nl = await counts("nl");
  const fr = await counts("fr");
  expect(fr.reports).toEqual(nl.reports);
  // 3 rows in the small list, 400 children in the long one; every row recalculated
  expect(fr.reports.map((r) => r[0])).toEqual([3, 400]);
  expect(fr.labels.join(" ")).not.toMatch(/Dossierlijst|Lijst maart|tabel|blad/);
});
