/**
 * The wizard for one WZC dossier: Bewoner -> Kinderen -> Resultaat, on one page that updates as the user types.
 * Its parts: the state (wizard/state.ts: form, touched fields, write status, one reducer), the scale picker
 * (wizard/useScale.ts), "Van selectie" (wizard/usePrefill.ts), the writers "Naar werkblad" and "Brief per kind"
 * (wizard/useWriters.ts) and focus moves (wizard/useFocusRequest.ts). Figures come from model.evaluate (the rules
 * engine); the workbook is reached only through the port.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookPort } from "../workbook/port";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { Verdeling } from "./components/Verdeling";
import { WrittenSheet } from "./components/WrittenSheet";
import type { FormAction } from "./formReducer";
import { billijkheidKey, childKey, costKey, emptyChild, emptyCost, emptyForm, evaluate, hasData, type DossierForm } from "./model";
import { useLanguage, useT, type Translate } from "./i18n";
import { BewonerStep } from "./steps/BewonerStep";
import { KinderenStep } from "./steps/KinderenStep";
import { ResultaatStep } from "./steps/ResultaatStep";
import { initialWizardState, visibleError, wizardReducer } from "./wizard/state";
import { useFocusRequest } from "./wizard/useFocusRequest";
import { usePrefill } from "./wizard/usePrefill";
import { useScale } from "./wizard/useScale";
import { useWriters } from "./wizard/useWriters";

export interface WizardProps {
  port: WorkbookPort;
  initialForm: DossierForm;
  /** today, for "Nieuw dossier" (tests pass a fixed date) */
  today?: () => Date;
}

const useStyles = makeStyles({
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
  },
  notices: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

/** What "Nieuw dossier" would wipe, said plainly: one whole sentence per case in each catalogue (issue 13). */
function newDossierQuestion(t: Translate, form: DossierForm): string {
  const naam = form.dossier.trim();
  const n = form.kinderen.length;
  if (naam === "") {
    if (n === 0) return t("wizard.nieuw.vraag.dit");
    return n === 1 ? t("wizard.nieuw.vraag.dit.een") : t("wizard.nieuw.vraag.dit.meer", { aantal: n });
  }
  if (n === 0) return t("wizard.nieuw.vraag.dossier", { naam });
  return n === 1 ? t("wizard.nieuw.vraag.dossier.een", { naam }) : t("wizard.nieuw.vraag.dossier.meer", { naam, aantal: n });
}

export function Wizard(props: WizardProps) {
  const { port } = props;
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const [state, dispatch] = React.useReducer(wizardReducer, props.initialForm, initialWizardState);
  const { form } = state;
  const evaluation = React.useMemo(() => evaluate(form, language), [form, language]);
  const focus = useFocusRequest();
  // the question asked before typed data is lost: for "Nieuw dossier", or for "Van selectie" after edits
  const [confirm, setConfirm] = React.useState<"nieuw" | "selectie" | undefined>();

  const edit = (e: Exclude<FormAction, { type: "replace" }>) => dispatch({ type: "edit", edit: e });
  const reset = (next: DossierForm) => dispatch({ type: "reset", form: next });
  const scale = useScale(port, form, (schaal) => edit({ type: "schaal", schaal }));
  const prefill = usePrefill(port, form, reset);
  const writers = useWriters(port, form, evaluation, dispatch, focus);
  const errorFor = (key: string) => visibleError(state, evaluation.errors, key);

  const startNew = () => {
    setConfirm(undefined);
    reset(emptyForm(props.today?.() ?? new Date()));
    prefill.clear();
    focus({ field: "dossier" });
  };

  const reading = scale.reading || prefill.reading;
  const busy = reading || writers.writing;
  return (
    <>
      <div className={styles.toolbar}>
        <Button onClick={() => (hasData(form) ? setConfirm("nieuw") : startNew())} data-action="nieuw-dossier">
          {t("wizard.nieuw")}
        </Button>
        <Button
          onClick={() => (state.edited && hasData(form) ? setConfirm("selectie") : prefill.onFromSelection())}
          disabled={busy}
          data-action="van-selectie"
        >
          {t("wizard.vanSelectie")}
        </Button>
        {reading && <Spinner size="tiny" label={t("wizard.lezen")} />}
      </div>
      <div role="status" aria-live="polite">
        {prefill.status !== undefined && (
          <MessageBar intent={prefill.status.intent} layout="multiline">
            <MessageBarBody>
              {prefill.status.text}
              {prefill.status.notices !== undefined && prefill.status.notices.length > 0 && (
                <ul className={styles.notices}>
                  {prefill.status.notices.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <BewonerStep
        form={form}
        evaluation={evaluation}
        errorFor={errorFor}
        onField={(field, value) => edit({ type: "field", field, value })}
        onZakgeld={(value) => edit({ type: "zakgeld", value })}
        onAddCost={() => {
          const line = emptyCost();
          edit({ type: "addCost", line });
          focus({ field: costKey(line.id, "omschrijving") });
        }}
        onRemoveCost={(id) => {
          edit({ type: "removeCost", id });
          focus({ action: "kost-toevoegen" });
        }}
        onCost={(id, field, value) => edit({ type: "cost", id, field, value })}
      />
      <KinderenStep
        form={form}
        evaluation={evaluation}
        errorFor={errorFor}
        onAddChild={() => {
          const child = emptyChild();
          edit({ type: "addChild", child });
          focus({ field: childKey(child.id, "naam") });
        }}
        onRemoveChild={(id) => {
          edit({ type: "removeChild", id });
          focus({ action: "kind-toevoegen" });
        }}
        onChild={(id, field, value) => edit({ type: "child", id, field, value })}
        onBillijkheid={(id, on) => {
          edit({ type: "billijkheid", id, on });
          if (on) focus({ field: billijkheidKey(id, "bedrag") });
        }}
        onBillijkheidField={(id, field, value) => edit({ type: "billijkheidField", id, field, value })}
        onMethod={scale.onMethod}
        onPickTable={scale.onPickTable}
        onSelectionAsScale={scale.onSelectionAsScale}
        onReloadScale={scale.onReloadScale}
        scale={scale.scale}
        busy={busy}
      />
      {/* the question is on the page only while it is asked */}
      {confirm !== undefined && (
        <ConfirmDialog
          open
          title={t(confirm === "nieuw" ? "wizard.nieuw.titel" : "wizard.selectie.titel")}
          confirm={t(confirm === "nieuw" ? "wizard.nieuw.bevestig" : "wizard.selectie.bevestig")}
          onConfirm={() => {
            if (confirm === "nieuw") startNew();
            else {
              setConfirm(undefined);
              prefill.onFromSelection();
            }
          }}
          onCancel={() => {
            setConfirm(undefined);
            focus({ action: confirm === "nieuw" ? "nieuw-dossier" : "van-selectie" });
          }}
        >
          {newDossierQuestion(t, form)}
        </ConfirmDialog>
      )}
      <ResultaatStep
        form={form}
        evaluation={evaluation}
        onWrite={writers.onWrite}
        writing={writers.writing}
        status={state.writeStatus}
        chart={<Verdeling evaluation={evaluation} />}
        extraActions={
          <Button onClick={writers.onLetters} disabled={writers.writing}>
            {t("wizard.briefPerKind")}
          </Button>
        }
      >
        {port.mode === "voorbeeld" && writers.written !== undefined && <WrittenSheet name={writers.written.name} plan={writers.written.plan} />}
      </ResultaatStep>
    </>
  );
}
