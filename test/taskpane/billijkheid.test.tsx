/**
 * Billijkheid (seed 004, issue 8 item 4) in the pane: per child an optional amount decided by the Bijzonder Comité,
 * with a mandatory reason (the rules' metBillijkheid). It replaces the computed contribution, counts in the OCMW share,
 * and is marked in the Resultaat, the trace and the written sheet.
 * Sample dossier on 01/03/2022 with a typed zakgeld of 93,25 (fixtures.ts), by hand: tekort 643,25, kindsdeel 321,62; An computed 191,15, Bart 86,15.
 * An decided 100,00: total 100,00 + 86,15 = 186,15; OCMW 643,25 - 186,15 = 457,10.
 */
import { screen, within } from "@testing-library/react";
import { loadExcelFunctions, type ExcelFn } from "../helpers/excel";
import { billijkheidKey, evaluate, type DossierForm } from "../../src/taskpane/model";
import { fixedSampleForm } from "./fixtures";
import { buildLetterPlans } from "../../src/taskpane/letterPlan";
import { buildSheetPlan } from "../../src/taskpane/sheetPlan";
import { field, fieldMessage, renderApp, resultAmount, typeInto } from "./helpers";
import { SheetEvaluator } from "./sheetFormulas";

jest.setTimeout(30_000); // a hang guard on the shared 2-core machine, not a timing goal

function withDecision(bedrag: string, reden: string): DossierForm {
  const form = fixedSampleForm();
  form.kinderen[0] = { ...form.kinderen[0], billijkheid: { bedrag, reden } };
  return form;
}

describe("the model", () => {
  test("a decided 100,00 replaces An's 191,15 and counts in the OCMW share", () => {
    const e = evaluate(withDecision("100", "Zware eigen ziektekosten"));
    expect(e.errors).toEqual({});
    expect(e.kinderen[0].bijdrage!.value.toString()).toBe("100");
    expect(e.kinderen[0].billijkheid).toEqual({ berekend: expect.anything(), reden: "Zware eigen ziektekosten" });
    expect(e.kinderen[0].billijkheid!.berekend.toString()).toBe("191.15");
    expect(e.totaal!.toString()).toBe("186.15");
    expect(e.aandeel!.value.toString()).toBe("457.1");
    const last = e.kinderen[0].bijdrage!.steps.at(-1)!;
    expect(last.label).toMatch(/billijkheid.*Bijzonder Comité.*reden: Zware eigen ziektekosten/);
  });

  test("above the kindsdeel: refused at the amount, in Dutch; no figure", () => {
    const form = withDecision("400", "Reden");
    const e = evaluate(form);
    const key = billijkheidKey(form.kinderen[0].id, "bedrag");
    expect(e.errors[key].message).toBe("Het beslist bedrag (400,00) mag niet hoger zijn dan het kindsdeel (321,62).");
    expect(e.kinderen[0].bijdrage).toBeUndefined();
    expect(e.complete).toBe(false);
  });

  test("no reason: refused at the reason; a reason without an amount: asked for the amount", () => {
    const noReason = withDecision("100", "  ");
    expect(evaluate(noReason).errors).toEqual({
      [billijkheidKey(noReason.kinderen[0].id, "reden")]: {
        message: "Ontbreekt: een bijdrage om redenen van billijkheid vraagt de motivering van de beslissing.",
        missing: false,
      },
    });
    const onlyReason = withDecision("", "Reden");
    expect(Object.keys(evaluate(onlyReason).errors)).toEqual([billijkheidKey(onlyReason.kinderen[0].id, "bedrag")]);
  });

  test("ticked with neither amount nor reason: the amount is required, no contribution, nothing complete", () => {
    // audit: ticked and left empty, the computed 191,15 used to stand silently and "Naar werkblad" wrote it
    const form = withDecision("", "");
    const e = evaluate(form);
    expect(e.errors).toEqual({
      [billijkheidKey(form.kinderen[0].id, "bedrag")]: {
        message: "Ontbreekt; vul het bedrag in dat het Bijzonder Comité besliste, of vink billijkheid uit.",
        missing: true,
      },
    });
    expect(e.kinderen[0].bijdrage).toBeUndefined();
    expect(e.missing.bijdrage[form.kinderen[0].id]).toBe("Vul het bedrag van de billijkheid in.");
    expect(e.aandeel).toBeUndefined();
    expect(e.complete).toBe(false);
    const blank = withDecision("  ", "  ");
    expect(evaluate(blank, "fr").errors[billijkheidKey(blank.kinderen[0].id, "bedrag")]).toEqual({
      message: "Manquant ; indiquez le montant décidé par le Comité spécial du service social, ou décochez l'équité.",
      missing: true,
    });
  });
});

