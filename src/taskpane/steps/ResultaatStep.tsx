/**
 * Step 3, Resultaat: the deficit, the kindsdeel, each child's contribution, the total recovered and the OCMW's share,
 * then the full trace of every step; and the one action that writes the calculation sheet.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Step } from "../../rules";
import { Figure } from "../components/Figure";
import type { WriteStatus } from "../wizard/state";
import { Notices } from "../components/Notices";
import { Trace } from "../components/Trace";
import type { DossierForm, Evaluation } from "../model";
import { useT } from "../i18n";
import { tableCells, useSharedStyles } from "../styles";

export type { WriteStatus };

export interface ResultaatStepProps {
  form: DossierForm;
  evaluation: Evaluation;
  onWrite: () => void;
  writing: boolean;
  status?: WriteStatus;
  /** rendered under the status, e.g. the written sheet in preview mode */
  children?: React.ReactNode;
  /** the picture of the figures, under them */
  chart?: React.ReactNode;
  /** more buttons beside "Naar werkblad" */
  extraActions?: React.ReactNode;
}

const useStyles = makeStyles({
  table: {
    ...tableCells(`${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`),
    "& td": { textAlign: "right", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
    "& thead th": { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
    "& tbody th": { fontWeight: tokens.fontWeightRegular },
  },
  numberHeader: {
    textAlign: "right !important" as "right",
  },
  totals: {
    "& th, & td": { fontWeight: tokens.fontWeightSemibold },
  },
  uitleg: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
  },
  action: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

export function ResultaatStep(props: ResultaatStepProps) {
  const { evaluation } = props;
  const shared = useSharedStyles();
  const styles = useStyles();
  const t = useT();
  const shown = new Set(evaluation.notices.map((n) => n.text));
  const missing = evaluation.missing;
  const kindName = (kind: { naam: string; positie: number }) => (kind.naam === "" ? t("kinderen.kind", { nummer: kind.positie }) : kind.naam);
  const traces: { value: string; title: string; steps: Step[] }[] = [];
  if (evaluation.tekort !== undefined) traces.push({ value: "tekort", title: t("resultaat.uitleg.tekort"), steps: evaluation.tekort.steps });
  if (evaluation.kindsdeel !== undefined) traces.push({ value: "kindsdeel", title: t("resultaat.uitleg.kindsdeel"), steps: evaluation.kindsdeel.steps });
  for (const kind of evaluation.kinderen) {
    if (kind.bijdrage === undefined) continue;
    const name = kind.naam === "" ? t("resultaat.uitleg.kind", { nummer: kind.positie }) : kind.naam;
    traces.push({ value: `bijdrage:${kind.id}`, title: t("resultaat.uitleg.bijdrage", { naam: name }), steps: kind.bijdrage.steps });
  }
  if (evaluation.aandeel !== undefined) traces.push({ value: "aandeel", title: t("resultaat.uitleg.aandeel"), steps: evaluation.aandeel.steps });

  return (
    <>
      <section className={shared.section} aria-labelledby="stap-resultaat">
        <h2 id="stap-resultaat" className={shared.heading}>
          <span className={shared.stepNumber} aria-hidden="true">3</span>
          {t("resultaat.titel")}
        </h2>
        <Notices notices={evaluation.notices} />
        <table className={styles.table}>
          <caption className={shared.muted} style={{ textAlign: "left" }}>
            {t("resultaat.perMaand")}
          </caption>
          <tbody>
            <tr>
              <th scope="row">{t("resultaat.tekort")}</th>
              <td>
                <Figure value={evaluation.tekort?.value} reason={missing.tekort} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t("resultaat.kindsdeel")}</th>
              <td>
                <Figure value={evaluation.kindsdeel?.value} reason={missing.kindsdeel} />
              </td>
            </tr>
          </tbody>
        </table>

        {evaluation.kinderen.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t("resultaat.kind")}</th>
                <th scope="col" className={styles.numberHeader}>
                  {t("resultaat.bijdrage")}
                </th>
              </tr>
            </thead>
            <tbody>
              {evaluation.kinderen.map((kind) => (
                <tr key={kind.id}>
                  <th scope="row">
                    {kind.billijkheid === undefined
                      ? kindName(kind)
                      : t("resultaat.kindBillijkheid", { naam: kindName(kind) })}
                  </th>
                  <td>
                    <Figure value={kind.bijdrage?.value} reason={missing.bijdrage[kind.id]} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <table className={`${styles.table} ${styles.totals}`}>
          <tbody>
            <tr>
              <th scope="row">{t("resultaat.totaal")}</th>
              <td>
                <Figure value={evaluation.totaal} reason={missing.aandeel} />
              </td>
            </tr>
            <tr>
              <th scope="row">{t("resultaat.aandeel")}</th>
              <td>
                <Figure value={evaluation.aandeel?.value} reason={missing.aandeel} />
              </td>
            </tr>
          </tbody>
        </table>
        {props.chart}

        <div className={styles.action}>
          <Button appearance="primary" onClick={props.onWrite} disabled={props.writing}>
            {t("resultaat.naarWerkblad")}
          </Button>
          {props.extraActions}
          {props.writing && <Spinner size="tiny" label={t("resultaat.schrijven")} />}
        </div>
        <div role="status" aria-live="polite">
          {props.status !== undefined && (
            <MessageBar intent={props.status.intent} layout="multiline">
              <MessageBarBody>{props.status.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {props.children}
      </section>
      {/* The trace: its own region right under the figures, one folded item per figure, opened on demand. */}
      <section className={styles.uitleg} aria-labelledby="stap-uitleg">
        <h3 id="stap-uitleg" className={shared.subheading}>
          {t("resultaat.uitleg")}
        </h3>
        {traces.length === 0 ? (
          <p className={shared.muted}>{t("resultaat.uitleg.leeg")}</p>
        ) : (
          <Accordion multiple collapsible>
            {traces.map((t) => (
              <AccordionItem key={t.value} value={t.value}>
                <AccordionHeader as="h4" size="small">
                  {t.title}
                </AccordionHeader>
                <AccordionPanel>
                  <Trace steps={t.steps} shown={shown} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        )}
      </section>
    </>
  );
}
