/**
 * Issue 13, item 1: error messages follow Office's display language. With Office.context.displayLanguage "fr-BE"
 * the OCMW.* functions give the same Excel error codes, with French messages naming the argument by its French
 * name from functions/catalogue.fr.json (the name Excel shows in French); outside Office, or in Dutch, as before.
 */
import { caught, cfError, excelFunctionCaller, serial } from "../helpers/excel";

const call = excelFunctionCaller();

import { DUTCH_WORD } from "./dutchWords";

function setDisplayLanguage(language: string | undefined): void {
  if (language === undefined) delete (globalThis as any).Office;
  else (globalThis as any).Office = { context: { displayLanguage: language } };
}

afterEach(() => setDisplayLanguage(undefined));

/** The Excel error of a call: its code and message. */
function excelError(fn: () => unknown): { code: string; message: string } {
  const error = caught(fn) as any;
  expect(error).toBeInstanceOf(cfError());
  return { code: error.code, message: error.message };
}

function expectFrench(message: string, argument: string): void {
  expect(message.startsWith(`${argument} : `)).toBe(true);
  expect(message).not.toMatch(DUTCH_WORD);
}

describe("Office in French (fr-BE)", () => {
  beforeEach(() => setDisplayLanguage("fr-BE"));

  test("an amount: negative, text, missing, too large; the French argument name", () => {
    const negative = excelError(() => call("KINDSDEEL", -5, 2));
    expect(negative.code).toBe("#VALUE!");
    expect(negative.message).toBe("deficit : ne peut pas être négatif (reçu -5) ; attend un montant en euros (un nombre, 0 ou plus).");
    const text = excelError(() => call("BIJDRAGE", 30000, null, 0, "abc"));
    expect(text.message).toBe("part_enfant : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « abc ».");
    const missing = excelError(() => call("BIJDRAGE", 30000, null, 0, null));
    expect(missing.message).toBe("part_enfant : manquant ; attend un montant en euros (un nombre, 0 ou plus).");
    // 1e12 is the largest amount; its French form groups by three with a narrow no-break space (Intl fr-BE)
    const large = excelError(() => call("KINDSDEEL", 2e12, 2));
    expect(large.message).toBe("deficit : est trop grand ; le maximum est de 1\u202f000\u202f000\u202f000\u202f000 euros.");
    expect(large.message).toBe(`deficit : est trop grand ; le maximum est de ${new Intl.NumberFormat("fr-BE").format(1e12)} euros.`);
    for (const m of [negative, text, missing, large]) expectFrench(m.message, m.message.split(" : ")[0]);
  });

  test("a count, a boolean received, a range of several cells", () => {
    const count = excelError(() => call("KINDSDEEL", 100, 0));
    expect(count.message).toBe("nombre_enfants : attend un nombre entier de 1 ou plus, mais a reçu 0.");
    const days = excelError(() => call("TEKORT", 60.5, 32, 0, 1500));
    expect(days.message).toBe("jours : attend un nombre entier de 0 à 31, mais a reçu 32.");
    const logical = excelError(() => call("KINDSDEEL", true, 2));
    expect(logical.message).toBe("deficit : attend un montant en euros (un nombre, 0 ou plus), mais a reçu la valeur logique VRAI.");
    const cells = excelError(() => call("KINDSDEEL", [[1, 2]], 2));
    expect(cells.message).toBe("deficit : attend une seule valeur, mais a reçu une plage de plusieurs cellules.");
    for (const m of [count, days, logical, cells]) expectFrench(m.message, m.message.split(" : ")[0]);
  });

  test("a cell of a range names its line and column in French", () => {
    const cell = excelError(() => call("TEKORT", 60.5, 30, [[150], [-1]], 1500));
    expect(cell.message).toBe(
      "frais_supplementaires (ligne 2, colonne 1) : ne peut pas être négatif (reçu -1) ; attend un montant en euros (un nombre, 0 ou plus).",
    );
    expect(cell.message).not.toMatch(DUTCH_WORD);
  });

  test("a date and a code", () => {
    const date = excelError(() => call("ZORGBUDGET.START", 10));
    expect(date.message).toBe(
      "date_demande : n'est pas une date valide (reçu 10) ; attend une date du 01/03/1900 au 31/12/9999 (une date Excel, numéro de série 61 à 2958465).",
    );
    const code = excelError(() => call("REMGELD", "XX", 1, 1));
    expect(code.message).toBe("categorie : code inconnu « XX » ; attend l'un des codes VT, KIND, WERKLOOS, PTL, ANDER.");
    const flag = excelError(() => call("REMGELD", "VT", 1, 1, "peut-être"));
    expect(flag.message).toBe("avec_personnes_a_charge : attend VRAI ou FAUX (ou vide), mais a reçu le texte « peut-être ».");
    const after = excelError(() => call("MEDISCHEKAART.TERMIJN", serial("9999-12-31")));
    expect(after.message).toBe("date_prestation : le résultat tombe après le 31/12/9999, la dernière date qu'Excel connaît.");
    for (const m of [date, code, flag, after]) expectFrench(m.message, m.message.split(" : ")[0]);
  });

  test("a French call does not change the result, and the language does not stick after the call", () => {
    expect(call("KINDSDEEL", 100, 3)).toBe(33.33); // 100 / 3 = 33.333... rounded down
    expect(() => call("KINDSDEEL", -5, 2)).toThrow(/^deficit : /);
    setDisplayLanguage(undefined);
    expect(excelError(() => call("KINDSDEEL", -5, 2)).message).toBe(
      "tekort: mag niet negatief zijn (kreeg -5); verwacht een bedrag in euro (een getal, 0 of meer).",
    );
  });
});