let functions: Map<string, ExcelFn>;
beforeAll(async () => {
  functions = await loadExcelFunctions();
}, 60_000);

describe("the written sheet", () => {
  test("the decided amount is An's contribution; the computed one stands beside the decision, live", () => {
    const form = withDecision("100", "Zware eigen ziektekosten");
    const evaluation = evaluate(form);
    const plan = buildSheetPlan(form, evaluation);
    const sheet = new SheetEvaluator(plan.cells, functions, "null");
    const an = plan.cells.findIndex((row) => row[0] === "An Janssens");
    expect(plan.cells[an][6]).toBe(100);
    expect(sheet.byLabel("Aandeel OCMW")).toBe(457.1);
    const decision = plan.cells.findIndex((row) => row[0] === "Billijkheid: An Janssens");
    expect(plan.cells[decision][1]).toBe("Bijdrage beslist door het Bijzonder Comité om redenen van billijkheid. Reden: Zware eigen ziektekosten");
    expect(plan.cells[decision][5]).toBe("Berekend");
    expect(sheet.cell(decision, 6)).toBe(191.15);
  });
});

describe("the letter", () => {
  test("shows the computed contribution and the decided one, with the reason", () => {
    const form = withDecision("100", "Zware eigen ziektekosten");
    const [plan] = buildLetterPlans(form, evaluate(form));
    const sheet = new SheetEvaluator(plan.cells, functions, "null");
    // the sample uses the built-in approximation: the computed figure is not called the scale's
    expect(plan.cells.flat()).not.toContain("Bijdrage berekend volgens de officiële schaal");
    expect(sheet.byLabel("Bijdrage berekend met de ingebouwde benadering (geen officiële schaal)")).toBe(191.15);
    expect(sheet.byLabel("Uw bijdrage per maand, beslist om redenen van billijkheid")).toBe(100);
    expect(plan.cells.flat()).toContain(
      "Het Bijzonder Comité voor de Sociale Dienst besliste om redenen van billijkheid een andere bijdrage te vragen. Reden: Zware eigen ziektekosten",
    );
  });
});

describe("the letter names how the computed contribution was computed", () => {
  // a fictitious scale: An (38 000, 1 ptl) falls in the row 30 000 - 40 000 -> 75,00 a month
  const scale = [
    ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
    [1, 30000, 40000, 75],
    [2, 33000, 45000, 90],
  ];
  const withScale = (): DossierForm => ({
    ...withDecision("50", "Zware eigen ziektekosten"),
    schaal: { method: "schaal", ref: { kind: "table", name: "Schaal" }, label: "tabel Schaal", values: scale },
  });

  test("with an official scale, in Dutch", () => {
    const form = withScale();
    const [plan] = buildLetterPlans(form, evaluate(form));
    const sheet = new SheetEvaluator(plan.cells, functions, "null", { Schaal: scale });
    expect(sheet.byLabel("Bijdrage berekend volgens de officiële schaal")).toBe(75);
    expect(sheet.byLabel("Uw bijdrage per maand, beslist om redenen van billijkheid")).toBe(50);
  });

  test("in French: the official scale, or the approximation", () => {
    const form = withScale();
    const [schaal] = buildLetterPlans(form, evaluate(form, "fr"), "fr");
    expect(schaal.cells.map((row) => row[0])).toContain("Contribution calculée selon le barème officiel");
    const approx = withDecision("100", "Frais de maladie");
    const [benadering] = buildLetterPlans(approx, evaluate(approx, "fr"), "fr");
    const labels = benadering.cells.map((row) => row[0]);
    expect(labels).toContain("Contribution calculée par l'approximation intégrée (pas de barème officiel)");
    expect(labels).not.toContain("Contribution calculée selon le barème officiel");
  });
});

