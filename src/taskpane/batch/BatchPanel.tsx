/**
 * Task pane panel "Dossierlijst herberekenen": pick a table or sheet, recalculate it in one action with a progress
 * bar and a cancel button, then read the counts and jump to the first error rows.
 * Talks to the workbook only through a BatchPort (Excel, or in memory for the preview and tests). The run is in the
 * pane's language: a French pane writes French output headers, Status texts and a sheet "Résumé".
 */
import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { cancelledStatus } from "../../dossiers/port";
import { localeOf, useLanguage, useT, type Language, type Translate } from "../i18n";
import type { BatchPort, BatchProgress, BatchReport, BatchSource } from "../../workbook/batchPort";

export interface BatchPanelProps {
  port: BatchPort;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowWrap: "anywhere",
  },
  dropdown: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  status: { display: "block", color: tokens.colorNeutralForeground3 },
});

function progressText(t: Translate, count: (n: number) => string, p: BatchProgress): string {
  if (p.phase === "lezen" || p.phase === "schrijven") return t(`lijst.fase.${p.phase}`, { klaar: count(p.rowsDone), totaal: count(p.rowsTotal) });
  return t(`lijst.fase.${p.phase}`);
}

function resultTitle(t: Translate, r: BatchReport): string {
  if (r.cancelled) return t("lijst.geannuleerd");
  return r.errors > 0 ? t("lijst.klaarMetFouten") : t("lijst.klaar");
}

function resultText(t: Translate, count: (n: number) => string, r: BatchReport, language: Language): string {
  const counts = { rijen: count(r.rows), ok: count(r.ok), fouten: count(r.errors) };
  if (r.cancelled) {
    // the Status the run wrote, in the run's (the pane's) language
    const params = { ...counts, geschreven: count(r.written), totaal: count(r.totalRows), status: cancelledStatus(language) };
    const marked = r.marked !== undefined && r.marked > 0;
    // the previous run's summary, cleared because it no longer matches the list: said, with its sheet
    if (r.staleSummary !== undefined) {
      const withSheet = { ...params, blad: r.staleSummary };
      return marked ? t("lijst.geannuleerd.gemarkeerd.oud", withSheet) : t("lijst.geannuleerd.ongewijzigd.oud", withSheet);
    }
    return marked ? t("lijst.geannuleerd.gemarkeerd", params) : t("lijst.geannuleerd.ongewijzigd", params);
  }
  const params = { ...counts, leeg: count(r.empty), dossiers: count(r.dossiers), blad: r.summarySheet ?? t("lijst.samenvatting") };
  return r.empty > 0 ? t("lijst.resultaat.leeg", params) : t("lijst.resultaat", params);
}