describe("Dutch stays the default", () => {
  test.each([undefined, "nl-BE", "en-US", ""])("display language %p gives the Dutch message with the Dutch name", (language) => {
    setDisplayLanguage(language);
    const error = excelError(() => call("BIJDRAGE", 30000, null, 0, -1));
    expect(error.message).toBe("kindsdeel: mag niet negatief zijn (kreeg -1); verwacht een bedrag in euro (een getal, 0 of meer).");
  });

  test("an Office object without context (outside a document) is Dutch, not a crash", () => {
    (globalThis as any).Office = {};
    expect(excelError(() => call("KINDSDEEL", 100, 0)).message).toBe("aantal_kinderen: verwacht een geheel getal van 1 of meer, maar kreeg 0.");
    (globalThis as any).Office = { context: { get displayLanguage(): string { throw new Error("not ready"); } } };
    expect(excelError(() => call("KINDSDEEL", 100, 0)).message).toBe("aantal_kinderen: verwacht een geheel getal van 1 of meer, maar kreeg 0.");
  });
});

describe("the rules' own errors in French, per function family", () => {
  beforeEach(() => setDisplayLanguage("fr-BE"));

  const SCALE = [
    [0, 20000, 25000, 50],
    [0, 25000, 30000, 100],
    [2, 25000, 30000, 40],
  ];

  test("BIJDRAGE's scale: a bad cell, overlapping rows, no matching row", () => {
    const cell = excelError(() => call("BIJDRAGE", 30000, null, 0, 500, null, [[0, 20000, 25000, "x"]]));
    expect(cell.message).toBe(
      "bareme (ligne 1, montant_mensuel) : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « x ».",
    );
    const tot = excelError(() => call("BIJDRAGE", 30000, null, 0, 500, null, [[0, 20000, 15000, 10]]));
    expect(tot.message).toBe("bareme (ligne 1, revenu_jusqu_a) : doit être supérieur à revenu_de (20.000,00), ou vide s'il n'y a pas de limite supérieure.".replace("20.000,00", "20\u202f000,00"));
    const overlap = excelError(() => call("BIJDRAGE", 30000, null, 0, 500, null, [[0, 20000, 26000, 10], [0, 25000, null, 20]]));
    expect(overlap.message).toBe("bareme : les lignes 1 et 2 se chevauchent (0 personnes à charge).");
    const none = excelError(() => call("BIJDRAGE", 40000, null, 0, 1000, null, [[1, 0, null, 10]]));
    expect(none.code).toBe("#N/A");
    expect(none.message).toBe("bareme : le barème n'a aucune ligne pour 0 personnes à charge ou moins.");
    const width = excelError(() => call("BIJDRAGE", 30000, null, 0, 500, null, [[0, 1, 2]]));
    for (const m of [cell, tot, overlap, none, width]) expectFrench(m.message, m.message.split(" : ")[0]);
    // the same scale in Dutch names the Dutch argument and column
    setDisplayLanguage("nl-BE");
    expect(excelError(() => call("BIJDRAGE", 30000, null, 0, 500, null, [[0, 20000, 25000, "x"]])).message).toBe(
      'schaal (rij 1, maandbedrag): verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "x".',
    );
    expect(call("BIJDRAGE", 26000, null, 0, 500, null, SCALE)).toBe(100);
  });

  test("a date before the first known value (#N/A) names the parameter in French", () => {
    const early = excelError(() => call("VRIJSTELLING", 0, serial("2008-08-31")));
    expect(early.code).toBe("#N/A");
    expectFrench(early.message, "date");
    expect(early.message).toMatch(/^date : aucune valeur de « .+ » n'est connue au 31\/08\/2008 ; la première valeur connue s'applique à partir du \d\d\/\d\d\/\d{4}\.$/);
  });

  test("REMGELD and REMGELD.OPNAMES: the order of days, the rows of the admissions", () => {
    const order = excelError(() => call("REMGELD", "VT", 5, 3));
    expect(order.message).toBe("dernier_jour : doit être égal ou postérieur à premier_jour (5), mais vaut 3.");
    const before = excelError(() => call("REMGELD.OPNAMES", "VT", [[serial("2024-03-10"), serial("2024-03-01")]]));
    expect(before.message).toBe("admissions (ligne 1) : la date de sortie (01/03/2024) ne peut pas précéder la date d'admission (10/03/2024).");
    const column = excelError(() => call("REMGELD.OPNAMES", "VT", [[serial("2024-03-01"), "x"]]));
    expect(column.message.startsWith("admissions (ligne 1, date_sortie) : ")).toBe(true);
    const same = excelError(() =>
      call("REMGELD.OPNAMES.UITLEG", "VT", [[serial("2024-03-01"), serial("2024-03-02")], [serial("2024-03-01"), serial("2024-03-03")]]),
    );
    expect(same.message).toBe(
      "admissions (ligne 2) : deux hospitalisations complètes à la même date, le 01/03/2024 (lignes 1 et 2) ; chaque hospitalisation doit avoir sa propre date d'admission.",
    );
    const width = excelError(() => call("REMGELD.OPNAMES", "VT", [[1]]));
    for (const m of [order, before, column, same, width]) expectFrench(m.message, m.message.split(" : ")[0]);
  });

  test("ZORGBUDGET: the handicap percentage and its companion", () => {
    const percentage = excelError(() => call("ZORGBUDGET", serial("2024-05-01"), serial("2024-01-10"), "thuis", null, null, null, null, 0.66, 7));
    expect(percentage.message).toBe("handicap : attend un pourcentage de 0 à 100 : tapez 66 pour 66 % (reçu 0,66).");
    const alone = excelError(() => call("ZORGBUDGET", serial("2024-05-01"), serial("2024-01-10"), "thuis", null, null, null, null, 66));
    expect(alone.message).toBe("autonomie : manquant : le handicap ne compte qu'avec les points d'autonomie (au moins 7).");
    for (const m of [percentage, alone]) expectFrench(m.message, m.message.split(" : ")[0]);
  });

  test("AANDEEL: contributions above the deficit", () => {
    const error = excelError(() => call("AANDEEL", 1000, [[600], [400.01]]));
    expect(error.message).toBe(
      "contributions : la somme des contributions (1\u202f000,01) ne peut pas dépasser le déficit (1\u202f000,00) ; une contribution ne dépasse jamais la part d'enfant.",
    );
  });

  test("VERLOFDAGEN and MEDISCHEKAART", () => {
    const leave = excelError(() => call("VERLOFDAGEN", "PTL", serial("2024-01-01"), [[serial("2024-03-01")], ["x"]]));
    expect(leave.message.startsWith("jours_conge (ligne 2, colonne 1) : ")).toBe(true);
    const months = excelError(() => call("MEDISCHEKAART.EINDE", serial("2024-01-01"), 4));
    expect(months.message).toBe("mois : attend un nombre entier de 1 à 3, mais a reçu 4.");
    for (const m of [leave, months]) expectFrench(m.message, m.message.split(" : ")[0]);
  });
});

test("yes/no arguments take the logical values only (Excel's VRAI/FAUX arrive as booleans), in either language", () => {
  // REMGELD for ANDER, day 1 only, with a private room: one day's room supplement (5.00) more than without
  for (const language of ["fr-BE", undefined]) {
    setDisplayLanguage(language);
    expect(call("REMGELD", "ANDER", 1, 1, null, null, true)).toBe(68.71); // 63.71 + 5.00
    expect(call("REMGELD", "ANDER", 1, 1, null, null, false)).toBe(63.71); // 19.42 + 27.27 + 0.62 + 16.40
    // the logical values written as text read as such (a cell formatted as text); other words are refused
    expect(call("REMGELD", "ANDER", 1, 1, null, null, "vrai")).toBe(68.71);
    expect(call("REMGELD", "ANDER", 1, 1, null, null, "ONWAAR")).toBe(63.71);
    for (const text of ["OUI", "Non", "ja", "1"]) {
      const e = excelError(() => call("REMGELD", "ANDER", 1, 1, null, null, text));
      expect(e.message).toMatch(language === undefined ? /^eenpersoonskamer: verwacht WAAR of ONWAAR/ : /^chambre_particuliere : attend VRAI ou FAUX/);
    }
  }
});
