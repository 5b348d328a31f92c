/**
 * The French pane shows the rules' texts in French too (issue 13 item 2): rule errors (naming the argument as French
 * Excel does), trace steps, parameter labels, citations, derivations and warnings; and what it writes (the
 * calculation sheet, the letters) is French, with the same live OCMW.* formulas as the Dutch sheet. The Dutch pane
 * is covered, unchanged, by the other suites.
 *
 * Dossiers: the preview's sample (An Janssens: 38 000, 1 person ten laste; Bart Janssens: 24 500 + partner
 * 12 000, 2 persons ten laste) on 15/12/2026, more than 9 months after the last known index jump (01/03/2026), so
 * the stale-amount warning shows; once with the official scale below, once with the built-in approximation.
 */
import { act, screen, within } from "@testing-library/react";
import { loadExcelFunctions, type ExcelFn } from "../helpers/excel";
import { CATALOGUES, translator, type Language } from "../../src/taskpane/i18n";
import { sourceLine } from "../../src/taskpane/components/Trace";
import { buildLetterPlans } from "../../src/taskpane/letterPlan";
import { evaluate, SCHAAL_KEY, type DossierForm, type Evaluation } from "../../src/taskpane/model";
import { prefillFromSelection } from "../../src/taskpane/prefill";
import { sampleForm } from "../../src/taskpane/sample";
import { buildSheetPlan } from "../../src/taskpane/sheetPlan";
import { buildZiekenhuisSheet } from "../../src/taskpane/ziekenhuis/sheetPlan";
import { emptyZiekenhuisForm, evaluateZiekenhuis } from "../../src/taskpane/ziekenhuis/model";
import type { SheetPlan } from "../../src/workbook/port";
import { fixedSampleForm } from "./fixtures";
import { renderApp } from "./helpers";
import { SheetEvaluator } from "./sheetFormulas";
import { TEST_SCALE_ROWS } from "../helpers/scale";

/** Words and phrases the rules and the written sheets use in Dutch: none may show in French. */
const DUTCH = [
  "vrijstelling",
  "vrijstellingsgrens",
  "verhoging",
  "personen ten laste",
  "kindsdeel",
  "bron",
  "mogelijk verouderd",
  "benadering",
  "tekort",
  "bijdrage",
  "aandeel ocmw",
  "geldig vanaf",
  "afgeleid",
  "afgerond",
  "zakgeld",
  "gezinsinkomen",
  "inkomen",
  "inkomsten",
  "per maand",
  "per jaar",
  "indexsprong",
  "schaalrij",
  "ligdagprijs",
  "dagen",
  "totaal teruggevorderd",
  "januari",
  "maart",
  "november",
];