export function BatchPanel({ port }: BatchPanelProps): React.ReactElement {
  const styles = useStyles();
  const t = useT();
  const language = useLanguage();
  const count = (n: number) => n.toLocaleString(localeOf(language));
  const ids = {
    intro: React.useId(),
    errors: React.useId(),
  };
  const [sources, setSources] = React.useState<BatchSource[] | undefined>(undefined);
  const [loadError, setLoadError] = React.useState<string | undefined>(undefined);
  const [selected, setSelected] = React.useState<string | undefined>(undefined);
  const [progress, setProgress] = React.useState<BatchProgress | undefined>(undefined);
  const [running, setRunning] = React.useState(false);
  const [cancelling, setCancelling] = React.useState(false);
  const [report, setReport] = React.useState<BatchReport | undefined>(undefined);
  const [runError, setRunError] = React.useState<string | undefined>(undefined);
  const controller = React.useRef<AbortController | undefined>(undefined);
  const mounted = React.useRef(true);

  const loadSources = React.useCallback(async () => {
    setLoadError(undefined);
    try {
      const list = await port.listSources(language);
      if (!mounted.current) return;
      setSources(list);
      setSelected((current) => (current !== undefined && list.some((s) => s.id === current) ? current : list[0]?.id));
    } catch (error) {
      if (mounted.current) setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, [port, language]);

  React.useEffect(() => {
    mounted.current = true;
    void loadSources();
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, [loadSources]);

  const source = sources?.find((s) => s.id === selected);

  const start = async () => {
    if (source === undefined || running) return;
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setCancelling(false);
    setReport(undefined);
    setRunError(undefined);
    setProgress({ phase: "lezen", fraction: 0, rowsDone: 0, rowsTotal: 0 });
    try {
      const result = await port.run(source, (p) => mounted.current && setProgress(p), abort.signal, language);
      if (mounted.current) setReport(result);
    } catch (error) {
      if (mounted.current) setRunError(error instanceof Error ? error.message : String(error));
    } finally {
      if (mounted.current) {
        setRunning(false);
        setCancelling(false);
        setProgress(undefined);
      }
      controller.current = undefined;
    }
  };

  const cancel = () => {
    controller.current?.abort();
    setCancelling(true);
  };

  const selectRow = async (address: string) => {
    try {
      await port.select(address);
    } catch (error) {
      setRunError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className={styles.root} aria-label={t("lijst.titel")} aria-describedby={ids.intro}>
      <Text id={ids.intro}>
        {t("lijst.uitleg")}
      </Text>

      {loadError !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t("lijst.leesfout")}</MessageBarTitle>
            {loadError}
          </MessageBarBody>
        </MessageBar>
      )}

      <Field label={t("lijst.bron")} hint={sources !== undefined && sources.length === 0 ? t("lijst.geenBronnen") : undefined}>
        <Dropdown
          className={styles.dropdown}
          placeholder={sources === undefined ? t("lijst.laden") : t("lijst.kiesBron")}
          disabled={running || sources === undefined || sources.length === 0}
          value={source?.label ?? ""}
          selectedOptions={selected !== undefined ? [selected] : []}
          onOpenChange={(_, data) => {
            if (data.open) void loadSources();
          }}
          onOptionSelect={(_, data) => setSelected(data.optionValue)}
        >
          {(sources ?? []).map((s) => (
            <Option key={s.id} value={s.id} text={s.label}>
              {s.label}
            </Option>
          ))}
        </Dropdown>
      </Field>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={running || source === undefined} onClick={() => void start()}>
          {t("lijst.herberekenen")}
        </Button>
        {running && (
          <Button disabled={cancelling} onClick={cancel}>
            {t("dialoog.annuleren")}
          </Button>
        )}
      </div>

      {running && progress !== undefined && (
        <Field label={t("lijst.voortgang")} validationState="none" validationMessage={cancelling ? t("lijst.annuleren") : progressText(t, count, progress)}>
          <ProgressBar value={progress.fraction} max={1} thickness="large" />
        </Field>
      )}

      {runError !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t("lijst.nietHerberekend")}</MessageBarTitle>
            {runError}
          </MessageBarBody>
        </MessageBar>
      )}

      {report !== undefined && (
        <MessageBar intent={report.cancelled ? "warning" : report.errors > 0 ? "warning" : "success"} role="status">
          <MessageBarBody>
            <MessageBarTitle>{resultTitle(t, report)}</MessageBarTitle>
            {resultText(t, count, report, language)}
          </MessageBarBody>
        </MessageBar>
      )}

      {report !== undefined && report.rows > 0 && report.notices.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {/* each warning of the rules once (stale amounts, the approximation) */}
            {report.notices.map((text) => (
              <Text as="p" block size={200} key={text}>
                {text}
              </Text>
            ))}
            {report.method === "benadering" && (
              <Text as="p" block size={200}>
                {t("lijst.schaalTip")}
              </Text>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {report !== undefined && report.firstErrors.length > 0 && (
        <nav aria-labelledby={ids.errors}>
          <Text id={ids.errors} weight="semibold">
            {report.errors > report.firstErrors.length ? t("lijst.eersteFouten", { aantal: report.firstErrors.length }) : t("lijst.fouten")}
          </Text>
          <ul className={styles.errors}>
            {report.firstErrors.map((e) => (
              <li key={e.address}>
                <Link as="button" onClick={() => void selectRow(e.address)}>
                  {e.dossier ? t("lijst.selecteerRijDossier", { rij: e.row, dossier: e.dossier }) : t("lijst.selecteerRij", { rij: e.row })}
                </Link>
                <Text size={200} className={styles.status}>
                  {e.status}
                </Text>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}

export default BatchPanel;
