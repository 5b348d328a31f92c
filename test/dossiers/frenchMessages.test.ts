/**
 * Issue 13 item 3, the batch in French: every status and message of the batch's own (a row without a dossier number, a
 * missing deficit, a bad dossier value, two rows that disagree, too few children, a formula without value, an equity
 * decision, the summary statuses) in French with the French headers, and no Dutch word in a French run. The expected
 * texts are written out by hand; the Dutch run of the same list keeps its Dutch texts.
 */
import {
  DOSSIER_TEXTS,
  FORMULA_WITHOUT_VALUE,
  isOkStatus,
  recalculateList,
  STATUS_OK_BILLIJKHEID,
  summaryMatrix,
  type ListResult,
} from "../../src/dossiers";
import { withLanguage } from "../../src/rules";

const H_FR = ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit", "Nombre d'enfants", "Équité", "Motif"];
const H_NL = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Aantal kinderen", "Billijkheid", "Reden"];

/**
 * One list, every message. The header is sheet row 1, so the data rows are sheet rows 2..15:
 *  2  no dossier number
 *  3  D1: no deficit on any of its rows (and no columns to compute one)
 *  4  D2: Déficit "abc" (the row's own error); row 5 of D2 names row 4
 *  6  D3: 900 and 950 on rows 6 and 7: a disagreement, on both rows
 *  8  D4: Nombre d'enfants 1, but two rows (8 and 9)
 * 10  D5: one child, Déficit 800, no income: computed contribution 0, the Comité decided 50 (<= the part 800 / 1)
 * 11  D6: one row, Revenu "abc": the dossier's one row has an error
 * 12  D7: two rows, row 12's Revenu "abc": 1 of its 2 rows has an error; row 13 OK, Part 400 / 2 = 200
 * 14  D8: Revenu is a formula without a stored value
 */
function list(header: string[]): unknown[][] {
  return [
    header,
    [null, "Zoé", 0, null, 0, 900, null, null, null],
    ["D1", "Anne", 0, null, 0, null, null, null, null],
    ["D2", "Bruno", 0, null, 0, "abc", null, null, null],
    ["D2", "Chloé", 0, null, 0, 900, null, null, null],
    ["D3", "Denis", 0, null, 0, 900, null, null, null],
    ["D3", "Emma", 0, null, 0, 950, null, null, null],
    ["D4", "Fanny", 0, null, 0, 600, 1, null, null],
    ["D4", "Gilles", 0, null, 0, 600, null, null, null],
    ["D5", "Hugo", 0, null, 0, 800, null, 50, "revenus modestes"],
    ["D6", "Inès", "abc", null, 0, 300, null, null, null],
    ["D7", "Jean", "abc", null, 0, 400, null, null, null],
    ["D7", "Karim", 0, null, 0, 400, null, null, null],
    ["D8", "Léa", FORMULA_WITHOUT_VALUE, null, 0, 300, null, null, null],
  ];
}

const REVENU_ABC = "Revenu : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « abc ».";
const DISAGREE =
  "Déficit : les lignes du dossier D3 diffèrent (900 à la ligne 6, 950 à la ligne 7) ; un dossier n'a qu'une seule valeur « Déficit » : " +
  "indiquez partout la même valeur ou laissez les autres lignes vides.";
const TOO_FEW = "Nombre d'enfants : 1 est inférieur au nombre de lignes (enfants) du dossier D4 (2) ; comptez tous les enfants du premier degré.";
const TEKORT_MISSING = "Déficit : manquant pour le dossier D1 ; indiquez le déficit sur au moins une ligne du dossier.";
const TEKORT_UNKNOWN = "Déficit : le déficit du dossier D2 est inconnu à cause d'une erreur à la ligne 4 (colonne Déficit).";

