/**
 * The "Ziekenhuis" tab: a hospital history in (admission and discharge dates, kind, transfer, examinations), the own
 * share and its breakdown out, and "Naar werkblad" writing the history with a live =OCMW.REMGELD.OPNAMES formula.
 * As in the wizard: dates in the wizard's DateField (1/3/24, 01/03/2024 or the calendar), a missing date said only
 * once its field was touched, the trace folded per admission (opened on demand) with each cited source once, under
 * it. In preview mode (outside Excel) the tab opens with a sample history.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatSerial } from "../model";
import { calendarFormatter, calendarStrings, useFormat, useLanguage, useT, type MessageKey } from "../i18n";
import type { WorkbookPort } from "../../workbook/port";
import { DateField } from "../components/DateField";
import { Trace } from "../components/Trace";
import { WrittenSheet } from "../components/WrittenSheet";
import { useSharedStyles } from "../styles";
import type { Step } from "../../rules";
import {
  CATEGORIEEN,
  chargedRows,
  citedSources,
  emptyOpname,
  emptyZiekenhuisForm,
  evaluateZiekenhuis,
  opnameKey,
  splitPerAdmission,
  SOORTEN,
  type DateKey,
  type OpnameDates,
  type OpnameForm,
  type Soort,
  type ZiekenhuisForm,
} from "./model";
import { sampleZiekenhuisForm } from "./sample";
import { buildZiekenhuisSheet } from "./sheetPlan";
import type { SheetPlan } from "../../workbook/port";

export interface ZiekenhuisPanelProps {
  port: WorkbookPort;
  /** the history the tab opens with; else the sample in preview mode, an empty admission in Excel */
  initialForm?: ZiekenhuisForm;
}

const useStyles = makeStyles({
  // the tab row above already draws the line: no border on top
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBlockEnd: tokens.spacingVerticalM,
    minWidth: 0,
  },
  // at the group's right, also when a long label (French) wraps it under the admission's title
  remove: {
    marginInlineStart: "auto",
  },
  sources: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    overflowWrap: "anywhere",
  },
  values: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** The steps without their per-line citation: the tab lists each source once, under the trace. */
function withoutSources(steps: Step[]): Step[] {
  return steps.map(({ parameter: _parameter, ...rest }) => rest);
}

