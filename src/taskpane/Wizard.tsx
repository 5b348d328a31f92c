/**
 * The wizard for one WZC dossier: Bewoner -> Kinderen -> Resultaat, on one page that updates as the user types.
 * State lives here; figures come from model.evaluate (the rules engine); the workbook is reached only through the port.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetPlan, WorkbookPort, ScaleData, ScaleRef } from "../workbook/port";
import { ConfirmDialog } from "./components/ConfirmDialog";
import { focusField } from "./components/TextField";
import { Verdeling } from "./components/Verdeling";
import { WrittenSheet } from "./components/WrittenSheet";
import { formReducer } from "./formReducer";
import {
  childKey,
  costKey,
  emptyChild,
  emptyCost,
  emptyForm,
  evaluate,
  hasData,
  type ChildField,
  type CostField,
  type DossierForm,
  type ResidentField,
  type ScaleChoice,
} from "./model";
import { prefillFromSelection } from "./prefill";
import { buildLetterPlans } from "./letterPlan";
import { buildSheetPlan } from "./sheetPlan";
import { BewonerStep } from "./steps/BewonerStep";
import { KinderenStep, type ScaleState } from "./steps/KinderenStep";
import { ResultaatStep, type WriteStatus } from "./steps/ResultaatStep";

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

type Focus = { field: string } | { action: string } | { firstError: true };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What "Nieuw dossier" would wipe, said plainly. */
function newDossierQuestion(form: DossierForm): string {
  const name = form.dossier.trim() === "" ? "dit dossier" : `dossier ${form.dossier.trim()}`;
  const n = form.kinderen.length;
  const children = n === 0 ? "" : ` en ${n === 1 ? "één kind" : `${n} kinderen`}`;
  return `De gegevens van ${name}${children} worden uit het taakvenster gewist. Werkbladen die al geschreven zijn, blijven staan.`;
}

