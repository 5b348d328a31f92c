/**
 * Writing to the workbook: "Naar werkblad" (the calculation sheet) and "Brief per kind" (a letter per child). Nothing
 * is written while the form is incomplete: the wizard then shows every problem and focuses the first one.
 */
import * as React from "react";
import type { SheetPlan, WorkbookPort } from "../../workbook/port";
import { useLanguage, useT } from "../i18n";
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
  const t = useT();
  const language = useLanguage();
  const preview = port.mode === "voorbeeld";

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
            ? t("schrijven.onvolledig")
            : count === 1
              ? t("schrijven.velden.een")
              : t("schrijven.velden.meer", { aantal: count }),
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
        () => [buildSheetPlan(form, evaluation, language)],
        ([name]) => t(preview ? "schrijven.werkblad.voorbeeld" : "schrijven.werkblad", { naam: name }),
        (error) => t("schrijven.mislukt", { fout: error }),
      ),
    onLetters: () =>
      void write(
        () => buildLetterPlans(form, evaluation, language),
        (names) => {
          const params = { aantal: names.length, namen: quoted(names) };
          if (preview) return names.length === 1 ? t("schrijven.brieven.voorbeeld.een", params) : t("schrijven.brieven.voorbeeld.meer", params);
          return names.length === 1 ? t("schrijven.brieven.een", params) : t("schrijven.brieven.meer", params);
        },
        (error, names) =>
          names.length === 0 ? t("schrijven.brieven.mislukt", { fout: error }) : t("schrijven.brieven.mislukt.wel", { fout: error, namen: quoted(names) }),
      ),
  };
}
