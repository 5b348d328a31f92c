/**
 * Issue 13, item 1: the French metadata of the custom functions (functions.fr.json, named by the manifest for fr-FR
 * and fr-BE) is functions.json with the texts of functions/catalogue.fr.json; same ids, function names, parameters,
 * order, optional flags, types and dimensionality; every text present, non-empty and French.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS_FILE } from "../helpers/excel";
import catalogue from "../../functions/catalogue.fr.json";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { PENDING, checkCatalogue, frenchMetadata, frenchFormula, frenchNumber } = require("../../scripts/build/french");

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
  type?: string;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: Fn[];
}
type Catalogue = { functions: Record<string, { description: string; parameters: Record<string, { name: string; description: string } | null> }> };

let nl: Metadata;
let fr: Metadata;

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, true);
  expect(generated.errors).toEqual([]);
  nl = JSON.parse(generated.metadataJson);
  fr = frenchMetadata(nl, catalogue, { base: "https://ocmw.example.be/excel", namespace: "OCMW" });
}, 30_000);

const copy = (): Catalogue => JSON.parse(JSON.stringify(catalogue));
const NONE = new Set<string>();

/**
 * SPEC 3 section 1, every OCMW.* function with its arguments ("?" = optional), plus REMGELD.OPNAMES.UITLEG (same
 * arguments as REMGELD.OPNAMES). The catalogue covers exactly these, also the ones other branches are adding.
 */
const SPEC3: Record<string, string[]> = {
  TEKORT: ["ligdagprijs", "dagen", "bijkomende_kosten", "inkomsten", "zakgeld", "datum"],
  KINDSDEEL: ["tekort", "aantal_kinderen"],
  AANDEEL: ["tekort", "bijdragen"],
  VRIJSTELLING: ["personen_ten_laste", "datum"],
  BIJDRAGE: ["inkomen", "partner_inkomen", "personen_ten_laste", "kindsdeel", "datum", "schaal", "kadastraal_inkomen"],
  "BIJDRAGE.UITLEG": ["inkomen", "partner_inkomen", "personen_ten_laste", "kindsdeel", "datum", "schaal", "kadastraal_inkomen"],
  ZORGBUDGET: ["maand", "aanvraagdatum", "zorgvorm", "katz", "bel", "medisch", "dagverzorging", "handicap", "zelfredzaamheid", "kinderbijslag_punten"],
  "ZORGBUDGET.START": ["aanvraagdatum"],
  "ZORGBUDGET.BESLISTERMIJN": ["aanvraagdatum"],
  REMGELD: ["categorie", "eerste_dag", "laatste_dag", "met_personen_ten_laste", "dienst", "eenpersoonskamer", "overgeplaatst", "opnamedatum", "ziekenhuis"],
  "REMGELD.OPNAMES": ["categorie", "opnames", "met_personen_ten_laste", "dienst", "eenpersoonskamer", "ziekenhuis"],
  "REMGELD.OPNAMES.UITLEG": ["categorie", "opnames", "met_personen_ten_laste", "dienst", "eenpersoonskamer", "ziekenhuis"],
  VERLOFDAGEN: ["categorie", "opnamedatum", "verlofdagen"],
  "MEDISCHEKAART.EINDE": ["startdatum", "maanden"],
  "MEDISCHEKAART.TERMIJN": ["prestatiedatum"],
};

/** Dutch words that must not appear in a French text (codes the functions expect are quoted in « »). */
const DUTCH = [
  "kindsdeel", "bedrag", "bedragen", "leeg", "tekort", "aandeel", "bijdrage", "bijdragen", "vrijstelling", "zakgeld", "remgeld",
  "zorgbudget", "zorgkas", "ziekenhuis", "opname", "opnames", "inkomen", "inkomsten", "aantal", "datum", "dagen", "maand",
  "maanden", "jaar", "schaal", "kinderen", "personen", "ten", "laste", "het", "een", "van", "voor", "geen", "niet", "of",
  "WAAR", "ONWAAR", "OCMW", "WZC", "ligdagprijs", "verlofdagen", "dienst", "kamer", "eerste", "laatste",
];
const DUTCH_LOWER = new Set(DUTCH.map((w) => w.toLowerCase()));
const dutchWordIn = (text: string): string | undefined => {
  const words = text
    .replace(/«[^»]*»/g, " ") // codes typed as given: « thuis », « ANDER »
    .replace(/\bOCMW(\.[A-Z]+)+/g, " ") // function names stay OCMW.*
    .split(/[^\p{L}]+/u);
  return words.find((w) => DUTCH_LOWER.has(w.toLowerCase()));
};
const FRENCH = /(^|[^\p{L}])(le|la|les|l'|de|du|des|d'|un|une|en|ou|au|à|et|par|pour)(?=[^\p{L}]|$)/iu;