export function ZiekenhuisPanel(props: ZiekenhuisPanelProps) {
  const shared = useSharedStyles();
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const calendar = React.useMemo(() => calendarStrings(language), [language]);
  const formatter = React.useMemo(() => calendarFormatter(language), [language]);
  const [form, setForm] = React.useState<ZiekenhuisForm>(
    () => props.initialForm ?? (props.port.mode === "voorbeeld" ? sampleZiekenhuisForm() : emptyZiekenhuisForm()),
  );
  // the date fields the user has changed: a missing date is said only there (as in the wizard)
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(() => new Set());
  const [written, setWritten] = React.useState<{ name: string; plan: SheetPlan } | undefined>();
  const [writeError, setWriteError] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const evaluation = React.useMemo(() => evaluateZiekenhuis(form, language), [form, language]);
  const set = (patch: Partial<ZiekenhuisForm>) => setForm((f) => ({ ...f, ...patch }));
  const setOpname = (i: number, patch: Partial<OpnameForm>) =>
    setForm((f) => ({ ...f, opnames: f.opnames.map((o, j) => (j === i ? { ...o, ...patch } : o)) }));
  const setDate = (i: number, o: OpnameForm, key: DateKey, value: string) => {
    const field = opnameKey(o.id, key);
    setTouched((s) => (s.has(field) ? s : new Set([...s, field])));
    setOpname(i, { [key]: value });
  };
  const errorFor = (key: string): string | undefined => {
    const problem = evaluation.fieldErrors[key];
    if (problem === undefined || (problem.missing && !touched.has(key))) return undefined;
    return problem.message;
  };

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

  const dateField = (i: number, o: OpnameForm, key: DateKey) => (
    <DateField
      fieldKey={opnameKey(o.id, key)}
      label={t(key === "opnamedatum" ? "zh.opnamedatum" : "zh.ontslagdatum")}
      value={o[key]}
      onChange={(v) => setDate(i, o, key, v)}
      error={errorFor(opnameKey(o.id, key))}
      placeholder={t("bewoner.datum.placeholder")}
      required
      strings={calendar}
      formatter={formatter}
      calendarLabel={t("kalender.titel")}
    />
  );

  return (
    <div className={styles.root}>
      <h2 className={shared.heading}>{t("zh.titel")}</h2>
      <Field label={t("zh.categorie")} hint={t("zh.categorie.hint")}>
        <Select className={shared.fullWidth} value={form.categorie} onChange={(_, d) => set({ categorie: d.value as ZiekenhuisForm["categorie"] })}>
          {CATEGORIEEN.map((c) => (
            // the value is the code the function reads (and the written sheet holds); the text is the pane's language
            <option key={c} value={c}>
              {t(`zh.cat.${c}` as MessageKey)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("zh.ziekenhuis")}>
        <Select className={shared.fullWidth} value={form.ziekenhuis} onChange={(_, d) => set({ ziekenhuis: d.value as ZiekenhuisForm["ziekenhuis"] })}>
          <option value="algemeen">{t("zh.algemeen")}</option>
          <option value="psychiatrisch">{t("zh.psychiatrisch")}</option>
        </Select>
      </Field>
      <Field label={t("zh.dienst")} hint={t("zh.dienst.hint")}>
        <Select className={shared.fullWidth} value={form.dienst} onChange={(_, d) => set({ dienst: d.value as ZiekenhuisForm["dienst"] })}>
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
          <div className={shared.groupHeader}>
            <h4 className={shared.subheading}>{t("zh.opname", { nummer: i + 1 })}</h4>
            <Button className={styles.remove} size="small" appearance="subtle" onClick={() => setForm((f) => ({ ...f, opnames: f.opnames.filter((_, j) => j !== i) }))}>
              {t("zh.verwijderen")}
            </Button>
          </div>
          <div className={shared.pair}>
            {dateField(i, o, "opnamedatum")}
            {dateField(i, o, "ontslagdatum")}
          </div>
          <Field label={t("zh.soort")}>
            <Select className={shared.fullWidth} value={o.soort} onChange={(_, d) => setOpname(i, { soort: d.value as Soort })}>
              {SOORTEN.map((s) => (
                <option key={s} value={s}>
                  {t(`zh.soort.${s}` as MessageKey)}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox label={t("zh.overgeplaatst")} checked={o.overgeplaatst} onChange={(_, d) => setOpname(i, { overgeplaatst: d.checked === true })} />
          <Field label={t("zh.onderzoeken")}>
            <Select className={shared.fullWidth} value={String(o.onderzoeken)} onChange={(_, d) => setOpname(i, { onderzoeken: Number(d.value) as 0 | 1 | 2 })}>
              <option value="0">0</option>
              <option value="1">1</option>
              <option value="2">2</option>
            </Select>
          </Field>
        </div>
      ))}
      <div>
        <Button onClick={() => setForm((f) => ({ ...f, opnames: [...f.opnames, emptyOpname()] }))}>{t("zh.toevoegen")}</Button>
      </div>

      <section aria-label={t("zh.resultaat")} className={shared.section}>
        {evaluation.error !== undefined && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{evaluation.error}</MessageBarBody>
          </MessageBar>
        )}
        {evaluation.value !== undefined ? (
          <table>
            <tbody>
              <tr>
                <th scope="row">{t("zh.remgeld")}</th>
                <td className={shared.amount}>{format.money(evaluation.value)}</td>
              </tr>
            </tbody>
          </table>
        ) : (
          evaluation.error === undefined && <p>{t("zh.vulIn")}</p>
        )}
        <div>
          <Button appearance="primary" disabled={evaluation.value === undefined || busy} onClick={toSheet}>
            {t("resultaat.naarWerkblad")}
          </Button>
        </div>
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
        {evaluation.value !== undefined && evaluation.steps !== undefined && (
          <ZiekenhuisTrace form={form} dates={evaluation.dates} steps={evaluation.steps} />
        )}
      </section>
    </div>
  );
}

/**
 * The trace: the rule's opening lines, then one folded item per admission (its header: the admission's number in the
 * form, its dates and subtotal), and one item listing each cited source once.
 */
function ZiekenhuisTrace(props: { form: ZiekenhuisForm; dates: (OpnameDates | undefined)[]; steps: Step[] }) {
  const shared = useSharedStyles();
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const format = useFormat();
  const parts = splitPerAdmission(props.steps);
  const rows = chargedRows(props.form, props.dates) ?? [];
  const sources = citedSources(props.steps, language);
  return (
    <section aria-labelledby="zh-uitleg" className={shared.section}>
      <h3 id="zh-uitleg" className={shared.subheading}>
        {t("zh.perOpname")}
      </h3>
      {parts.intro.length > 0 && <Trace steps={withoutSources(parts.intro)} />}
      <Accordion multiple collapsible>
        {parts.admissions.map((steps, k) => {
          const row = rows[k];
          const subtotal = steps[steps.length - 1].amount;
          const title =
            row === undefined
              ? t("zh.opname", { nummer: k + 1 })
              : t("zh.trace.opname", { nummer: row.row, van: formatSerial(row.dates.opname), tot: formatSerial(row.dates.ontslag) });
          return (
            <AccordionItem key={k} value={`opname-${k}`}>
              <AccordionHeader as="h4" size="small">
                <span>
                  {subtotal === undefined ? title : `${title}, `}
                  {subtotal !== undefined && <span className={shared.amount}>{format.money(subtotal)}</span>}
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <Trace steps={withoutSources(steps)} />
              </AccordionPanel>
            </AccordionItem>
          );
        })}
        {sources.length > 0 && (
          <AccordionItem value="bronnen">
            <AccordionHeader as="h4" size="small">
              {t("zh.bronnen.aantal", { aantal: sources.length })}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.sources}>
                {sources.map((s) => (
                  <li key={s.citation}>
                    <div>{t("zh.bron.document", { bron: s.citation })}</div>
                    <ul className={styles.values}>
                      {s.values.map((v) => (
                        <li key={v}>{v}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
    </section>
  );
}