describe("in the pane", () => {
  test("ticked and left empty: 'Naar werkblad' writes nothing and asks for the amount; both fields marked required", async () => {
    const { user, workbook } = renderApp({ form: fixedSampleForm() });
    const kind1 = within(screen.getByRole("group", { name: "Kind 1" }));
    await user.click(kind1.getByRole("checkbox", { name: "Andere bijdrage om redenen van billijkheid" }));
    // the visible required marker: Fluent's asterisk after each label (aria-hidden; the inputs say aria-required)
    for (const name of ["Billijkheid", "Reden"]) {
      const input = kind1.getByRole("textbox", { name });
      expect(input).toHaveAttribute("aria-required", "true");
      const label = document.querySelector(`label[for="${input.id}"]`)!;
      expect(label.textContent).toBe(`${name}*`);
      expect(label.querySelector('[aria-hidden="true"]')).toHaveTextContent("*");
    }
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(workbook.written).toHaveLength(0);
    expect(screen.getByText(/Er is niets geschreven: één veld vraagt nog aandacht/)).toBeInTheDocument();
    const bedrag = kind1.getByRole("textbox", { name: "Billijkheid" });
    expect(fieldMessage(bedrag)).toContain("Ontbreekt; vul het bedrag in dat het Bijzonder Comité besliste, of vink billijkheid uit.");
    // the computed contribution stays in sight while the amount is decided (An: 191,15, see above)
    expect(fieldMessage(bedrag)).toContain("Berekend: € 191,15.");
    expect(bedrag).toHaveFocus();
    // unticked: the computed contribution again, and the write goes through
    await user.click(kind1.getByRole("checkbox", { name: "Andere bijdrage om redenen van billijkheid" }));
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(await screen.findByText(/is aangemaakt/)).toBeInTheDocument();
    expect(workbook.written).toHaveLength(1);
  });

  test("the reason is a full-width text area (several lines), the amount a one-line field", async () => {
    const { user } = renderApp({ form: fixedSampleForm() });
    const kind1 = within(screen.getByRole("group", { name: "Kind 1" }));
    await user.click(kind1.getByRole("checkbox", { name: "Andere bijdrage om redenen van billijkheid" }));
    const reden = kind1.getByRole("textbox", { name: "Reden" });
    expect(reden.tagName).toBe("TEXTAREA");
    expect(kind1.getByRole("textbox", { name: "Billijkheid" }).tagName).toBe("INPUT");
    // not in the two-column grid of the child's number pairs: each field spans the group's width
    expect(reden.closest('[role="group"] > *')!.parentElement).toBe(screen.getByRole("group", { name: "Kind 1" }));
    await typeInto(user, reden, "Zware eigen ziektekosten;\nschulden");
    expect(reden).toHaveValue("Zware eigen ziektekosten;\nschulden");
  });

  test("a decision entered per child: marked at the child and in the Resultaat; the OCMW share follows", async () => {
    const { user } = renderApp({ form: fixedSampleForm() });
    const kind1 = within(screen.getByRole("group", { name: "Kind 1" }));
    await user.click(kind1.getByRole("checkbox", { name: "Andere bijdrage om redenen van billijkheid" }));
    expect(field("Billijkheid", "Kind 1")).toHaveFocus();
    await typeInto(user, field("Billijkheid", "Kind 1"), "400");
    await typeInto(user, field("Reden", "Kind 1"), "Zware eigen ziektekosten");
    expect(fieldMessage(field("Billijkheid", "Kind 1"))).toMatch(/mag niet hoger zijn dan het kindsdeel \(321,62\)/);
    await typeInto(user, field("Billijkheid", "Kind 1"), "100");
    expect(kind1.getByText("Bijdrage per maand (billijkheid)").nextElementSibling).toHaveTextContent("€ 100,00");
    expect(fieldMessage(field("Billijkheid", "Kind 1"))).toMatch(/Berekend: € 191,15/);
    expect(resultAmount("An Janssens (billijkheid)")).toBe("€ 100,00");
    expect(resultAmount("Totaal teruggevorderd")).toBe("€ 186,15");
    expect(resultAmount("Aandeel OCMW")).toBe("€ 457,10");
    // switched off: the computed contribution again
    await user.click(kind1.getByRole("checkbox", { name: "Andere bijdrage om redenen van billijkheid" }));
    expect(resultAmount("Aandeel OCMW")).toBe("€ 365,95");
  });
});
