/**
 * The Samenvatting (issue 7 item 2 and 4, issue 11 item 4): the OCMW share from src/rules' one definition, warnings
 * once, totals that agree with the counts of the message, rows without a dossier number explained.
 */
import { countsLine, noticeTexts, recalculateList, summaryMatrix } from "../../src/dossiers";
import { aandeel, APPROXIMATION_WARNING, withLanguage } from "../../src/rules";

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];

describe("the OCMW share in the summary", () => {
  test("tekort 100,01 for 3 children: kindsdeel 33,33 (rounded down), 3 x 33,33 = 99,99 recovered, share 0,02", () => {
    // incomes far above the vrijstelling: each contribution is capped at the kindsdeel, 100,01 / 3 = 33,3366.. -> 33,33
    const rows = [H, ["D", "a", 200000, null, 0, 100.01], ["D", "b", 200000, null, 0, null], ["D", "c", 200000, null, 0, null]];
    const r = recalculateList(rows);
    expect(r.outputs.map((o) => o[2])).toEqual([33.33, 33.33, 33.33]);
    expect(r.summaries[0]).toMatchObject({ tekort: 100.01, kindsdeel: 33.33, somBijdragen: 99.99, aandeelOcmw: 0.02, status: "OK" });
    // the same figure as OCMW.AANDEEL's rule for the same dossier
    expect(aandeel(100.01, [[33.33], [33.33], [33.33]]).value.toNumber()).toBe(r.summaries[0].aandeelOcmw);
  });

  test("a dossier with an error on any row gets no share and shows the error", () => {
    const rows = [H, ["D", "a", 200000, null, 0, 100], ["D", "b", "veel", null, 0, null]];
    const s = recalculateList(rows).summaries[0];
    expect(s.somBijdragen).toBeUndefined();
    expect(s.aandeelOcmw).toBeUndefined();
    expect(s.status).toBe("1 van de 2 rijen heeft een fout.");
  });

  test("totals are exact sums: 0,10 + 0,20 is 0,30, not 0,30000000000000004", () => {
    // two dossiers with Tekort 0,10 and 0,20, each one child with no income above the vrijstelling: bijdrage 0, share = tekort
    const rows = [H, ["A", "a", 0, null, 0, 0.1], ["B", "b", 0, null, 0, 0.2]];
    const m = summaryMatrix(recalculateList(rows));
    const total = m.find((row) => row[0] === "Totaal (bedragen: dossiers zonder fout)")!;
    expect(total[1]).toBe(0.3);
    expect(total[5]).toBe(0.3);
  });
});

describe("warnings and counts", () => {
  test("each distinct warning once, the approximation once", () => {
    const r = recalculateList([H, ["A", "a", 40000, null, 0, 900], ["B", "b", 40000, null, 0, 900]]);
    const stale = { kind: "verouderd" as const, text: "Mogelijk verouderd: de laatst gekende indexsprong is van 1/3/2026; controleer of er sindsdien een nieuwe was." };
    const withNotices = { ...r, notices: [stale, { kind: "benadering" as const, text: APPROXIMATION_WARNING }] };
    expect(noticeTexts(withNotices)).toEqual([stale.text, APPROXIMATION_WARNING]);
    const m = summaryMatrix(withNotices);
    expect(m.filter((row) => row[0] === stale.text)).toHaveLength(1);
    expect(m.filter((row) => row[0] === APPROXIMATION_WARNING)).toHaveLength(1);
    // without a notice from the rules, the approximation is still said once when no scale was used
    expect(summaryMatrix(r).filter((row) => row[0] === APPROXIMATION_WARNING)).toHaveLength(1);
  });

  test("the total row counts every row with data, as the message does, and explains rows without a dossier number", () => {
    // 4 rows with data: A ok, A bad income, one without dossier number, B ok; one empty row
    const rows = [H, ["A", "a", 0, null, 0, 900], ["A", "b", "veel", null, 0, 900], [null, "c", 0, null, 0, 100], [null, null, null, null, null, null], ["B", "d", 0, null, 0, 100]];
    const r = recalculateList(rows);
    expect(r.counts).toEqual({ rows: 4, ok: 2, errors: 2, empty: 1, dossiers: 2 });
    expect(r.rowsWithoutDossier).toBe(1);
    const m = summaryMatrix(r);
    const loose = m.find((row) => row[0] === "(zonder dossiernummer)")!;
    expect(loose.slice(6, 8)).toEqual([1, 1]);
    const total = m.find((row) => row[0] === "Totaal (bedragen: dossiers zonder fout)")!;
    expect(total.slice(6, 8)).toEqual([r.counts.rows, r.counts.errors]);
    expect(countsLine(r)).toBe("Rijen: 4, OK: 2, fouten: 2 (waarvan 1 zonder dossiernummer), lege rijen: 1, dossiers: 2.");
    expect(m.map((row) => row[0])).toContain(countsLine(r));
  });
});

