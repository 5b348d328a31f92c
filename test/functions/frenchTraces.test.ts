/**
 * Issue 13, item 3 (the rules' part): the *.UITLEG functions in French when Office runs in French. Every step
 * label, note and notice is French; the sources' own titles stay as published (they are cut out before the check
 * for Dutch words); the amounts are the same as in Dutch.
 */
import { excelFunctionCaller, serial } from "../helpers/excel";
import {
  aandeel,
  kindsdeel,
  medischeKaartEinde,
  medischeKaartTermijn,
  MESSAGE_CATALOGUES,
  metBillijkheid,
  tekort,
  traceRows,
  verlofdagen,
  withLanguage,
  zorgbudget,
  zorgbudgetBeslistermijn,
  zorgbudgetStart,
} from "../../src/rules";
import { Decimal } from "../../src/rules/money";
import zorgbudgetData from "../../src/rules/parameters/zorgbudget.json";
import { DUTCH_WORD } from "./dutchWords";

const call = excelFunctionCaller();

function inLanguage<T>(language: string | undefined, run: () => T): T {
  if (language === undefined) delete (globalThis as any).Office;
  else (globalThis as any).Office = { context: { displayLanguage: language } };
  try {
    return run();
  } finally {
    delete (globalThis as any).Office;
  }
}

/** The text without the cited sources: from "source : " to the parenthesis that closes the step's remark. */
function withoutSources(text: string): string {
  let out = text;
  for (;;) {
    const start = out.indexOf("source : ");
    if (start < 0) return out;
    let depth = 0;
    let end = start + "source : ".length;
    for (; end < out.length; end++) {
      if (out[end] === "(") depth++;
      else if (out[end] === ")") {
        if (depth === 0) break;
        depth--;
      }
    }
    out = out.slice(0, start) + "SOURCE" + out.slice(end);
  }
}

function expectFrenchRows(rows: any[][], minRows = 4): void {
  expect(rows.length).toBeGreaterThanOrEqual(minRows);
  for (const [label] of rows) {
    expect(typeof label).toBe("string");
    expect(withoutSources(label)).not.toMatch(DUTCH_WORD);
  }
}

const SCALE = [
  ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
  [0, 20000, 25000, 50],
  [0, 25000, 30000, 100],
  [2, 25000, 30000, 40],
];

