/**
 * Issue 13 item 3, the batch in a French pane: the runner's own messages (a list edited during the run, merged output
 * cells, a table not found, an Office error, a cancelled run) and what it writes (headers, Statut, the sheet "Résumé",
 * the error marking) in French, through the in-memory port and the in-memory Excel (src/workbook/excelFake.ts). The
 * expected texts are written out by hand.
 */
import { DOSSIER_TEXTS } from "../../src/dossiers";
import { createMemoryBatchPort } from "../../src/workbook/batchMemory";
import { createExcelBatchPort, runExcelBatch } from "../../src/workbook/batchExcel";
import { isHelperSheet } from "../../src/workbook/batchPort";
import { FakeExcel, FakeOfficeError, type Cell } from "../../src/workbook/excelFake";
import { WORKBOOK_TEXTS } from "../../src/workbook/messages";
import { workbookError } from "../../src/workbook/officeErrors";

const H = ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit"];
const signal = () => new AbortController().signal;

/** Dutch words that must never show in a French run. */
const DUTCH_WORDS = /\b(rij|rijen|ontbreekt|fout|fouten|heeft|kolom|blad|niet|gevonden|geannuleerd|herberekend|billijkheid|tekort|werkmap|bestand|lijst|tabel|Samenvatting)\b/i;

/** Six one-child dossiers A..F, Déficit 600, no income: Part d'enfant 600 each. */
const sixDossiers = (): unknown[][] => [[...H], ...["A", "B", "C", "D", "E", "F"].map((d) => [d, `k${d}`, 0, null, 0, 600])];

