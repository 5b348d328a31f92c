/**
 * Step 3, Resultaat: the deficit, the kindsdeel, each child's contribution, the total recovered and the OCMW's share,
 * then the full trace of every step; and the one action that writes the calculation sheet.
 */
import * as React from "react";
import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { formatEuro, type Decimal } from "../../rules";
import { Notices } from "../components/Notices";
import { Trace } from "../components/Trace";
import type { DossierForm, Evaluation } from "../model";
import { useSharedStyles } from "../styles";

export interface WriteStatus {
  intent: "success" | "error" | "info";
  text: string;
}

export interface ResultaatStepProps {
  form: DossierForm;
  evaluation: Evaluation;
  onWrite: () => void;
  writing: boolean;
  status?: WriteStatus;
  /** rendered under the status, e.g. the written sheet in preview mode */
  children?: React.ReactNode;
}

const useStyles = makeStyles({
  table: {
    width: "100%",
    borderCollapse: "collapse",
    "& th, & td": {
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: "left",
      verticalAlign: "top",
      overflowWrap: "anywhere",
    },
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
  traces: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  uitleg: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalL,
  },
  action: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

const euro = (value: Decimal | undefined) => (value === undefined ? "—" : formatEuro(value));

export function ResultaatStep(props: ResultaatStepProps) {
  const { form, evaluation } = props;
  const shared = useSharedStyles();
  const styles = useStyles();
  const shown = new Set(evaluation.notices.map((n) => n.text));

  return (
    <>
      <section className={shared.section} aria-labelledby="stap-resultaat">
        <h2 id="stap-resultaat" className={shared.heading}>
          <span className={shared.stepNumber} aria-hidden="true">3</span>
          Resultaat
        </h2>
        <Notices notices={evaluation.notices} />
        <table className={styles.table}>
          <caption className={shared.muted} style={{ textAlign: "left" }}>
            Per maand
          </caption>
          <tbody>
            <tr>
              <th scope="row">Tekort</th>
              <td>{euro(evaluation.tekort?.value)}</td>
            </tr>
            <tr>
              <th scope="row">Kindsdeel</th>
              <td>{euro(evaluation.kindsdeel?.value)}</td>
            </tr>
          </tbody>
        </table>

        {evaluation.kinderen.length > 0 && (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col" className={styles.numberHeader}>
                  Bijdrage
                </th>
              </tr>
            </thead>
            <tbody>
              {evaluation.kinderen.map((kind) => (
                <tr key={kind.id}>
                  <th scope="row">{kind.naam === "" ? `Kind ${kind.positie}` : kind.naam}</th>
                  <td>{euro(kind.bijdrage?.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <table className={`${styles.table} ${styles.totals}`}>
          <tbody>
            <tr>
              <th scope="row">Totaal teruggevorderd</th>
              <td>{euro(evaluation.totaal)}</td>
            </tr>
            <tr>
              <th scope="row">Aandeel OCMW</th>
              <td>{euro(evaluation.aandeel?.value)}</td>
            </tr>
          </tbody>
        </table>


        <div className={styles.action}>
          <Button appearance="primary" onClick={props.onWrite} disabled={props.writing}>
            Naar werkblad
          </Button>
          {props.writing && <Spinner size="tiny" label="Werkblad schrijven…" />}
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
      {/* The trace: its own region right under the figures, so the Resultaat region holds each figure once. */}
      <section className={styles.uitleg} aria-labelledby="stap-uitleg">
        <h3 id="stap-uitleg" className={shared.subheading}>
          Berekening stap voor stap
        </h3>
        <div className={styles.traces}>
          {evaluation.tekort === undefined ? (
            <p className={shared.muted}>Vul de gegevens van de bewoner in om de berekening te zien.</p>
          ) : (
            <Trace title="Uitleg: tekort" steps={evaluation.tekort.steps} shown={shown} />
          )}
          {evaluation.kindsdeel !== undefined && <Trace title="Uitleg: kindsdeel" steps={evaluation.kindsdeel.steps} shown={shown} />}
          {evaluation.kinderen.map((kind) =>
            kind.bijdrage === undefined ? null : (
              <Trace
                key={kind.id}
                title={`Uitleg: bijdrage van ${kind.naam === "" ? `kind ${kind.positie}` : kind.naam}`}
                steps={kind.bijdrage.steps}
                shown={shown}
              />
            ),
          )}
          {evaluation.aandeel !== undefined && <Trace title="Uitleg: aandeel OCMW" steps={evaluation.aandeel.steps} shown={shown} />}
        </div>
      </section>
    </>
  );
}