/** Text less the quoted titles of cited documents ('...', as published: they are not translated). */
function withoutTitles(text: string): string {
  return text.replace(/(^|[\s(:])'[^']*'(?=,)/g, "$1");
}

/** The Dutch words and phrases of DUTCH that `text` shows (document titles aside). */
function dutchIn(text: string): string[] {
  const plain = withoutTitles(text).toLowerCase();
  return DUTCH.filter((phrase) => new RegExp(`(?<!\\p{L})${phrase}(?!\\p{L})`, "u").test(plain));
}

/** An official scale (personen ten laste | inkomen van | inkomen tot | maandbedrag), as the sheetPlan suite uses. */
const SCALE = TEST_SCALE_ROWS;

const STALE_DATE = "15/12/2026";

function approximationForm(): DossierForm {
  return { ...sampleForm(), datum: STALE_DATE };
}

function scaleForm(): DossierForm {
  return { ...approximationForm(), schaal: { method: "schaal", ref: { kind: "table", name: "Schaal" }, label: "tabel Schaal", values: SCALE } };
}

/** Every text of an evaluation a face shows: steps, their sources (as the trace writes them), notes, warnings, errors. */
function evaluationText(e: Evaluation, language: Language): string {
  const t = translator(language);
  const parts: string[] = [];
  for (const result of [e.tekort, e.kindsdeel, ...e.kinderen.map((k) => k.bijdrage), e.aandeel]) {
    for (const step of result?.steps ?? []) {
      parts.push(step.label);
      if (step.parameter !== undefined) parts.push(sourceLine(t, language, step.parameter));
      if (step.note !== undefined) parts.push(step.note);
    }
  }
  if (e.zakgeldInForce !== undefined) parts.push(sourceLine(t, language, e.zakgeldInForce.ref));
  parts.push(...e.notices.map((n) => n.text), ...Object.values(e.errors).map((x) => x.message));
  return parts.join("\n");
}

describe("a French evaluation: the rules' texts in French", () => {
  test.each([
    ["the official scale", scaleForm],
    ["the built-in approximation", approximationForm],
  ])("residential dossier with two children on %s, 15/12/2026: no Dutch word, the French ones", (_, form) => {
    const e = evaluate(form(), "fr");
    expect(e.complete).toBe(true);
    const text = evaluationText(e, "fr");
    expect(dutchIn(text)).toEqual([]);
    for (const french of ["Déficit par mois", "Part d'enfant", "Argent de poche garanti (par mois)", "en vigueur depuis le", "Source :", "Total récupéré", "Part du CPAS"]) {
      expect(text).toContain(french);
    }
    // the stale warning, once, in French
    expect(e.notices.filter((n) => n.kind === "verouderd").map((n) => n.text)).toEqual([expect.stringMatching(/^Peut-être dépassé/)]);
  });

  test("the official scale: its rows named in French, the contributions the scale's amounts", () => {
    const e = evaluate(scaleForm(), "fr");
    // by hand from SCALE: An 38 000 with 1 person -> row 30 000-40 000 = 75; Bart 24 500 + 12 000 = 36 500 with 2 -> 90
    expect(e.kinderen.map((k) => k.bijdrage!.value.toNumber())).toEqual([75, 90]);
    expect(evaluationText(e, "fr")).toMatch(/du barème/);
    expect(e.notices.map((n) => n.kind)).toEqual(["verouderd"]);
  });

  test("the built-in approximation: the threshold's French labels and derivation, the approximation warning in French", () => {
    const e = evaluate(approximationForm(), "fr");
    const text = evaluationText(e, "fr");
    expect(text).toContain("Montant immunisé (montant de base par an)");
    expect(text).toContain("Majoration du montant immunisé par personne à charge (par an)");
    expect(text).toContain("saut d'index");
    expect(e.notices.map((n) => n.kind).sort()).toEqual(["benadering", "verouderd"]);
    expect(e.notices.find((n) => n.kind === "benadering")!.text).toMatch(/^APPROXIMATION/);
  });

  test("the check has teeth: the same dossiers in Dutch show those words", () => {
    const found = new Set([...dutchIn(evaluationText(evaluate(scaleForm(), "nl"), "nl")), ...dutchIn(evaluationText(evaluate(approximationForm(), "nl"), "nl"))]);
    for (const word of ["vrijstelling", "kindsdeel", "bron", "mogelijk verouderd", "benadering", "tekort", "bijdrage", "geldig vanaf", "zakgeld"]) {
      expect(found).toContain(word);
    }
  });
});

describe("French rule errors", () => {
  test("dagen 40: the rules' message in French at the field (the field names itself)", () => {
    const e = evaluate({ ...fixedSampleForm(), dagen: "40" }, "fr");
    expect(e.errors.dagen.message).toMatch(/^Attend un nombre entier de 0 à 31, mais a reçu 40/);
    expect(dutchIn(e.errors.dagen.message)).toEqual([]);
    // and in Dutch, as before
    expect(evaluate({ ...fixedSampleForm(), dagen: "40" }).errors.dagen.message).toMatch(/0 tot en met 31/);
  });

  test("a bad scale: the message names the argument as French Excel does (bareme), the row and column in French", () => {
    const form: DossierForm = { ...scaleForm(), schaal: { method: "schaal", ref: { kind: "table", name: "Schaal" }, label: "tabel Schaal", values: [[0, 0, 1000, "x"]] } };
    const fr = evaluate(form, "fr").errors[SCHAAL_KEY].message;
    expect(fr).toMatch(/^Bareme \(ligne 1, /);
    expect(fr).toContain("« x »");
    expect(fr).not.toMatch(/schaal|rij|kreeg/i);
    expect(evaluate(form, "nl").errors[SCHAAL_KEY].message).toMatch(/^Schaal \(rij 1, .*de tekst "x"/);
  });

  test("Hôpital: an overlap of two admissions is said in French, per admission", () => {
    const form = emptyZiekenhuisForm();
    form.opnames = [
      { ...form.opnames[0], opnamedatum: "01/03/2024", ontslagdatum: "10/03/2024" },
      { ...form.opnames[0], id: 999, opnamedatum: "05/03/2024", ontslagdatum: "12/03/2024" },
    ];
    const fr = evaluateZiekenhuis(form, "fr");
    expect(fr.error).toMatch(/^Hospitalisation 2 /);
    expect(dutchIn(fr.error!)).toEqual([]);
    expect(fr.error).not.toMatch(/opname|admissions \(/i);
    expect(evaluateZiekenhuis(form, "nl").error).toMatch(/^Opname 2: /);
  });
});

/** The pane's visible text, each text node and named attribute on its own. */
function paneText(container: HTMLElement): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) parts.push(node.textContent ?? "");
  container.querySelectorAll("[aria-label], [placeholder], [title]").forEach((el) => {
    for (const name of ["aria-label", "placeholder", "title"]) parts.push(el.getAttribute(name) ?? "");
  });
  return parts.join(" \n ");
}

describe("the French pane with a computed result and every trace unfolded", () => {
  test.each([
    ["the official scale", scaleForm],
    ["the built-in approximation", approximationForm],
  ])("%s: no Dutch word of the rules; the warnings and the steps in French", async (_, form) => {
    const { container, user } = renderApp({ form: form(), language: "fr" });
    const uitleg = screen.getByRole("region", { name: "Le calcul pas à pas" });
    const headers = within(uitleg).getAllByRole("button");
    expect(headers.map((b) => b.textContent)).toEqual([
      "Explication : déficit",
      "Explication : part d'enfant",
      "Explication : contribution de An Janssens",
      "Explication : contribution de Bart Janssens",
      "Explication : part du CPAS",
    ]);
    for (const header of headers) await user.click(header);
    await act(async () => {});
    const text = paneText(container);
    expect(dutchIn(text)).toEqual([]);
    expect(within(screen.getByTestId("waarschuwingen")).getByText(/Peut-être dépassé/)).toBeInTheDocument();
    for (const french of ["Prix de journée", "Part d'enfant (déficit / nombre d'enfants, arrondi au cent inférieur)", "Argent de poche garanti (par mois), en vigueur depuis le 01/03/2026. Source :", "Part du CPAS (déficit - total récupéré)"]) {
      expect(text).toContain(french);
    }
  });
});

test("choosing the workbook's scale in French: the table named in French, the scale's amounts, French steps", async () => {
  const { container, user } = renderApp({ form: fixedSampleForm(), language: "fr" });
  await user.click(screen.getByRole("radio", { name: "Barème officiel du classeur" }));
  const select = await screen.findByRole("combobox", { name: "Barème" });
  // the French preview's sample workbook names its fictitious scale table BaremeExemple
  await screen.findByRole("option", { name: "BaremeExemple" });
  await user.selectOptions(select, "BaremeExemple");
  expect(await screen.findByText("Barème : tableau BaremeExemple, 10 lignes.")).toBeInTheDocument();
  // the sample scale (kinderen.test.tsx, by hand): An 38 000, 1 person -> row 30 000-40 000: 75; Bart 36 500, 2 -> 90
  const result = screen.getByRole("region", { name: "Résultat" });
  expect(within(within(result).getByRole("row", { name: /^Total récupéré / })).getByRole("cell").textContent).toBe("165,00\u00a0€");
  const uitleg = screen.getByRole("region", { name: "Le calcul pas à pas" });
  for (const header of within(uitleg).getAllByRole("button")) await user.click(header);
  expect(within(uitleg).getAllByText(/^Ligne \d+ du barème : revenu du ménage de /)).toHaveLength(2);
  expect(dutchIn(paneText(container))).toEqual([]);
});

describe("Depuis la sélection in French", () => {
  test("a list without its header row: the French headers and the sheet named in French", () => {
    // the port names the sheet in the pane's language (a French pane's port: "feuille Lijst")
    const selection = { rows: [["x", "y"], ["a", "b"]], selectedIndex: 1, source: "werkblad Lijst" };
    const fr = prefillFromSelection({ ...selection, source: "feuille Lijst" }, "fr");
    expect(fr).toEqual({
      error:
        "La sélection (feuille Lijst) n'est pas dans une liste de dossiers : aucune ligne d'en-tête trouvée avec les colonnes " +
        "Dossier, Enfant, Revenu, Revenu du partenaire, Personnes à charge et Déficit ou Prix de journée + Jours + Frais supplémentaires + Revenus.",
    });
    // Dutch as before
    const nl = prefillFromSelection(selection);
    if (!("error" in nl)) throw new Error("expected an error");
    expect(nl.error).toContain("(werkblad Lijst)");
    expect(nl.error).toContain("Dossier, Kind, Inkomen, Partner inkomen, Personen ten laste");
  });

  test("a list with French headers fills the French pane; the column named in French when it disagrees", () => {
    const rows = [
      ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Prix de journée", "Jours", "Frais supplémentaires", "Revenus", "Nombre d'enfants"],
      ["D1", "Anne", 30000, "", 1, 60, 30, 150, 1400, 3],
    ];
    const r = prefillFromSelection({ rows, selectedIndex: 1, headerIndex: 0, source: "tableau Liste" }, "fr");
    if ("error" in r) throw new Error(r.error);
    expect(r.form.kinderen.map((k) => k.naam)).toEqual(["Anne", "Enfant 2 (pas dans la liste)", "Enfant 3 (pas dans la liste)"]);
    expect(r.notices[0]).toMatch(/^Selon la colonne Nombre d'enfants, le dossier compte 3 enfants ; la liste en nomme 1\./);
  });
});

// ---- what the French pane writes ----------------------------------------------------------------------------------

let functions: Map<string, ExcelFn>;
beforeAll(async () => {
  functions = await loadExcelFunctions();
}, 60_000);

/**
 * The texts of a written sheet, less what is no text of ours: a cell's leading apostrophe (textCell's "keep as text"),
 * the user's own words (the cost descriptions typed in the form) and the functions' names (OCMW.BIJDRAGE.UITLEG: the
 * same in both languages).
 */
function texts(plan: SheetPlan, typed: readonly string[] = fixedSampleForm().kosten.map((k) => k.omschrijving)): string {
  return plan.cells
    .flat()
    .filter((v): v is string => typeof v === "string" && !v.startsWith("="))
    .map((v) => typed.reduce((text, words) => text.split(words).join(" "), v.replace(/^'/, "")).replace(/OCMW(\.[A-Z]+)+/g, " "))
    .join("\n");
}
const formulas = (plan: SheetPlan) => plan.cells.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? v : null)));

/** Words of the Dutch catalogue's sheet and letter texts that no French text uses. */
function dutchSheetWords(): Set<string> {
  const { nl, fr } = CATALOGUES;
  const words = (text: string) => text.replace(/\{\w+\}/g, " ").toLowerCase().match(/[\p{L}]{3,}/gu) ?? [];
  const french = new Set(Object.values(fr).flatMap(words));
  const keys = Object.keys(nl).filter((k) => /^(blad|brief|zhblad)\./.test(k)) as (keyof typeof nl)[];
  return new Set(keys.flatMap((k) => words(nl[k])).filter((w) => !french.has(w)));
}

function dutchWordsOf(text: string): string[] {
  const forbidden = dutchSheetWords();
  const found = (withoutTitles(text).toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).filter((w) => forbidden.has(w));
  return [...new Set([...found, ...dutchIn(text)])];
}

describe("Vers une feuille in French", () => {
  // fixtures.ts, by hand: tekort 60 x 30 + 150 + 93,25 - 1 400 = 643,25; kindsdeel 321,62; An 191,15, Bart 86,15;
  // total 277,30; CPAS 643,25 - 277,30 = 365,95
  const form = fixedSampleForm();
  const plan = buildSheetPlan(form, evaluate(form, "fr"), "fr");

  test("French texts, no Dutch word; the same live formulas as the Dutch sheet", () => {
    expect(dutchSheetWords().size).toBeGreaterThan(50); // the check has teeth: "bewoner", "tekort", "kindsdeel", ...
    const text = texts(plan);
    expect(dutchWordsOf(text)).toEqual([]);
    for (const french of ["Résident", "Part d'enfant", "Montant immunisé", "Contribution", "Total récupéré", "Part du CPAS", "Répartition du déficit par mois"]) {
      expect(text).toContain(french);
    }
    expect(plan.charts?.[0].title).toBe("Répartition du déficit par mois");
    expect(formulas(plan)).toEqual(formulas(buildSheetPlan(form, evaluate(form))));
  });

  test("it recalculates to the pane's figures under its French labels", () => {
    const sheet = new SheetEvaluator(plan.cells, functions, "null");
    expect(sheet.byLabel("Déficit")).toBe(643.25);
    expect(sheet.byLabel("Part d'enfant")).toBe(321.62);
    expect(sheet.byLabel("Part du CPAS")).toBe(365.95);
    expect(sheet.byLabel("Total récupéré")).toBeCloseTo(277.3, 10);
  });

  test("the official scale and the stale warning, in French", () => {
    const f = scaleForm();
    const text = texts(buildSheetPlan(f, evaluate(f, "fr"), "fr"));
    expect(text).toContain("Barème officiel : Schaal[#All]");
    expect(text).toMatch(/Peut-être dépassé/);
    expect(dutchWordsOf(text)).toEqual([]);
  });
});

describe("Lettre par enfant in French", () => {
  const form = fixedSampleForm();
  const plans = buildLetterPlans(form, evaluate(form, "fr"), "fr");

  test("one French letter per child, no Dutch word, the same formulas as the Dutch letters", () => {
    expect(plans.map((p) => p.baseName)).toEqual(["Lettre An Janssens", "Lettre Bart Janssens"]);
    const dutch = buildLetterPlans(form, evaluate(form));
    plans.forEach((plan, i) => {
      const text = texts(plan);
      expect(dutchWordsOf(text)).toEqual([]);
      for (const french of ["Votre contribution aux frais de séjour de votre parent", "2. La part d'enfant", "Base légale", "Sources", "APPROXIMATION"]) {
        expect(text).toContain(french);
      }
      expect(formulas(plan)).toEqual(formulas(dutch[i]));
    });
    // the sources in French: the threshold's French label, the date "en vigueur depuis le"
    expect(texts(plans[0])).toContain("Montant immunisé (montant de base par an) (en vigueur depuis le 01/03/2022) : ");
  });

  test("An's letter recalculates to her contribution (191,15, fixtures.ts)", () => {
    const sheet = new SheetEvaluator(plans[0].cells, functions, "null");
    expect(sheet.byLabel("Votre contribution par mois")).toBe(191.15);
  });
});

test("the Hôpital sheet in French: French labels, the same formula", () => {
  const form = emptyZiekenhuisForm();
  const dates = [{ opname: 45352, ontslag: 45360 }];
  const fr = buildZiekenhuisSheet(form, dates, "fr");
  expect(fr.baseName).toBe("Hôpital");
  expect(texts(fr)).toContain("Quote-part personnelle des hospitalisations");
  // the codes in the input cells (ANDER, algemeen, volledig, WAAR/ONWAAR) are what the function reads, in either language
  expect(dutchWordsOf(texts(fr).replace(/\b(WAAR|ONWAAR|algemeen|ANDER|volledig)\b/g, ""))).toEqual([]);
  expect(formulas(fr)).toEqual(formulas(buildZiekenhuisSheet(form, dates)));
});