describe("the catalogue", () => {
  test("covers functions.json exactly: nothing missing, nothing empty, nothing stale", () => {
    const check = checkCatalogue(nl, catalogue);
    expect(check.missing).toEqual([]);
    expect(check.invalid).toEqual([]);
    expect(check.stale).toEqual([]);
  });

  test("covers every function and argument of SPEC 3 section 1, and nothing else", () => {
    const entries = (catalogue as Catalogue).functions;
    expect(Object.keys(entries).sort()).toEqual(Object.keys(SPEC3).sort());
    for (const [id, params] of Object.entries(SPEC3)) expect([id, Object.keys(entries[id].parameters)]).toEqual([id, params]);
  });

  test("tolerates as absent only the SPEC 3 entries other branches add; each of them is indeed absent here", () => {
    // When this fails after the merge: that function or argument is now in functions.json; remove it from PENDING in
    // scripts/build/french.js (the lead empties PENDING once every branch is merged).
    const ids = new Set(nl.functions.map((f) => f.id));
    const params = new Set(nl.functions.flatMap((f) => f.parameters.map((p) => `${f.id}/${p.name}`)));
    for (const key of PENDING as Set<string>) expect([key, key.includes("/") ? params.has(key) : ids.has(key)]).toEqual([key, false]);
    expect(checkCatalogue(nl, catalogue).pending).toHaveLength((PENDING as Set<string>).size);
  });

  test("a function or argument without French text, or an entry that no longer exists, is reported", () => {
    const noFunction = copy();
    delete noFunction.functions.KINDSDEEL;
    expect(checkCatalogue(nl, noFunction).missing).toEqual(["functie KINDSDEEL heeft geen Franse tekst"]);
    expect(() => frenchMetadata(nl, noFunction)).toThrow(/functie KINDSDEEL heeft geen Franse tekst/);

    const noParam = copy();
    delete noParam.functions.TEKORT.parameters.zakgeld;
    expect(checkCatalogue(nl, noParam).missing).toEqual(["argument zakgeld van TEKORT heeft geen Franse tekst"]);

    const stale = copy();
    stale.functions["OUDE.FUNCTIE"] = { description: "Ancienne fonction.", parameters: {} };
    stale.functions.AANDEEL.parameters.oud = { name: "ancien", description: "Argument supprimé." };
    expect(checkCatalogue(nl, stale).stale).toEqual([
      "argument oud van AANDEEL staat in de Franse catalogus maar niet in functions.json",
      "functie OUDE.FUNCTIE staat in de Franse catalogus maar niet in functions.json",
    ]);
    expect(() => frenchMetadata(nl, stale)).toThrow(/OUDE\.FUNCTIE/);
    // without the tolerance for other branches' functions, those are stale too (as after the merge, if still absent)
    expect(checkCatalogue(nl, catalogue, NONE).stale.length).toBe((PENDING as Set<string>).size);

    const empty = copy();
    empty.functions.VRIJSTELLING.description = " ";
    empty.functions.VRIJSTELLING.parameters.datum = { name: "date", description: "" };
    empty.functions.KINDSDEEL.parameters.tekort = { name: "nombre_enfants", description: "Double." };
    empty.functions.TEKORT.parameters.dagen = { name: "Jours dans le mois", description: "Nombre de jours." };
    expect(checkCatalogue(nl, empty).invalid).toEqual([
      'argument dagen van TEKORT: Franse naam "Jours dans le mois" moet uit kleine letters, cijfers en _ bestaan',
      'argument aantal_kinderen van KINDSDEEL: Franse naam "nombre_enfants" komt twee keer voor',
      "functie VRIJSTELLING: de Franse beschrijving is leeg",
      "argument datum van VRIJSTELLING: de Franse hulptekst is leeg",
    ]);
  });
});