/** The statuses of the French run, row by row (sheet rows 2..14). */
const FRENCH_STATUSES = [
  "Dossier : manquant ; chaque ligne avec des données a besoin d'un numéro de dossier.",
  TEKORT_MISSING,
  "Déficit : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « abc ».",
  TEKORT_UNKNOWN,
  DISAGREE,
  DISAGREE,
  TOO_FEW,
  TOO_FEW,
  "OK (équité)",
  REVENU_ABC,
  REVENU_ABC,
  "OK",
  "Revenu : formule sans valeur calculée : ouvrez le fichier dans Excel et enregistrez-le.",
];

/** Dutch words that must never show in a French run ("billijkheid" is a Dutch domain term: Dutch texts only). */
export const DUTCH_WORDS =
  /\b(rij|rijen|ontbreekt|fout|fouten|heeft|hebben|kolom|blad|niet|gevonden|geannuleerd|herberekend|billijkheid|tekort|dossiernummer|werkmap|bestand|schaal|onbruikbaar|Samenvatting|Totaal)\b/i;

/** Every text of a result: statuses and the summary sheet. */
function texts(result: ListResult, taal: "nl" | "fr"): string[] {
  const all = result.outputs.map((o) => o[3]);
  for (const row of summaryMatrix(result, { taal })) for (const v of row) if (typeof v === "string") all.push(v);
  return all;
}

describe("a French run of the batch", () => {
  const fr = withLanguage("fr", () => recalculateList(list(H_FR)));

  test("each row's Statut, by hand", () => {
    expect(fr.outputs.map((o) => o[3])).toEqual(FRENCH_STATUSES);
    // the equity decision: the decided 50 is the contribution (the computed one, 0, is replaced)
    expect(fr.outputs[8].slice(0, 3)).toEqual([800, expect.any(Number), 50]);
    // D7's OK row: 400 / 2 children = 200
    expect(fr.outputs[11][0]).toBe(200);
    expect(fr.counts).toEqual({ rows: 13, ok: 2, errors: 11, empty: 0, dossiers: 8 });
  });

  test("the dossiers' statuses in the summary", () => {
    expect(fr.summaries.map((s) => [s.dossier, s.status])).toEqual([
      ["D1", TEKORT_MISSING],
      ["D2", TEKORT_UNKNOWN],
      ["D3", DISAGREE],
      ["D4", TOO_FEW],
      ["D5", "OK"],
      ["D6", "La ligne de ce dossier contient une erreur."],
      ["D7", "1 ligne sur 2 contient une erreur."],
      ["D8", "La ligne de ce dossier contient une erreur."],
    ]);
    // D5: deficit 800, the decided contribution 50, so the CPAS pays 800 - 50 = 750
    expect(fr.summaries[4]).toMatchObject({ tekort: 800, somBijdragen: 50, aandeelOcmw: 750 });
  });

  test("two rows in error of a dossier of three: the plural", () => {
    const r = withLanguage("fr", () =>
      recalculateList([H_FR, ["D", "a", "x", null, 0, 900], ["D", "b", "y", null, 0, 900], ["D", "c", 0, null, 0, 900]]),
    );
    expect(r.summaries[0].status).toBe("2 lignes sur 3 contiennent une erreur.");
  });

  test("no Dutch word in the statuses or the summary sheet", () => {
    for (const text of texts(fr, "fr")) expect([text, DUTCH_WORDS.test(text)]).toEqual([text, false]);
  });

  test("the French OK statuses count as OK; the Dutch run of the same list keeps its Dutch texts", () => {
    expect(isOkStatus("OK (équité)")).toBe(true);
    expect(isOkStatus(STATUS_OK_BILLIJKHEID)).toBe(true);
    expect(isOkStatus("non recalculé (annulé)")).toBe(false);
    const nl = recalculateList(list(H_NL));
    expect(nl.outputs.map((o) => o[3])).toEqual([
      "Dossier: ontbreekt; elke rij met gegevens heeft een dossiernummer nodig.",
      "Tekort: ontbreekt voor dossier D1; vul het tekort in op minstens één rij van het dossier.",
      'Tekort: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "abc".',
      "Tekort: het tekort van dossier D2 is onbekend door een fout in rij 4 (kolom Tekort).",
      "Tekort: de rijen van dossier D3 verschillen (900 in rij 6, 950 in rij 7); een dossier heeft één tekort: vul overal dezelfde waarde in of laat de andere rijen leeg.",
      "Tekort: de rijen van dossier D3 verschillen (900 in rij 6, 950 in rij 7); een dossier heeft één tekort: vul overal dezelfde waarde in of laat de andere rijen leeg.",
      "Aantal kinderen: 1 is minder dan het aantal rijen (kinderen) van dossier D4 (2); tel alle kinderen van de eerste graad mee.",
      "Aantal kinderen: 1 is minder dan het aantal rijen (kinderen) van dossier D4 (2); tel alle kinderen van de eerste graad mee.",
      "OK (billijkheid)",
      'Inkomen: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "abc".',
      'Inkomen: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "abc".',
      "OK",
      "Inkomen: formule zonder berekende waarde: open en bewaar het bestand in Excel.",
    ]);
    expect(nl.summaries.map((s) => s.status).slice(5)).toEqual(["De rij van dit dossier heeft een fout.", "1 van de 2 rijen heeft een fout.", "De rij van dit dossier heeft een fout."]);
  });

  test("a French list read in a Dutch run (and the reverse) gives the same figures", () => {
    const nlRun = recalculateList(list(H_FR));
    expect(nlRun.outputs.map((o) => o.slice(0, 3))).toEqual(fr.outputs.map((o) => o.slice(0, 3)));
  });
});