describe("the total row says what it adds (audit 4a, 4b)", () => {
  // A: one child, no income, deficit 900 -> OK; B: income "fout" -> error; C: one child, no income, deficit 100 -> OK
  const A = ["A", "a", 0, null, 0, 900];
  const B = ["B", "b", "fout", null, 0, 300];
  const C = ["C", "c", 0, null, 0, 100];
  const totalOf = (rows: unknown[][]) => summaryMatrix(recalculateList([H, ...rows])).find((row) => String(row[0]).startsWith("Totaal"))!;

  test("Dutch: the label says the amounts are of the dossiers without error; Rijen and Fouten count every row", () => {
    const total = totalOf([A, B, C]);
    // Tekort 900 + 100 = 1000 (B left out); Rijen 3, Fouten 1 (B counted)
    expect(total).toEqual([
      "Totaal (bedragen: dossiers zonder fout)",
      1000,
      "",
      "",
      0,
      1000,
      3,
      1,
      "Bedragen van de 2 dossiers zonder fout (van 3); Rijen en Fouten tellen alle rijen.",
    ]);
    expect(totalOf([A, B])[8]).toBe("Bedragen van het enige dossier zonder fout (van 2); Rijen en Fouten tellen alle rijen.");
    expect(totalOf([B])[8]).toBe("Geen bedragen: het dossier heeft een fout; Rijen en Fouten tellen alle rijen.");
    expect(totalOf([A])[8]).toBe("Bedragen van het dossier (zonder fout); Rijen en Fouten tellen alle rijen.");
    expect(totalOf([B, ["D", "d", "x", null, 0, 5]])[8]).toBe("Geen bedragen: alle 2 dossiers hebben een fout; Rijen en Fouten tellen alle rijen.");
    expect(totalOf([])[8]).toBe("Geen dossiers; Rijen en Fouten tellen alle rijen.");
  });

  test("French: singular and plural agree (never \"1 dossiers\")", () => {
    const fr = [
      ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit"],
      ...[A, B, C],
    ];
    const total = summaryMatrix(withLanguage("fr", () => recalculateList(fr)), { taal: "fr" }).find((row) => String(row[0]).startsWith("Total"))!;
    expect(total[0]).toBe("Total (montants : dossiers sans erreur)");
    expect(total[8]).toBe("Montants des 2 dossiers sans erreur (sur 3) ; Lignes et Erreurs comptent toutes les lignes.");
    const one = summaryMatrix(withLanguage("fr", () => recalculateList(fr.slice(0, 3))), { taal: "fr" }).find((row) => String(row[0]).startsWith("Total"))!;
    expect(one[8]).toBe("Montants du seul dossier sans erreur (sur 2) ; Lignes et Erreurs comptent toutes les lignes.");
    for (const row of [one, total]) expect(String(row[8])).not.toMatch(/\b1 dossiers\b/);
  });
});

describe("a list with only its header (audit 4e)", () => {
  test("no approximation notice: no contribution was computed", () => {
    const r = recalculateList([H]);
    expect(noticeTexts(r)).toEqual([]);
    expect(summaryMatrix(r).some((row) => /BENADERING/.test(String(row[0])))).toBe(false);
  });

  test("a list with a computed row still says it once", () => {
    const r = recalculateList([H, ["A", "a", 40000, null, 0, 900]]);
    expect(noticeTexts(r).filter((t) => /^BENADERING/.test(t))).toHaveLength(1);
  });
});