describe("functions.fr.json", () => {
  test("has the same functions, ids and names (OCMW.* in both languages) in the same order", () => {
    expect(fr.functions.map((f) => f.id)).toEqual(nl.functions.map((f) => f.id));
    for (const f of fr.functions) expect(f.name).toBe(f.id);
  });

  test("has the same parameters: count, order, optional, type, dimensionality; and the same results", () => {
    nl.functions.forEach((n, i) => {
      const f = fr.functions[i];
      const shape = (p: Param) => [p.optional ?? false, p.type, p.dimensionality ?? "scalar"];
      expect([n.id, f.parameters.map(shape)]).toEqual([n.id, n.parameters.map(shape)]);
      expect(f.result).toEqual(n.result);
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    });
  });

  test("texts come from the catalogue: the parameter of functions.json keyed by its Dutch name", () => {
    const entries = (catalogue as Catalogue).functions;
    const tekort = fr.functions.find((f) => f.id === "TEKORT")!;
    expect(tekort.description).toBe(entries.TEKORT.description);
    expect(tekort.parameters.map((p) => p.name)).toEqual(["prix_journee", "jours", "frais_supplementaires", "revenus", "argent_de_poche", "date"]);
    expect(tekort.parameters[4].description).toBe(entries.TEKORT.parameters.zakgeld!.description);
  });

  test("every description and parameter text is non-empty and French, without Dutch words", () => {
    for (const f of fr.functions) {
      for (const text of [f.description ?? "", ...f.parameters.map((p) => p.description ?? "")]) {
        expect([f.id, text.trim().length > 10]).toEqual([f.id, true]);
        expect([f.id, text, dutchWordIn(text)]).toEqual([f.id, text, undefined]);
        expect([f.id, text, FRENCH.test(text)]).toEqual([f.id, text, true]);
      }
      for (const p of f.parameters) expect([f.id, p.name, dutchWordIn(p.name.replace(/_/g, " "))]).toEqual([f.id, p.name, undefined]);
    }
    // the check itself finds Dutch
    expect(dutchWordIn("Het kindsdeel per maand; leeg = 0.")).toBe("Het");
    expect(dutchWordIn("Montant mensuel ; leeg = 0.")).toBe("leeg");
    expect(dutchWordIn("« thuis » ou « residentieel »")).toBeUndefined();
  });

  test("every text of the catalogue (also those of functions other branches add) is French, without Dutch words", () => {
    for (const [id, entry] of Object.entries((catalogue as Catalogue).functions)) {
      for (const text of [entry.description, ...Object.values(entry.parameters).map((p) => p!.description)]) {
        expect([id, text, dutchWordIn(text), FRENCH.test(text)]).toEqual([id, text, undefined, true]);
      }
    }
  });

  test("uses the Belgian French terms of the CPAS, and says the zorgbudget is Flemish social protection", () => {
    const d = (id: string) => (catalogue as Catalogue).functions[id].description;
    expect(d("KINDSDEEL")).toMatch(/^Part d'enfant/);
    expect(d("KINDSDEEL")).toMatch(/CPAS/);
    expect(d("AANDEEL")).toMatch(/^Part du CPAS/);
    expect(d("VRIJSTELLING")).toMatch(/^Montant immunisé/);
    expect(d("BIJDRAGE")).toMatch(/^Contribution/);
    expect(d("TEKORT")).toMatch(/argent de poche/);
    expect(d("TEKORT")).toMatch(/^Déficit/);
    for (const id of ["REMGELD", "REMGELD.OPNAMES"]) expect(d(id)).toMatch(/^Quote-part personnelle \(ticket modérateur\)/);
    for (const id of ["ZORGBUDGET", "ZORGBUDGET.START", "ZORGBUDGET.BESLISTERMIJN"]) {
      expect(d(id)).toMatch(/budget de soins/i);
      expect(d(id)).toMatch(/protection sociale flamande/);
    }
    // federal rules do not claim to be Flemish
    for (const id of ["TEKORT", "KINDSDEEL", "BIJDRAGE", "REMGELD", "VERLOFDAGEN"]) expect(d(id)).not.toMatch(/flamand/);
  });

  test("each function's help link is its section of help.fr.html", () => {
    for (const f of fr.functions) {
      expect(f.helpUrl).toBe(`https://ocmw.example.be/excel/help.fr.html#${`ocmw.${f.id}`.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`);
    }
  });
});

describe("help.fr.html's examples", () => {
  test("formulas as a French Excel writes them: DATE, VRAI, FAUX (text in quotes untouched)", () => {
    expect(frenchFormula('=OCMW.ZORGBUDGET(DATUM(2024;4;1); DATUM(2024;1;15); "thuis"; "B")')).toBe('=OCMW.ZORGBUDGET(DATE(2024;4;1); DATE(2024;1;15); "thuis"; "B")');
    expect(frenchFormula('=OCMW.REMGELD("ANDER"; 1; 10; ONWAAR; "A"; WAAR)')).toBe('=OCMW.REMGELD("ANDER"; 1; 10; FAUX; "A"; VRAI)');
    expect(frenchFormula('=OCMW.X("WAAR")')).toBe('=OCMW.X("WAAR")');
  });

  test("numbers grouped as in Belgian French: 26.028,80 -> 26 028,80", () => {
    expect(frenchNumber("26.028,80")).toBe("26\u202f028,80");
    expect(frenchNumber("1.234.567,5")).toBe("1\u202f234\u202f567,5");
    expect(frenchNumber("321,62")).toBe("321,62");
    expect(frenchNumber("01/05/2024")).toBe("01/05/2024");
  });
});
