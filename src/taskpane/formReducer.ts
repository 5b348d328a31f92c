/** The wizard's form state and its changes. New lines come with their id from outside (reducers stay pure). */
import type { BillijkheidField, ChildField, ChildForm, CostField, CostLine, DossierForm, ResidentField, ScaleChoice } from "./model";

export type FormAction =
  | { type: "replace"; form: DossierForm }
  | { type: "field"; field: Exclude<ResidentField, "zakgeld">; value: string }
  /** null: back to the zakgeld in force on the date */
  | { type: "zakgeld"; value: string | null }
  | { type: "addCost"; line: CostLine }
  | { type: "removeCost"; id: string }
  | { type: "cost"; id: string; field: CostField; value: string }
  | { type: "addChild"; child: ChildForm }
  | { type: "removeChild"; id: string }
  | { type: "child"; id: string; field: ChildField; value: string }
  /** an equity decision for a child: on (empty fields), off (removed), or a field typed */
  | { type: "billijkheid"; id: string; on: boolean }
  | { type: "billijkheidField"; id: string; field: BillijkheidField; value: string }
  | { type: "schaal"; schaal: ScaleChoice };

export function formReducer(form: DossierForm, action: FormAction): DossierForm {
  switch (action.type) {
    case "replace":
      return action.form;
    case "field":
      return { ...form, [action.field]: action.value };
    case "zakgeld":
      return { ...form, zakgeld: action.value };
    case "addCost":
      return { ...form, kosten: [...form.kosten, action.line] };
    case "removeCost":
      return { ...form, kosten: form.kosten.filter((k) => k.id !== action.id) };
    case "cost":
      return { ...form, kosten: form.kosten.map((k) => (k.id === action.id ? { ...k, [action.field]: action.value } : k)) };
    case "addChild":
      return { ...form, kinderen: [...form.kinderen, action.child] };
    case "removeChild":
      return { ...form, kinderen: form.kinderen.filter((k) => k.id !== action.id) };
    case "child":
      return { ...form, kinderen: form.kinderen.map((k) => (k.id === action.id ? { ...k, [action.field]: action.value } : k)) };
    case "schaal":
      return { ...form, schaal: action.schaal };
    case "billijkheid":
      return {
        ...form,
        kinderen: form.kinderen.map((k) => {
          if (k.id !== action.id) return k;
          if (action.on) return { ...k, billijkheid: k.billijkheid ?? { bedrag: "", reden: "" } };
          const { billijkheid: _removed, ...rest } = k;
          return rest;
        }),
      };
    case "billijkheidField":
      return {
        ...form,
        kinderen: form.kinderen.map((k) =>
          k.id === action.id ? { ...k, billijkheid: { ...(k.billijkheid ?? { bedrag: "", reden: "" }), [action.field]: action.value } } : k,
        ),
      };
  }
}