describe("the catalogue", () => {
  test("every Dutch key has a French text, and no French text holds a Dutch word (the list's and the summary's texts too)", () => {
    const check = (nl: Record<string, unknown>, fr: Record<string, unknown>, path: string) => {
      expect([path, Object.keys(fr).sort()]).toEqual([path, Object.keys(nl).sort()]);
      for (const key of Object.keys(nl)) {
        const text = fr[key];
        expect([`${path}.${key}`, typeof text]).toEqual([`${path}.${key}`, typeof nl[key]]);
        if (typeof text === "object" && text !== null) {
          check(nl[key] as Record<string, unknown>, text as Record<string, unknown>, `${path}.${key}`);
          continue;
        }
        // a text with parameters: called with sample values (a column, a dossier, rows)
        const shown = typeof text === "function" ? (text as (...a: unknown[]) => string)("Déficit", "D1", 3, "X", 5, 6) : String(text);
        expect([`${path}.${key}`, shown.length > 0, DUTCH_WORDS.test(shown)]).toEqual([`${path}.${key}`, true, false]);
      }
    };
    check(DOSSIER_TEXTS.nl as unknown as Record<string, unknown>, DOSSIER_TEXTS.fr as unknown as Record<string, unknown>, "fr");
    expect(Object.keys(DOSSIER_TEXTS.fr.list)).toContain("noHeaderRow");
    expect(Object.keys(DOSSIER_TEXTS.fr.summary)).toContain("countsLoose");
  });
});

describe("a Status names a column as the list calls it", () => {
  // one dossier, one child, a bad income: the status names the income column by the list's own header text
  const rows = (header: string[]) => [header, ["D1", "An", "abc", null, 0, 900]];
  test("a Dutch list run in French: 'Inkomen', never a 'Revenu' the list does not have", () => {
    const run = withLanguage("fr", () => recalculateList(rows(["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"])));
    expect(run.outputs[0][3]).toMatch(/^Inkomen : /);
  });
  test("a French list run in Dutch: 'Revenu'", () => {
    const run = recalculateList(rows(["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit"]));
    expect(run.outputs[0][3]).toMatch(/^Revenu: /);
  });
  test("a header typed another way (case, a hyphen) is named as typed", () => {
    const run = recalculateList([["dossier", "kind", "INKOMEN", "partner-inkomen", "Personen ten laste", "Tekort"], ["D1", "An", 100, -5, 0, 900]]);
    expect(run.outputs[0][3]).toMatch(/^partner-inkomen: /);
  });
});
