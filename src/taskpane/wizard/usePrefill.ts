/** "Van selectie": the dossier list around the selection fills the wizard (the chosen scale is kept). */
import * as React from "react";
import type { WorkbookPort } from "../../workbook/port";
import { useLanguage, useT } from "../i18n";
import type { DossierForm } from "../model";
import { prefillFromSelection } from "../prefill";
import type { WriteStatus } from "./state";
import { message } from "./useFocusRequest";

export type SelectionStatus = WriteStatus & { notices?: string[] };

export interface Prefill {
  reading: boolean;
  status?: SelectionStatus;
  clear: () => void;
  onFromSelection: () => void;
}

export function usePrefill(port: WorkbookPort, form: DossierForm, reset: (form: DossierForm) => void): Prefill {
  const [reading, setReading] = React.useState(false);
  const [status, setStatus] = React.useState<SelectionStatus | undefined>();
  const t = useT();
  const language = useLanguage();
  const onFromSelection = async () => {
    setReading(true);
    setStatus(undefined);
    try {
      const selection = await port.readSelectedDossierList();
      const result = prefillFromSelection(selection, language);
      if ("error" in result) {
        setStatus({ intent: "error", text: result.error });
        return;
      }
      reset({ ...result.form, schaal: form.schaal });
      const n = result.form.kinderen.length;
      setStatus({
        intent: "success",
        text: t(n === 1 ? "wizard.ingevuld.een" : "wizard.ingevuld.meer", { dossier: result.form.dossier, bron: selection.source, aantal: n }),
        notices: result.notices,
      });
    } catch (error) {
      setStatus({ intent: "error", text: message(error) });
    } finally {
      setReading(false);
    }
  };
  return { reading, status, clear: () => setStatus(undefined), onFromSelection: () => void onFromSelection() };
}
