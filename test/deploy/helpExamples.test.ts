/**
 * The examples on the help page (scripts/build/voorbeelden.json) are right: each formula, typed as a user would in a
 * Dutch Excel, is evaluated with the OCMW.* functions themselves and must give the hand-worked result written beside
 * it (the `uitleg` shows the arithmetic).
 */
import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS_FILE, loadExcelFunctions, serial, type ExcelFn } from "../helpers/excel";

interface Example {
  formule: string;
  uitkomst: string;
  uitleg: string;
}

const examples: Record<string, Example[]> = JSON.parse(fs.readFileSync(path.join(__dirname, "../../scripts/build/voorbeelden.json"), "utf8"));
delete examples._uitleg;

/** Functions of SPEC 3 that other work adds: their examples are checked once they exist (then remove them here). */
const PENDING: string[] = [];

/** Splits "a; b(c;d); \"e;f\"" at the top-level semicolons. */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ";") {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** One argument as Excel passes it: empty -> null, DATUM(j;m;d) -> serial, "tekst", WAAR/ONWAAR, 1.234,56. */
function argument(text: string): unknown {
  if (text === "") return null;
  const date = /^DATUM\((\d{4});(\d{1,2});(\d{1,2})\)$/.exec(text.replace(/\s/g, ""));
  if (date) return serial(`${date[1]}-${date[2].padStart(2, "0")}-${date[3].padStart(2, "0")}`);
  if (/^".*"$/.test(text)) return text.slice(1, -1);
  if (text === "WAAR") return true;
  if (text === "ONWAAR") return false;
  if (/^-?[\d.]+(,\d+)?$/.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  throw new Error(`onbekend argument in een voorbeeld: ${text}`);
}

/** The expected value: a Belgian number, a dd/mm/jjjj date (as a serial), or a description of a table. */
function expected(text: string): number | "tabel" {
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (date) return serial(`${date[3]}-${date[2]}-${date[1]}`);
  if (/tabel/.test(text)) return "tabel";
  return Number(text.replace(/\./g, "").replace(",", "."));
}

let functions: Map<string, ExcelFn>;
let matrixParams: Map<string, boolean[]>;

beforeAll(async () => {
  functions = await loadExcelFunctions();
  const metadata = JSON.parse((await generateCustomFunctionsMetadata(FUNCTIONS_FILE, true)).metadataJson);
  matrixParams = new Map(metadata.functions.map((f: { id: string; parameters: { dimensionality?: string }[] }) => [f.id, f.parameters.map((p) => p.dimensionality === "matrix")]));
}, 60_000);

const cases = Object.entries(examples).flatMap(([id, list]) => list.map((e) => [id, e.formule, e] as const));

describe("help page examples", () => {
  test.each(cases)("%s: %s", (id, formule, example) => {
    if (PENDING.includes(id) && !functions.has(id)) return; // see the PENDING test below
    const m = /^=OCMW\.([A-Z.]+)\((.*)\)$/.exec(formule);
    expect(m).not.toBeNull();
    expect(m![1]).toBe(id);
    const fn = functions.get(id);
    expect(fn).toBeDefined();
    const matrix = matrixParams.get(id)!;
    // Excel hands a single value given for a range parameter over as a 1 x 1 array
    const args = splitArgs(m![2]).map((a, i) => {
      const value = argument(a);
      return matrix[i] && value !== null ? [[value]] : value;
    });
    const result = fn!(...args);
    const want = expected(example.uitkomst);
    if (want === "tabel") {
      expect(Array.isArray(result)).toBe(true);
      expect(result.length).toBeGreaterThan(1);
      for (const row of result) expect(row).toHaveLength(2);
    } else {
      expect(result).toBe(want);
    }
  });

  test("examples still waiting for their function are listed in PENDING only while it does not exist", () => {
    for (const id of PENDING) expect(functions.has(id)).toBe(false);
    for (const id of Object.keys(examples)) if (!PENDING.includes(id)) expect(functions.has(id)).toBe(true);
  });
});
