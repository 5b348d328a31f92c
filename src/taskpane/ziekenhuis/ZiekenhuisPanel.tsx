/**
 * The "Ziekenhuis" tab: a hospital history in (admission and discharge dates, kind, transfer, examinations), the own
 * share and its breakdown out, and "Naar werkblad" writing the history with a live =OCMW.REMGELD.OPNAMES formula.
 */
import * as React from "react";
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useFormat, useLanguage, useT, type MessageKey } from "../i18n";
import type { WorkbookPort } from "../../workbook/port";
import { TextField } from "../components/TextField";
import { Trace } from "../components/Trace";
import { WrittenSheet } from "../components/WrittenSheet";
import { useSharedStyles } from "../styles";
import {
  CATEGORIEEN,
  categorieText,
  emptyOpname,
  emptyZiekenhuisForm,
  evaluateZiekenhuis,
  SOORT_LABELS,
  type OpnameDates,
  type OpnameForm,
  type Soort,
  type ZiekenhuisForm,
} from "./model";
import { buildZiekenhuisSheet } from "./sheetPlan";
import type { SheetPlan } from "../../workbook/port";

export interface ZiekenhuisPanelProps {
  port: WorkbookPort;
  initialForm?: ZiekenhuisForm;
}

export function ZiekenhuisPanel(props: ZiekenhuisPanelProps) {
  const shared = useSharedStyles();
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const [form, setForm] = React.useState<ZiekenhuisForm>(props.initialForm ?? emptyZiekenhuisForm());
  const [written, setWritten] = React.useState<{ name: string; plan: SheetPlan } | undefined>();
  const [writeError, setWriteError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const evaluation = React.useMemo(() => evaluateZiekenhuis(form, language), [form, language]);
  const set = (patch: Partial<ZiekenhuisForm>) => setForm((f) => ({ ...f, ...patch }));
  const setOpname = (i: number, patch: Partial<OpnameForm>) =>
    setForm((f) => ({ ...f, opnames: f.opnames.map((o, j) => (j === i ? { ...o, ...patch } : o)) }));

  const toSheet = async () => {
    if (evaluation.value === undefined) return;
    setBusy(true);
    setWriteError(undefined);
    try {
      const plan = buildZiekenhuisSheet(form, evaluation.dates as OpnameDates[], language);
      const name = await props.port.writeSheet(plan);
      setWritten({ name, plan });
    } catch (error) {
      setWriteError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={shared.section}>
      <h2 className={shared.heading}>{t("zh.titel")}</h2>
      <Field label={t("zh.categorie")}>
        <Select value={form.categorie} onChange={(_, d) => set({ categorie: d.value as ZiekenhuisForm["categorie"] })}>
          {CATEGORIEEN.map((c) => (
            <option key={c} value={c}>
              {c} ({categorieText(c, language)})
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("zh.ziekenhuis")}>
        <Select value={form.ziekenhuis} onChange={(_, d) => set({ ziekenhuis: d.value as ZiekenhuisForm["ziekenhuis"] })}>
          <option value="algemeen">{t("zh.algemeen")}</option>
          <option value="psychiatrisch">{t("zh.psychiatrisch")}</option>
        </Select>
      </Field>
      <Field label={t("zh.dienst")} hint={t("zh.dienst.hint")}>
        <Select value={form.dienst} onChange={(_, d) => set({ dienst: d.value as ZiekenhuisForm["dienst"] })}>
          <option value="">{t("zh.geen")}</option>
          <option value="A">A</option>
          <option value="T">T</option>
        </Select>
      </Field>
      <Checkbox label={t("zh.metPtl")} checked={form.metPersonenTenLaste} onChange={(_, d) => set({ metPersonenTenLaste: d.checked === true })} />
      <Checkbox label={t("zh.eenpersoonskamer")} checked={form.eenpersoonskamer} onChange={(_, d) => set({ eenpersoonskamer: d.checked === true })} />

      <h3 className={shared.subheading}>{t("zh.opnames")}</h3>
      {form.opnames.map((o, i) => (
        <div key={o.id} role="group" aria-label={t("zh.opname", { nummer: i + 1 })} className={shared.group}>
          <TextField
            fieldKey={`opname-${i}-opnamedatum`}
            label={t("zh.opnamedatum")}
            value={o.opnamedatum}
            placeholder={t("bewoner.datum.placeholder")}
            onChange={(v) => setOpname(i, { opnamedatum: v })}
            error={evaluation.fieldErrors[`opname-${i}-opnamedatum`]}
          />
          <TextField
            fieldKey={`opname-${i}-ontslagdatum`}
            label={t("zh.ontslagdatum")}
            value={o.ontslagdatum}
            placeholder={t("bewoner.datum.placeholder")}
            onChange={(v) => setOpname(i, { ontslagdatum: v })}
            error={evaluation.fieldErrors[`opname-${i}-ontslagdatum`]}
          />
          <Field label={t("zh.soort")}>
            <Select value={o.soort} onChange={(_, d) => setOpname(i, { soort: d.value as Soort })}>
              {(Object.keys(SOORT_LABELS) as Soort[]).map((s) => (
                <option key={s} value={s}>
                  {t(`zh.soort.${s}` as MessageKey)}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox label={t("zh.overgeplaatst")} checked={o.overgeplaatst} onChange={(_, d) => setOpname(i, { overgeplaatst: d.checked === true })} />
          <Field label={t("zh.onderzoeken")}>
            <Select value={String(o.onderzoeken)} onChange={(_, d) => setOpname(i, { onderzoeken: Number(d.value) as 0 | 1 | 2 })}>
              <option value="0">0</option>
              <option value="1">1</option>
              <option value="2">2</option>
            </Select>
          </Field>
          <Button onClick={() => setForm((f) => ({ ...f, opnames: f.opnames.filter((_, j) => j !== i) }))}>{t("zh.verwijderen")}</Button>
        </div>
      ))}
      <Button onClick={() => setForm((f) => ({ ...f, opnames: [...f.opnames, emptyOpname()] }))}>{t("zh.toevoegen")}</Button>

      <section aria-label={t("zh.resultaat")} className={shared.section}>
        {evaluation.error !== undefined && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{evaluation.error}</MessageBarBody>
          </MessageBar>
        )}
        {evaluation.value !== undefined && evaluation.steps !== undefined ? (
          <>
            <table>
              <tbody>
                <tr>
                  <th scope="row">{t("zh.remgeld")}</th>
                  <td className={shared.amount}>{format.money(evaluation.value)}</td>
                </tr>
              </tbody>
            </table>
            <Trace title={t("zh.perOpname")} steps={evaluation.steps} />
          </>
        ) : (
          evaluation.error === undefined && <p>{t("zh.vulIn")}</p>
        )}
        <Button appearance="primary" disabled={evaluation.value === undefined || busy} onClick={toSheet}>
          {t("resultaat.naarWerkblad")}
        </Button>
        {writeError !== undefined && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{writeError}</MessageBarBody>
          </MessageBar>
        )}
        {written !== undefined && (
          <>
            <p role="status">{t("zh.geschreven", { naam: written.name })}</p>
            {props.port.mode === "voorbeeld" && <WrittenSheet name={written.name} plan={written.plan} />}
          </>
        )}
      </section>
    </div>
  );
}
