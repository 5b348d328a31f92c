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
    expect(sheet.byLabel("Bijdrage berekend volgens de schaal")).toBe(191.15);
    expect(sheet.byLabel("Uw bijdrage per maand, beslist om redenen van billijkheid")).toBe(100);
    expect(plan.cells.flat()).toContain(
      "Het Bijzonder Comité voor de Sociale Dienst besliste om redenen van billijkheid een andere bijdrage te vragen. Reden: Zware eigen ziektekosten",
    );
  });
});

describe("in the pane", () => {
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
