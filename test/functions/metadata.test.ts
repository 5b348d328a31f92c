/** The metadata Excel registers (generated from the JSDoc of functions/functions.ts) matches SPEC section 1. */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS_FILE } from "../helpers/excel";

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
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}

let errors: string[];
let functions: Fn[];
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, true);
  errors = generated.errors;
  associate = generated.associate;
  functions = JSON.parse(generated.metadataJson).functions;
}, 30_000);

/** SPEC section 1: id -> parameters in order; a trailing "?" marks an optional argument ([...] in the SPEC). */
const SPEC: Record<string, string[]> = {
  TEKORT: ["ligdagprijs", "dagen", "bijkomende_kosten", "inkomsten", "zakgeld?", "datum?"],
  KINDSDEEL: ["tekort", "aantal_kinderen"],
  AANDEEL: ["tekort", "bijdragen"],
  VRIJSTELLING: ["personen_ten_laste", "datum?"],
  BIJDRAGE: ["inkomen", "partner_inkomen", "personen_ten_laste", "kindsdeel", "datum?", "schaal?", "kadastraal_inkomen?"],
  "BIJDRAGE.UITLEG": ["inkomen", "partner_inkomen", "personen_ten_laste", "kindsdeel", "datum?", "schaal?", "kadastraal_inkomen?"],
  ZORGBUDGET: [
    "maand",
    "aanvraagdatum",
    "zorgvorm",
    "katz?",
    "bel?",
    "medisch?",
    "dagverzorging?",
    "handicap?",
    "zelfredzaamheid?",
    "kinderbijslag_punten?",
  ],
  "ZORGBUDGET.START": ["aanvraagdatum"],
  "ZORGBUDGET.BESLISTERMIJN": ["aanvraagdatum"],
  REMGELD: ["categorie", "eerste_dag", "laatste_dag", "met_personen_ten_laste?", "dienst?", "eenpersoonskamer?", "overgeplaatst?", "opnamedatum?", "ziekenhuis?"],
  "REMGELD.OPNAMES": ["categorie", "opnames", "met_personen_ten_laste?", "dienst?", "eenpersoonskamer?", "ziekenhuis?"],
  "REMGELD.OPNAMES.UITLEG": ["categorie", "opnames", "met_personen_ten_laste?", "dienst?", "eenpersoonskamer?", "ziekenhuis?"],
  VERLOFDAGEN: ["categorie", "opnamedatum", "verlofdagen"],
  "MEDISCHEKAART.EINDE": ["startdatum", "maanden?"],
  "MEDISCHEKAART.TERMIJN": ["prestatiedatum"],
};
const MATRIX_PARAMS = new Set(["TEKORT/bijkomende_kosten", "AANDEEL/bijdragen", "BIJDRAGE/schaal", "BIJDRAGE.UITLEG/schaal", "REMGELD.OPNAMES/opnames", "REMGELD.OPNAMES.UITLEG/opnames", "VERLOFDAGEN/verlofdagen"]);

const byId = (id: string) => functions.find((f) => f.id === id)!;

test("no metadata errors", () => {
  expect(errors).toEqual([]);
  expect(errors.length).toBe(0);
});

test("exactly the functions of SPEC 1, id = name", () => {
  expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(SPEC).sort());
  for (const f of functions) expect(f.name).toBe(f.id);
});

test("every id is associated with an exported function", () => {
  expect(associate.map((a) => a.id).sort()).toEqual(Object.keys(SPEC).sort());
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("../../functions/functions");
  for (const a of associate) expect(typeof mod[a.functionName]).toBe("function");
});

describe.each(Object.entries(SPEC))("%s", (id, params) => {
  test("parameter names and order as in SPEC 1, optional ones marked optional", () => {
    const f = byId(id);
    expect(f.parameters.map((p) => p.name + (p.optional ? "?" : ""))).toEqual(params);
  });
  test("dimensionality: ranges are matrices, everything else a scalar", () => {
    for (const p of byId(id).parameters) {
      if (MATRIX_PARAMS.has(`${id}/${p.name}`)) expect(p.dimensionality).toBe("matrix");
      else expect(p.dimensionality ?? "scalar").toBe("scalar");
    }
  });
  test("descriptions of the function and each parameter are non-empty", () => {
    const f = byId(id);
    expect((f.description ?? "").trim().length).toBeGreaterThan(0);
    for (const p of f.parameters) expect((p.description ?? "").trim().length).toBeGreaterThan(0);
  });
  test("parameters are typed 'any' so the function itself can say what is wrong in Dutch", () => {
    for (const p of byId(id).parameters) expect(p.type).toBe("any");
  });
});

test("results: the *.UITLEG functions spill a matrix, the others give one number", () => {
  for (const f of functions) {
    if (f.id.endsWith(".UITLEG")) expect(f.result.dimensionality).toBe("matrix");
    else {
      expect(f.result.dimensionality ?? "scalar").toBe("scalar");
      expect(f.result.type).toBe("number");
    }
  }
});
