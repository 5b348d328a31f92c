/**
 * Writing to the workbook: "Naar werkblad" (the calculation sheet) and "Brief per kind" (a letter per child). Nothing
 * is written while the form is incomplete: the wizard then shows every problem and focuses the first one.
 */
import * as React from "react";
import type { SheetPlan, WorkbookPort } from "../../workbook/port";
import { buildLetterPlans } from "../letterPlan";
import type { DossierForm, Evaluation } from "../model";
import { buildSheetPlan } from "../sheetPlan";
import type { WizardAction } from "./state";
import { message, type FocusRequest } from "./useFocusRequest";

export interface Writers {
  writing: boolean;
  /** the last sheet written (shown in preview mode) */
  written?: { name: string; plan: SheetPlan };
  onWrite: () => void;
  onLetters: () => void;
}

export function useWriters(
  port: WorkbookPort,
  form: DossierForm,
  evaluation: Evaluation,
  dispatch: React.Dispatch<WizardAction>,
  focus: (request: FocusRequest) => void,
): Writers {
  const [writing, setWriting] = React.useState(false);
  const [written, setWritten] = React.useState<{ name: string; plan: SheetPlan } | undefined>();
  const where = port.mode === "voorbeeld" ? " in de voorbeeldwerkmap (in het geheugen)" : "";

  /** true (and says why) when nothing may be written yet */
  const refused = (): boolean => {
    if (evaluation.complete) return false;
    const count = Object.keys(evaluation.errors).length;
    dispatch({
      type: "refused",
      status: {
        intent: "error",
        text:
          count === 0
            ? "Er is niets geschreven: de berekening is nog niet volledig."
            : `Er is niets geschreven: ${count === 1 ? "één veld vraagt" : `${count} velden vragen`} nog aandacht. Verbeter de gemarkeerde velden.`,
      },
    });
    focus({ firstError: true });
    return true;
  };

  /** Writes the plans one by one; reports what was written, also when one fails. */
  const write = async (plans: () => SheetPlan[], done: (names: string[]) => string, failed: (error: string, names: string[]) => string) => {
    if (refused()) return;
    setWriting(true);
    dispatch({ type: "status", status: undefined });
    const names: string[] = [];
    try {
      for (const plan of plans()) {
        const name = await port.writeSheet(plan);
        names.push(name);
        setWritten({ name, plan });
      }
      dispatch({ type: "status", status: { intent: "success", text: done(names) } });
    } catch (error) {
      dispatch({ type: "status", status: { intent: "error", text: failed(message(error), names) } });
    } finally {
      setWriting(false);
    }
  };
  const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(", ");

  return {
    writing,
    written,
    onWrite: () =>
      void write(
        () => [buildSheetPlan(form, evaluation)],
        ([name]) => `Werkblad "${name}" is aangemaakt${where}, met OCMW-formules over de invoercellen.`,
        (error) => `Er is niets geschreven: ${error}`,
      ),
    onLetters: () =>
      void write(
        () => buildLetterPlans(form, evaluation),
        (names) =>
          `${names.length === 1 ? "Eén brief" : `${names.length} brieven`} aangemaakt${where}: ${quoted(names)}. Elk blad is klaar om af te drukken (A4, staand).`,
        (error, names) => `Niet alle brieven zijn geschreven: ${error}${names.length === 0 ? "" : ` Wel aangemaakt: ${quoted(names)}.`}`,
      ),
  };
}
