/**
 * The wizard's state (src/taskpane/wizard/state.ts): every edit marks its field touched and clears the write status,
 * in one place; a new form starts untouched; a refused write shows every missing value.
 */
import { childKey, costKey, emptyForm } from "../../src/taskpane/model";
import { initialWizardState, visibleError, wizardReducer, type WizardState } from "../../src/taskpane/wizard/state";

const written = { intent: "success" as const, text: 'Werkblad "Dossier" is aangemaakt.' };
const start = (): WizardState => ({ ...initialWizardState(emptyForm(new Date(2024, 2, 1))), writeStatus: written });

describe("wizardReducer", () => {
  test("a field edit changes the form, touches the field and clears the write status", () => {
    const s = wizardReducer(start(), { type: "edit", edit: { type: "field", field: "ligdagprijs", value: "60" } });
    expect(s.form.ligdagprijs).toBe("60");
    expect([...s.touched]).toEqual(["ligdagprijs"]);
    expect(s.writeStatus).toBeUndefined();
  });

  test("each kind of edit touches its own key; adding a line touches nothing but still clears the status", () => {
    let s = start();
    s = wizardReducer(s, { type: "edit", edit: { type: "addCost", line: { id: "k1", omschrijving: "", bedrag: "" } } });
    expect(s.touched.size).toBe(0);
    expect(s.writeStatus).toBeUndefined();
    s = wizardReducer(s, { type: "edit", edit: { type: "cost", id: "k1", field: "bedrag", value: "5" } });
    s = wizardReducer(s, { type: "edit", edit: { type: "zakgeld", value: "90" } });
    s = wizardReducer(s, {
      type: "edit",
      edit: { type: "addChild", child: { id: "c1", naam: "", inkomen: "", partnerInkomen: "", personenTenLaste: "0", kadastraalInkomen: "" } },
    });
    s = wizardReducer(s, { type: "edit", edit: { type: "child", id: "c1", field: "inkomen", value: "1" } });
    expect([...s.touched]).toEqual([costKey("k1", "bedrag"), "zakgeld", childKey("c1", "inkomen")]);
    expect(s.form.kinderen[0].inkomen).toBe("1");
  });

  test("touching a touched field again keeps the same set", () => {
    const once = wizardReducer(start(), { type: "edit", edit: { type: "field", field: "dagen", value: "3" } });
    const twice = wizardReducer(once, { type: "edit", edit: { type: "field", field: "dagen", value: "30" } });
    expect(twice.touched).toBe(once.touched);
  });

  test("reset: the new form, nothing touched, no status, missing values quiet again", () => {
    let s = wizardReducer(start(), { type: "refused", status: { intent: "error", text: "Er is niets geschreven." } });
    expect(s.showAll).toBe(true);
    s = wizardReducer(s, { type: "reset", form: { ...emptyForm(), dossier: "X" } });
    expect(s).toEqual({ form: expect.objectContaining({ dossier: "X" }), touched: new Set(), showAll: false, edited: false });
  });

  test("edited: any change of the dossier since it was loaded or begun, the scale choice aside (Van selectie asks then)", () => {
    const scale = wizardReducer(start(), { type: "edit", edit: { type: "schaal", schaal: { method: "benadering" } } });
    expect(scale.edited).toBe(false);
    const typed = wizardReducer(scale, { type: "edit", edit: { type: "field", field: "dagen", value: "3" } });
    expect(typed.edited).toBe(true);
    expect(wizardReducer(typed, { type: "reset", form: emptyForm() }).edited).toBe(false);
  });

  test("a missing value shows once its field was touched or a write was refused; a wrong value always", () => {
    const errors = { ligdagprijs: { message: "Ontbreekt", missing: true }, dagen: { message: "Te groot", missing: false } };
    const s = start();
    expect(visibleError(s, errors, "ligdagprijs")).toBeUndefined();
    expect(visibleError(s, errors, "dagen")).toBe("Te groot");
    expect(visibleError({ ...s, touched: new Set(["ligdagprijs"]) }, errors, "ligdagprijs")).toBe("Ontbreekt");
    expect(visibleError({ ...s, showAll: true }, errors, "ligdagprijs")).toBe("Ontbreekt");
    expect(visibleError(s, errors, "inkomsten")).toBeUndefined();
  });
});
