/**
 * The Ziekenhuis tab's model: the rule's trace grouped per admission (nothing recomputed), the admissions named by
 * their row in the form, and each cited source once.
 */
import { emptyOpname, emptyZiekenhuisForm, evaluateZiekenhuis, splitPerAdmission, chargedRows, citedSources, type ZiekenhuisForm } from "../../src/taskpane/ziekenhuis/model";
import { sampleZiekenhuisForm } from "../../src/taskpane/ziekenhuis/sample";

function history(...rows: [string, string, ("volledig" | "dag" | "nabehandeling")?][]): ZiekenhuisForm {
  return { ...emptyZiekenhuisForm(), opnames: rows.map(([opnamedatum, ontslagdatum, soort]) => ({ ...emptyOpname(), opnamedatum, ontslagdatum, soort: soort ?? "volledig" })) };
}

test("the sample: the joining rule first, then two admissions from their day count to their subtotal, then the total", () => {
  const e = evaluateZiekenhuis(sampleZiekenhuisForm());
  const parts = splitPerAdmission(e.steps!);
  expect(parts.intro.map((s) => s.label)).toEqual([expect.stringMatching(/^In een algemeen ziekenhuis worden de dagen/)]);
  expect(parts.admissions.map((a) => [a[0].label, a[a.length - 1].label, a[a.length - 1].amount?.toFixed(2)])).toEqual([
    ["Opname 1 (rij 1): 01/01/2024 tot 11/01/2024, verpleegdagen", "Subtotaal opname 1 (rij 1)", "244.07"],
    ["Opname 2 (rij 2): 08/02/2024 tot 13/02/2024, verpleegdagen", "Subtotaal opname 2 (rij 2)", "116.60"],
  ]);
  expect(parts.total?.amount?.toFixed(2)).toBe("360.67");
  // every step is in exactly one part
  expect(parts.intro.length + parts.admissions.flat().length + 1).toBe(e.steps!.length);
});

test("only a day hospitalisation: no admission to fold, the rows that cost nothing stay in the opening lines", () => {
  const e = evaluateZiekenhuis(history(["05/01/2024", "05/01/2024", "dag"]));
  expect(e.value?.toFixed(2)).toBe("0.00");
  const parts = splitPerAdmission(e.steps!);
  expect(parts.admissions).toEqual([]);
  expect(parts.intro.map((s) => s.label)).toEqual([
    expect.stringMatching(/^In een algemeen ziekenhuis/),
    "Rij 1: daghospitalisatie van 05/01/2024 tot 05/01/2024: geen persoonlijk aandeel, geen verpleegdagen",
    "Geen volledige opnames: geen remgeld",
  ]);
  expect(chargedRows(history(["05/01/2024", "05/01/2024", "dag"]), e.dates)).toEqual([]);
});

test("chargedRows: full admissions by date, then row; undefined while a date is missing", () => {
  const form = history(["08/02/2024", "13/02/2024"], ["05/01/2024", "05/01/2024", "dag"], ["01/01/2024", "11/01/2024"]);
  const e = evaluateZiekenhuis(form);
  expect(chargedRows(form, e.dates)?.map((r) => r.row)).toEqual([3, 1]);
  const incomplete = history(["01/01/2024", ""]);
  expect(chargedRows(incomplete, evaluateZiekenhuis(incomplete).dates)).toBeUndefined();
});

test("citedSources: each document once with its values, in both languages; never a parameter id", () => {
  const steps = evaluateZiekenhuis(sampleZiekenhuisForm()).steps!;
  const nl = citedSources(steps, "nl");
  expect(nl.map((s) => s.citation.slice(0, 30))).toEqual(["'Verzorging in ziekenhuizen', ", "'Forfaitaire kosten', CM (Chri", "'Tarieven geldig op 1 januari "]);
  expect(nl[0].values).toEqual([
    "Persoonlijk aandeel per verpleegdag, gewoon bedrag (geldig vanaf 01/01/2024)",
    "Toeslag op het persoonlijk aandeel van de eerste verpleegdag (geldig vanaf 01/01/2024)",
  ]);
  expect(nl[1].values).toEqual(["Forfait medicatie per dag, algemeen ziekenhuis (ingangsdatum niet gekend)"]);
  const fr = citedSources(evaluateZiekenhuis(sampleZiekenhuisForm(), "fr").steps!, "fr");
  expect(fr[0].citation).toContain("INAMI");
  expect(fr[1].values).toEqual(["Forfait médicaments par jour, hôpital général (date d'entrée en vigueur inconnue)"]);
  expect(JSON.stringify([nl, fr])).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
});