describe("the in-memory port in French", () => {
  test("French labels, French headers added, French Statut, a sheet Résumé", async () => {
    const port = createMemoryBatchPort([{ name: "Mars", rows: [[...H], ["A", "Anne", 0, null, 0, 900], ["A", "Bruno", "abc", null, 0, 900]] }]);
    expect((await port.listSources("fr")).map((s) => s.label)).toEqual(["Feuille Mars"]);
    const report = await port.run("blad:Mars", () => undefined, signal(), "fr");
    expect(port.lists[0].rows[0]).toEqual([...H, "Part d'enfant", "Montant immunisé", "Contribution", "Statut"]);
    // 900 / 2 children = 450 each
    expect(port.lists[0].rows[1].slice(6)).toEqual([450, expect.any(Number), 0, "OK"]);
    expect(port.lists[0].rows[2][9]).toBe("Revenu : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « abc ».");
    expect(report.summarySheet).toBe("Résumé");
    const resume = port.summaries.get("Résumé")!;
    expect(resume[1]).toEqual(["A", 900, 2, 450, "", "", 2, 1, "1 ligne sur 2 contient une erreur."]);
    expect(resume.map((r) => r[0])).toContain("Source : Feuille Mars");
    expect(report.countsLine).toBe("Lignes : 2, OK : 1, erreurs : 1, lignes vides : 0, dossiers : 1.");
    // the French summary sheet is no dossier list
    expect(isHelperSheet("Résumé")).toBe(true);
    expect(isHelperSheet("Résumé (2)")).toBe(true);
    const texts = [...port.lists[0].rows.flat(), ...resume.flat(), report.countsLine, ...report.notices].filter((v): v is string => typeof v === "string");
    for (const text of texts) expect([text, DUTCH_WORDS.test(text)]).toEqual([text, false]);
  });

  test("a cancelled rerun marks the rows it did not reach: non recalculé (annulé)", async () => {
    const rows = sixDossiers();
    const port = createMemoryBatchPort([{ name: "Mars", rows }], { chunkRows: 2 });
    await port.run("blad:Mars", () => undefined, signal(), "fr");
    const controller = new AbortController();
    const report = await port.run("blad:Mars", (p) => p.phase === "lezen" && p.rowsDone > 0 && controller.abort(), controller.signal, "fr");
    expect(report).toMatchObject({ cancelled: true, written: 0, marked: 6 });
    expect(rows.slice(1).map((r) => r.slice(6))).toEqual(Array.from({ length: 6 }, () => [null, null, null, "non recalculé (annulé)"]));
  });

  test("a dossier changed during the run: the run stops with a French message naming the row and the dossiers", async () => {
    const rows = sixDossiers();
    const port = createMemoryBatchPort([{ name: "Mars", rows }], {
      chunkRows: 2,
      beforeRoundTrip: () => {
        // once rows 2 and 3 are written (their Statut is there), the user types another dossier number in row 4
        if (rows[1].length > 6 && rows[3][0] === "C") rows[3][0] = "X";
      },
    });
    await expect(port.run("blad:Mars", () => undefined, signal(), "fr")).rejects.toThrow(
      "La liste a été modifiée pendant le recalcul : la ligne 4 appartenait au dossier « C » et appartient maintenant au dossier « X » ; " +
        "une ligne a-t-elle été insérée, supprimée ou triée ? Plus rien n'a été écrit ; avant la modification, les lignes 2 à 3 avaient été recalculées, " +
        "pas les lignes à partir de 4 (une ligne insérée ou supprimée entre-temps décale ces lignes). Relancez le recalcul quand la liste est prête.",
    );
    // rows 4.. were not written
    expect(rows.slice(3).every((r) => r.length === 6)).toBe(true);
  });

  test("a header renamed during the run: the French message names the column and both headers", async () => {
    const rows = sixDossiers();
    const port = createMemoryBatchPort([{ name: "Mars", rows }], {
      chunkRows: 2,
      beforeRoundTrip: () => {
        if (rows[1].length > 6 && rows[0][2] === "Revenu") rows[0][2] = "Salaire";
      },
    });
    await expect(port.run("blad:Mars", () => undefined, signal(), "fr")).rejects.toThrow(
      "La liste a été modifiée pendant le recalcul : la colonne C s'appelle maintenant « Salaire » au lieu de « Revenu » ; " +
        "une colonne a-t-elle été insérée ou supprimée ? Plus rien n'a été écrit ; avant la modification, les lignes 2 à 3 avaient été recalculées, " +
        "pas les lignes à partir de 4 (une ligne insérée ou supprimée entre-temps décale ces lignes). Relancez le recalcul quand la liste est prête.",
    );
  });

  test("a list recalculated in Dutch, then in French (and back): its output columns and its own summary are found again", async () => {
    const rows = sixDossiers();
    const port = createMemoryBatchPort([{ name: "Mars", rows }]);
    await port.run("blad:Mars", () => undefined, signal(), "nl");
    expect(rows[0].slice(6)).toEqual(["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
    const fr = await port.run("blad:Mars", () => undefined, signal(), "fr");
    // the Dutch output columns are reused (no second set), their headers kept; the Statut texts are French now
    expect(rows[0]).toHaveLength(10);
    expect(rows[1][9]).toBe("OK");
    // this batch's own summary (found by its marker, not by its name) is replaced, in French
    expect(fr.summarySheet).toBe("Samenvatting");
    expect([...port.summaries.keys()]).toEqual(["Samenvatting"]);
    expect(port.summaries.get("Samenvatting")![0][1]).toBe("Déficit");
    const nl = await port.run("blad:Mars", () => undefined, signal(), "nl");
    expect(rows[0]).toHaveLength(10);
    expect(nl.summarySheet).toBe("Samenvatting");
    expect(port.summaries.get("Samenvatting")![0][1]).toBe("Tekort");
  });

  test("an unusable scale: named in French, its column as the French rules name it", async () => {
    const port = createMemoryBatchPort([
      { name: "Mars", rows: sixDossiers() },
      { name: "Schaal", rows: [[0, 0, null, "abc"]] },
    ]);
    await expect(port.run("blad:Mars", () => undefined, signal(), "fr")).rejects.toThrow(
      "Le barème (feuille Schaal) est inutilisable : Barème (ligne 1, montant_mensuel) : attend un montant en euros (un nombre, 0 ou plus), " +
        "mais a reçu le texte « abc ».",
    );
    // the Dutch run keeps the rules' own text
    await expect(port.run("blad:Mars", () => undefined, signal(), "nl")).rejects.toThrow(
      'De schaal (blad Schaal) is onbruikbaar: schaal (rij 1, maandbedrag): verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "abc".',
    );
  });

  test("a list that does not exist", async () => {
    const port = createMemoryBatchPort([{ name: "Mars", rows: sixDossiers() }]);
    await expect(port.run("blad:Avril", () => undefined, signal(), "fr")).rejects.toThrow("Liste « blad:Avril » introuvable.");
  });
});

describe("the Excel path in French", () => {
  function withTable(rows: Cell[][]): FakeExcel {
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Mars", rows);
    fake.addTable("Dossiers", sheet, 0, 0, rows[0].length, rows.length - 1);
    return fake;
  }

  test("French table columns, Statut, Résumé; the error marking skips OK and OK (équité)", async () => {
    const header = [...H, "Équité", "Motif"];
    // D1: one child, Déficit 800, no income: computed 0, decided 50 by the Comité; D2: Revenu "abc"
    const fake = withTable([header, ["D1", "Anne", 0, null, 0, 800, 50, "revenus modestes"], ["D2", "Bruno", "abc", null, 0, 300, null, null]]);
    const report = await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { taal: "fr" });
    const values = fake.values("Mars");
    expect(values[0]).toEqual([...header, "Part d'enfant", "Montant immunisé", "Contribution", "Statut"]);
    expect(values[1].slice(8)).toEqual([800, expect.any(Number), 50, "OK (équité)"]);
    expect(report.source.label).toBe("Tableau Dossiers (feuille Mars)");
    expect(report.summarySheet).toBe("Résumé");
    expect(fake.values("Résumé")[0]).toEqual(["Dossier", "Déficit", "Nombre d'enfants", "Part d'enfant", "Somme des contributions", "Part du CPAS", "Lignes", "Erreurs", "Statut"]);
    expect(fake.sheet("Mars")!.conditionalFormats).toEqual([
      { row: 1, column: 11, rows: 2, columns: 1, formula: '=AND($L2<>"",$L2<>"OK",$L2<>"OK (équité)")', fill: "#FDE2E1", fontColor: "#9C0006" },
    ]);
    // a rerun of the French list in French finds its own columns and its own summary
    await runExcelBatch(fake.context, "tabel:Dossiers", undefined, undefined, { taal: "fr" });
    expect(fake.values("Mars")[0]).toHaveLength(12);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Mars", "Résumé"]);
  });

  test("merged output cells: refused in French, naming the French output headers, nothing written", async () => {
    const header = ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Part d'enfant", "Montant immunisé", "Contribution", "Statut", "Déficit"];
    const fake = new FakeExcel();
    const sheet = fake.addSheet("Mars", [header, ["A", "a", 1000, null, 0, null, null, null, null, 900], ["A", "b", 0, null, 0, null, null, null, null, 900]]);
    sheet.merges.push({ row: 2, column: 8, rows: 1, columns: 2 }); // I3:J3, Statut with Déficit
    await expect(runExcelBatch(fake.context, "blad:Mars", undefined, undefined, { taal: "fr" })).rejects.toThrow(
      "Les colonnes de sortie (Part d'enfant, Montant immunisé, Contribution, Statut) contiennent des cellules fusionnées (Mars!I3:J3) : " +
        "annulez la fusion et recommencez. Rien n'a été écrit.",
    );
    expect(fake.syncs.every((s) => s.writes.length === 0)).toBe(true);
  });

  test("a table or a sheet that does not exist", async () => {
    const fake = withTable(sixDossiers() as Cell[][]);
    await expect(runExcelBatch(fake.context, "tabel:Avril", undefined, undefined, { taal: "fr" })).rejects.toThrow(/^Tableau « Avril » introuvable\.$/);
    await expect(runExcelBatch(fake.context, "blad:Avril", undefined, undefined, { taal: "fr" })).rejects.toThrow(/^Feuille « Avril » introuvable\.$/);
  });

  test("an Office error explained in French; the pane's port runs in the language it is given", async () => {
    const fake = withTable(sixDossiers() as Cell[][]);
    fake.beforeSync = (n) => {
      if (n === 4) throw new FakeOfficeError("AccessDenied", "The requested operation is not allowed on a protected sheet.");
    };
    const port = createExcelBatchPort((batch) => batch(fake.context));
    await expect(port.run("tabel:Dossiers", () => undefined, signal(), "fr")).rejects.toThrow(
      "Excel refuse la modification : la feuille ou le classeur est protégé ou en lecture seule. Le recalcul a été arrêté. (code Excel : AccessDenied)",
    );
    expect(workbookError(new Error("boom"), "fr").message).toBe("Erreur inattendue pendant le recalcul : boom");
    expect(workbookError({ code: "SomethingNew" }, "fr").message).toBe("Excel a signalé une erreur. Le recalcul a été arrêté. (code Excel : SomethingNew)");
  });

  test("the pane's port lists the sources with French labels", async () => {
    const fake = withTable(sixDossiers() as Cell[][]);
    fake.addSheet("Avril", [H]);
    const port = createExcelBatchPort((batch) => batch(fake.context));
    expect((await port.listSources("fr")).map((s) => s.label)).toEqual(["Tableau Dossiers (feuille Mars)", "Feuille Mars", "Feuille Avril"]);
  });
});

describe("the catalogues", () => {
  /** Calls a text with sample parameters. */
  const show = (text: unknown): string => (typeof text === "function" ? (text as (...a: unknown[]) => string)("X", "Y", 3, 4, 5, 6) : String(text));

  test("every Dutch key of the workbook texts has a French text without a Dutch word", () => {
    const nl = WORKBOOK_TEXTS.nl as unknown as Record<string, unknown>;
    const fr = WORKBOOK_TEXTS.fr as unknown as Record<string, unknown>;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(WORKBOOK_TEXTS.fr.office).sort()).toEqual(Object.keys(WORKBOOK_TEXTS.nl.office).sort());
    for (const key of Object.keys(nl)) {
      if (key === "office") continue;
      expect([key, typeof fr[key]]).toEqual([key, typeof nl[key]]);
      expect([key, DUTCH_WORDS.test(show(fr[key]))]).toEqual([key, false]);
    }
    for (const [code, text] of Object.entries(WORKBOOK_TEXTS.fr.office)) expect([code, DUTCH_WORDS.test(text)]).toEqual([code, false]);
  });

  test("the cancelled status in both languages", () => {
    expect([DOSSIER_TEXTS.nl.cancelled, DOSSIER_TEXTS.fr.cancelled]).toEqual(["niet herberekend (geannuleerd)", "non recalculé (annulé)"]);
  });
});
