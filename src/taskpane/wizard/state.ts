/**
 * The wizard's state in one reducer: the form, which fields the user has touched (a missing value is reported only
 * once its field was touched, or after a write attempt), and the status of the last write. Every edit of the form
 * marks its field touched and clears the write status, in one place, so no handler can forget it.
 */
import { formReducer, type FormAction } from "../formReducer";
import { billijkheidKey, childKey, costKey, type DossierForm } from "../model";

export interface WriteStatus {
  intent: "success" | "error" | "info";
  text: string;
}

export interface WizardState {
  form: DossierForm;
  touched: ReadonlySet<string>;
  /** after a write attempt: every missing value is reported, touched or not */
  showAll: boolean;
  writeStatus?: WriteStatus;
  /** the user changed the dossier since it was loaded or begun (the scale choice aside: a new dossier keeps it) */
  edited: boolean;
}

export type WizardAction =
  /** an edit of the form (see formReducer) */
  | { type: "edit"; edit: Exclude<FormAction, { type: "replace" }> }
  /** a new form ("Nieuw dossier", "Van selectie"): nothing touched, no status */
  | { type: "reset"; form: DossierForm }
  | { type: "status"; status: WriteStatus | undefined }
  /** a write was refused: show every problem, and say why */
  | { type: "refused"; status: WriteStatus };

export function initialWizardState(form: DossierForm): WizardState {
  return { form, touched: new Set(), showAll: false, edited: false };
}

/** The field an edit touches (adding or removing a line touches none). */
export function touchedBy(edit: Exclude<FormAction, { type: "replace" }>): string | undefined {
  switch (edit.type) {
    case "field":
      return edit.field;
    case "zakgeld":
      return "zakgeld";
    case "cost":
      return costKey(edit.id, edit.field);
    case "child":
      return childKey(edit.id, edit.field);
    case "billijkheidField":
      return billijkheidKey(edit.id, edit.field);
    default:
      return undefined;
  }
}

export function wizardReducer(state: WizardState, action: WizardAction): WizardState {
  switch (action.type) {
    case "edit": {
      const key = touchedBy(action.edit);
      const touched = key === undefined || state.touched.has(key) ? state.touched : new Set([...state.touched, key]);
      const edited = state.edited || action.edit.type !== "schaal";
      return { ...state, form: formReducer(state.form, action.edit), touched, writeStatus: undefined, edited };
    }
    case "reset":
      return initialWizardState(action.form);
    case "status":
      return { ...state, writeStatus: action.status };
    case "refused":
      return { ...state, showAll: true, writeStatus: action.status };
  }
}

/** The message a field shows: a missing value only once touched (or after a write attempt). */
export function visibleError(state: WizardState, errors: Record<string, { message: string; missing: boolean }>, key: string): string | undefined {
  const e = errors[key];
  if (e === undefined) return undefined;
  if (e.missing && !state.showAll && !state.touched.has(key)) return undefined;
  return e.message;
}