describe("BIJDRAGE.UITLEG in French", () => {
  test("the approximation, on a date long after the last index jump: labels, the derivation, both warnings", () => {
    const args = [31723, 1000, 2, 500, serial("2030-01-01"), null, 3000];
    const fr = inLanguage("fr-BE", () => call("BIJDRAGE.UITLEG", ...args));
    const nl = inLanguage(undefined, () => call("BIJDRAGE.UITLEG", ...args));
    expectFrenchRows(fr);
    // the same steps and amounts in both languages
    expect(fr.map((r: any[]) => r[1])).toEqual(nl.map((r: any[]) => r[1]));
    const labels = fr.map((r: any[]) => r[0] as string);
    expect(labels).toContain("Revenu imposable net de l'enfant (par an)");
    expect(labels.some((l: string) => l.startsWith("APPROXIMATION : cette contribution suit l'approximation intégrée"))).toBe(true);
    expect(labels.some((l: string) => /^Peut-être dépassé : le dernier saut d'index connu date du \d\d\/\d\d\/\d{4} ;/.test(l))).toBe(true);
    expect(labels.some((l: string) => l.includes("(dérivé de ") && l.includes("avec le saut d'index du "))).toBe(true);
    // 31 723 + 1 000 = 32 723 in Belgian French: a narrow no-break space groups the thousands
    expect(labels.some((l: string) => l.includes("Revenu cadastral au-delà du seuil"))).toBe(true);
  });

  test("with the official scale", () => {
    const fr = inLanguage("fr-BE", () => call("BIJDRAGE.UITLEG", 26000, null, 0, 500, null, SCALE, null));
    expectFrenchRows(fr);
    // 26 000 falls in the row 25 000 to 30 000 (row 3 of the range, the header is row 1): 100 a month
    expect(fr).toContainEqual(["Ligne 3 du barème : revenu du ménage de 25\u202f000,00 à 30\u202f000,00, montant mensuel", 100]);
    expect(fr[fr.length - 1]).toEqual(["Contribution par mois (montant du barème, au plus la part d'enfant)", 100]);
  });
});

describe("REMGELD.OPNAMES.UITLEG in French", () => {
  test("two admissions joined, a day hospitalisation, surveillance fees, a psychiatric examination", () => {
    const opnames = [
      ["opnamedatum", "ontslagdatum", "soort", "overgeplaatst", "onderzoeken"],
      [serial("2024-03-01"), serial("2024-03-10"), "volledig", false, 1],
      [serial("2024-04-01"), serial("2024-04-01"), "dag", null, null],
      [serial("2024-05-01"), serial("2024-05-05"), "volledig", false, 0],
    ];
    const args = ["ANDER", opnames, true, "A", true, "psychiatrisch"];
    const fr = inLanguage("fr", () => call("REMGELD.OPNAMES.UITLEG", ...args));
    const nl = inLanguage("nl-NL", () => call("REMGELD.OPNAMES.UITLEG", ...args));
    expectFrenchRows(fr);
    expect(fr.map((r: any[]) => r[1])).toEqual(nl.map((r: any[]) => r[1]));
    const labels = fr.map((r: any[]) => r[0] as string);
    expect(labels[0]).toBe(
      "Dans un hôpital psychiatrique, les jours des hospitalisations séparées par une interruption de 180 jours au plus sont additionnés ; chaque jour aux montants en vigueur à sa propre date",
    );
    expect(labels).toContain("Ligne 3 : hospitalisation de jour du 01/04/2024 au 01/04/2024 : pas de quote-part personnelle, pas de journées d'hospitalisation");
    expect(labels[labels.length - 1]).toBe("Quote-part personnelle pour toutes les hospitalisations");
  });

  test("VT: no surveillance fees, no forfait", () => {
    const fr = inLanguage("fr-BE", () => call("REMGELD.OPNAMES.UITLEG", "VT", [[serial("2024-03-01"), serial("2024-03-03")]], null, "T"));
    expectFrenchRows(fr);
    const labels = fr.map((r: any[]) => r[0] as string);
    expect(labels).toContain("Honoraires de surveillance service T : pas de quote-part personnelle en cas d'intervention majorée");
    expect(labels).toContain("Forfait prestations médico-techniques : pas en cas d'intervention majorée");
  });
});

test("a French call leaves the Dutch trace of the next call unchanged (no French text remembered)", () => {
  const args = [31723, null, 2, 500, serial("2030-01-01"), null, null];
  const before = inLanguage(undefined, () => call("BIJDRAGE.UITLEG", ...args));
  inLanguage("fr-BE", () => call("BIJDRAGE.UITLEG", ...args));
  expect(inLanguage(undefined, () => call("BIJDRAGE.UITLEG", ...args))).toEqual(before);
  expect(before.some((r: any[]) => String(r[0]).includes("afgeleid van "))).toBe(true);
});

describe("the zorgbudget in French says it belongs to the Flemish social protection (issue 13, item 4)", () => {
  // the rules directly, as the task pane calls them (there is no ZORGBUDGET.UITLEG function)

  test.each([
    ["thuis, entitled", { maand: serial("2024-06-15"), aanvraagdatum: serial("2024-01-10"), zorgvorm: "thuis", katz: "C" }],
    ["thuis, not entitled", { maand: serial("2024-06-15"), aanvraagdatum: serial("2024-01-10"), zorgvorm: "thuis", katz: "A" }],
    ["residentieel, before the first payment", { maand: serial("2024-02-15"), aanvraagdatum: serial("2024-01-10"), zorgvorm: "residentieel" }],
  ])("%s", (_name, input) => {
    const fr = withLanguage("fr", () => traceRows(zorgbudget(input).steps));
    const nl = traceRows(zorgbudget(input).steps);
    expectFrenchRows(fr);
    expect(fr.map((r: any[]) => r[1])).toEqual(nl.map((r: any[]) => r[1]));
    expect(fr[0][0]).toMatch(/^Mois : \d\d\/\d\d\/\d{4} \(budget de soins de la protection sociale flamande\)$/);
    expect(fr.some((r: any[]) => /protection sociale flamande/.test(String(r[0])) && r[1] !== "")).toBe(true);
  });

  test("the start and decision dates", () => {
    // applied 10/01/2024: first payment on the first day of the fourth month after January, 01/05/2024; decision 60 days later
    const start = withLanguage("fr", () => traceRows(zorgbudgetStart(serial("2024-01-10")).steps));
    expect(start).toEqual([
      ["Demande introduite le 10/01/2024 (budget de soins de la protection sociale flamande)", ""],
      ["Premier paiement (demande à partir du 01/01/2009 : premier jour du quatrième mois après le mois de la demande) : 01/05/2024", ""],
    ]);
    // 10 January + 60 days = 10 March 2024 (2024 is a leap year: 21 days of January + 29 of February + 10 of March)
    const decision = withLanguage("fr", () => traceRows(zorgbudgetBeslistermijn(serial("2024-01-10")).steps));
    expect(decision[1]).toEqual(["La caisse d'assurance soins (protection sociale flamande) décide dans les 60 jours : au plus tard le 10/03/2024", ""]);
  });

  test("the French parameter labels of the zorgbudget name the Flemish social protection", () => {
    for (const p of Object.values(zorgbudgetData) as { label_fr: string }[]) expect(p.label_fr).toMatch(/protection sociale flamande/);
    expect(Object.keys(MESSAGE_CATALOGUES.fr).length).toBe(Object.keys(MESSAGE_CATALOGUES.nl).length);
  });
});

describe("the other traces in French (the rules as the faces call them)", () => {
  const cases: [string, () => { steps: any[] }][] = [
    ["TEKORT with the zakgeld of a late date (derived, stale)", () => tekort({ ligdagprijs: 60.5, dagen: 30, bijkomendeKosten: [[150]], inkomsten: 1500, datum: serial("2030-01-01") })],
    ["TEKORT with a given zakgeld", () => tekort({ ligdagprijs: 60.5, dagen: 30, bijkomendeKosten: 0, inkomsten: 1500, zakgeld: 120 })],
    ["KINDSDEEL", () => kindsdeel(100, 3)],
    ["AANDEEL", () => aandeel(100.01, [[33.33], [33.33], [33.33]])],
    ["VERLOFDAGEN", () => verlofdagen("PTL", serial("2024-01-10"), [[serial("2024-01-20")], [serial("2024-02-12")], [serial("2024-02-13")], [serial("2024-02-14")], [serial("2024-02-15")]])],
    ["VERLOFDAGEN for VT", () => verlofdagen("VT", serial("2024-01-10"), serial("2024-02-12"))],
    ["MEDISCHEKAART.EINDE", () => medischeKaartEinde(serial("2024-01-31"), 1)],
    ["MEDISCHEKAART.TERMIJN", () => medischeKaartTermijn(serial("2024-01-31"))],
    ["an equity decision", () => metBillijkheid(kindsdeel(100, 3), new Decimal("33.33"), 10, "Schulden")],
  ];
  test.each(cases)("%s", (_name, run) => {
    const fr = withLanguage("fr", () => traceRows(run().steps));
    const nl = traceRows(run().steps);
    expectFrenchRows(fr, 2);
    expect(fr.map((r: any[]) => r[1])).toEqual(nl.map((r: any[]) => r[1]));
  });

  test("the kindsdeel and the OCMW share, word for word", () => {
    // 100 / 3 = 33.333... rounded down: 33.33; 100.01 - 3 x 33.33 = 0.02
    expect(withLanguage("fr", () => traceRows(kindsdeel(100, 3).steps))).toEqual([
      ["Déficit par mois", 100],
      ["Nombre d'enfants (premier degré, y compris ceux qui ne peuvent pas payer)", 3],
      ["Part d'enfant (déficit / nombre d'enfants, arrondi au cent inférieur)", 33.33],
    ]);
    expect(withLanguage("fr", () => traceRows(aandeel(100.01, [[33.33], [33.33], [33.33]]).steps)).pop()).toEqual(["Part du CPAS (déficit - total récupéré)", 0.02]);
  });
});

describe("citations in French: the documents' own titles stay as published, the words around them are French", () => {
  test("a value derived from a worked example, an amount without a known start date", () => {
    const bijdrage = inLanguage("fr-BE", () => call("BIJDRAGE.UITLEG", 31723, null, 2, 500, null, null, null));
    const voet = bijdrage.map((r: any[]) => String(r[0])).find((l: string) => l.startsWith("Taux de contribution de l'approximation"));
    expect(voet).toContain("source : dérivé du seul exemple de calcul public (");
    expect(voet).toContain("), d'après '");
    const remgeld = inLanguage("fr-BE", () => call("REMGELD.OPNAMES.UITLEG", "ANDER", [[serial("2024-03-01"), serial("2024-03-03")]], null, null, null, "psychiatrisch"));
    const medicatie = remgeld.map((r: any[]) => String(r[0])).find((l: string) => l.startsWith("Forfait médicaments"));
    expect(medicatie).toContain("; date d'entrée en vigueur inconnue : s'applique à toute date");
    expect(medicatie).not.toContain("ingangsdatum");
    // the same rows in Dutch are as before
    const nl = inLanguage(undefined, () => call("REMGELD.OPNAMES.UITLEG", "ANDER", [[serial("2024-03-01"), serial("2024-03-03")]], null, null, null, "psychiatrisch"));
    expect(nl.map((r: any[]) => String(r[0])).find((l: string) => l.startsWith("Forfait medicatie"))).toContain("; ingangsdatum onbekend: geldt voor elke datum");
  });
});