export function Wizard(props: WizardProps) {
  const { port } = props;
  const styles = useStyles();
  const [form, dispatch] = React.useReducer(formReducer, props.initialForm);
  const evaluation = React.useMemo(() => evaluate(form), [form]);
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = React.useState(false);
  const [scale, setScale] = React.useState<ScaleState>({ loading: false });
  const [reading, setReading] = React.useState(false);
  const [writing, setWriting] = React.useState(false);
  const [selectionStatus, setSelectionStatus] = React.useState<(WriteStatus & { notices?: string[] }) | undefined>();
  const [writeStatus, setWriteStatus] = React.useState<WriteStatus | undefined>();
  const [written, setWritten] = React.useState<{ name: string; plan: SheetPlan } | undefined>();
  const [focus, setFocus] = React.useState<Focus | undefined>();
  const [confirmNew, setConfirmNew] = React.useState(false);
  const lastScale = React.useRef<ScaleChoice | undefined>(undefined);

  React.useEffect(() => {
    if (focus === undefined) return;
    if ("field" in focus) focusField(focus.field);
    else if ("action" in focus) document.querySelector<HTMLElement>(`[data-action="${focus.action}"]`)?.focus();
    else document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setFocus(undefined);
  }, [focus]);

  const touch = (key: string) =>
    setTouched((prev) => {
      if (prev.has(key)) return prev;
      const next = new Set(prev);
      next.add(key);
      return next;
    });

  const errorFor = (key: string): string | undefined => {
    const e = evaluation.errors[key];
    if (e === undefined) return undefined;
    if (e.missing && !showAll && !touched.has(key)) return undefined;
    return e.message;
  };

  const changed = () => setWriteStatus(undefined);

  // ---- resident and costs
  const onField = (field: Exclude<ResidentField, "zakgeld">, value: string) => {
    dispatch({ type: "field", field, value });
    touch(field);
    changed();
  };
  const onZakgeld = (value: string | null) => {
    dispatch({ type: "zakgeld", value });
    touch("zakgeld");
    changed();
  };
  const onAddCost = () => {
    const line = emptyCost();
    dispatch({ type: "addCost", line });
    setFocus({ field: costKey(line.id, "omschrijving") });
    changed();
  };
  const onRemoveCost = (id: string) => {
    dispatch({ type: "removeCost", id });
    setFocus({ action: "kost-toevoegen" });
    changed();
  };
  const onCost = (id: string, field: CostField, value: string) => {
    dispatch({ type: "cost", id, field, value });
    touch(costKey(id, field));
    changed();
  };

  // ---- children
  const onAddChild = () => {
    const child = emptyChild();
    dispatch({ type: "addChild", child });
    setFocus({ field: childKey(child.id, "naam") });
    changed();
  };
  const onRemoveChild = (id: string) => {
    dispatch({ type: "removeChild", id });
    setFocus({ action: "kind-toevoegen" });
    changed();
  };
  const onChild = (id: string, field: ChildField, value: string) => {
    dispatch({ type: "child", id, field, value });
    touch(childKey(id, field));
    changed();
  };

  // ---- the scale
  const setSchaal = (schaal: ScaleChoice) => {
    if (schaal.method === "schaal") lastScale.current = schaal;
    dispatch({ type: "schaal", schaal });
    changed();
  };
  const loadTables = async () => {
    setScale((s) => ({ ...s, loading: true }));
    try {
      const tables = await port.listScaleTables();
      setScale({ tables, loading: false });
    } catch (error) {
      setScale({ tables: [], loading: false });
      setSchaal({ method: "schaal", loadError: message(error) });
    }
  };
  const onMethod = (method: "benadering" | "schaal") => {
    if (method === "benadering") {
      dispatch({ type: "schaal", schaal: { method: "benadering" } });
      changed();
      return;
    }
    setSchaal(lastScale.current ?? { method: "schaal" });
    void loadTables();
  };
  const readScale = async (read: () => Promise<ScaleData>, ref?: ScaleRef) => {
    setScale((s) => ({ ...s, loading: true }));
    setReading(true);
    try {
      const data = await read();
      setSchaal({ method: "schaal", ref: data.ref, label: data.label, values: data.values });
    } catch (error) {
      setSchaal({ method: "schaal", ref, loadError: message(error) });
    } finally {
      setScale((s) => ({ ...s, loading: false }));
      setReading(false);
    }
  };
  const onPickTable = (name: string) => void readScale(() => port.readScale({ kind: "table", name }), { kind: "table", name });
  const onSelectionAsScale = () => void readScale(() => port.readSelectedRange());
  const onReloadScale = () => {
    if (form.schaal.method === "schaal" && form.schaal.ref !== undefined) {
      const ref = form.schaal.ref;
      void readScale(() => port.readScale(ref), ref);
    }
  };

  // ---- whole dossier
  const reset = (next: DossierForm) => {
    dispatch({ type: "replace", form: next });
    setTouched(new Set());
    setShowAll(false);
    setWriteStatus(undefined);
  };
  const startNew = () => {
    setConfirmNew(false);
    reset(emptyForm(props.today?.() ?? new Date()));
    setSelectionStatus(undefined);
    setFocus({ field: "dossier" });
  };
  const onNew = () => {
    if (hasData(form)) setConfirmNew(true);
    else startNew();
  };
  const onFromSelection = async () => {
    setReading(true);
    setSelectionStatus(undefined);
    try {
      const selection = await port.readSelectedDossierList();
      const result = prefillFromSelection(selection);
      if ("error" in result) {
        setSelectionStatus({ intent: "error", text: result.error });
        return;
      }
      reset({ ...result.form, schaal: form.schaal });
      const n = result.form.kinderen.length;
      setSelectionStatus({
        intent: "success",
        text: `Dossier ${result.form.dossier} ingevuld uit ${selection.source}: ${n} ${n === 1 ? "kind" : "kinderen"}.`,
        notices: result.notices,
      });
    } catch (error) {
      setSelectionStatus({ intent: "error", text: message(error) });
    } finally {
      setReading(false);
    }
  };
  /** Nothing is written while the form is incomplete: say why and put the focus on the first problem. */
  const refuseIncomplete = (): boolean => {
    if (evaluation.complete) return false;
    setShowAll(true);
    const count = Object.keys(evaluation.errors).length;
    setWriteStatus({
      intent: "error",
      text:
        count === 0
          ? "Er is niets geschreven: de berekening is nog niet volledig."
          : `Er is niets geschreven: ${count === 1 ? "één veld vraagt" : `${count} velden vragen`} nog aandacht. Verbeter de gemarkeerde velden.`,
    });
    setFocus({ firstError: true });
    return true;
  };
  const where = port.mode === "voorbeeld" ? " in de voorbeeldwerkmap (in het geheugen)" : "";
  const onWrite = async () => {
    if (refuseIncomplete()) return;
    setWriting(true);
    setWriteStatus(undefined);
    try {
      const plan = buildSheetPlan(form, evaluation);
      const name = await port.writeSheet(plan);
      setWritten({ name, plan });
      setWriteStatus({ intent: "success", text: `Werkblad "${name}" is aangemaakt${where}, met OCMW-formules over de invoercellen.` });
    } catch (error) {
      setWriteStatus({ intent: "error", text: `Er is niets geschreven: ${message(error)}` });
    } finally {
      setWriting(false);
    }
  };
  const onLetters = async () => {
    if (refuseIncomplete()) return;
    setWriting(true);
    setWriteStatus(undefined);
    const names: string[] = [];
    try {
      for (const plan of buildLetterPlans(form, evaluation)) {
        names.push(await port.writeSheet(plan));
        setWritten({ name: names[names.length - 1], plan });
      }
      const list = names.map((n) => `"${n}"`).join(", ");
      setWriteStatus({
        intent: "success",
        text: `${names.length === 1 ? "Eén brief" : `${names.length} brieven`} aangemaakt${where}: ${list}. Elk blad is klaar om af te drukken (A4, staand).`,
      });
    } catch (error) {
      const done = names.length === 0 ? "" : ` Wel aangemaakt: ${names.map((n) => `"${n}"`).join(", ")}.`;
      setWriteStatus({ intent: "error", text: `Niet alle brieven zijn geschreven: ${message(error)}${done}` });
    } finally {
      setWriting(false);
    }
  };

  const busy = reading || writing;
  return (
    <>
      <div className={styles.toolbar}>
        <Button onClick={onNew} data-action="nieuw-dossier">
          Nieuw dossier
        </Button>
        <Button onClick={() => void onFromSelection()} disabled={busy}>
          Van selectie
        </Button>
        {reading && <Spinner size="tiny" label="Werkmap lezen…" />}
      </div>
      <div role="status" aria-live="polite">
        {selectionStatus !== undefined && (
          <MessageBar intent={selectionStatus.intent} layout="multiline">
            <MessageBarBody>
              {selectionStatus.text}
              {selectionStatus.notices !== undefined && selectionStatus.notices.length > 0 && (
                <ul className={styles.notices}>
                  {selectionStatus.notices.map((n) => (
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
        onField={onField}
        onZakgeld={onZakgeld}
        onAddCost={onAddCost}
        onRemoveCost={onRemoveCost}
        onCost={onCost}
      />
      <KinderenStep
        form={form}
        evaluation={evaluation}
        errorFor={errorFor}
        onAddChild={onAddChild}
        onRemoveChild={onRemoveChild}
        onChild={onChild}
        onMethod={onMethod}
        onPickTable={onPickTable}
        onSelectionAsScale={onSelectionAsScale}
        onReloadScale={onReloadScale}
        scale={scale}
        busy={busy}
      />
      {/* the question is on the page only while it is asked */}
      {confirmNew && (
      <ConfirmDialog
        open
        title="Nieuw dossier beginnen?"
        confirm="Wissen en opnieuw beginnen"
        onConfirm={startNew}
        onCancel={() => {
          setConfirmNew(false);
          setFocus({ action: "nieuw-dossier" });
        }}
      >
        {newDossierQuestion(form)}
      </ConfirmDialog>
      )}
      <ResultaatStep
        form={form}
        evaluation={evaluation}
        onWrite={() => void onWrite()}
        writing={writing}
        status={writeStatus}
        chart={<Verdeling evaluation={evaluation} />}
        extraActions={
          <Button onClick={() => void onLetters()} disabled={writing}>
            Brief per kind
          </Button>
        }
      >
        {port.mode === "voorbeeld" && written !== undefined && <WrittenSheet name={written.name} plan={written.plan} />}
      </ResultaatStep>
    </>
  );
}
