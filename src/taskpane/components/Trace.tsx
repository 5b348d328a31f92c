/**
 * The trace of one calculation, as the rules engine gave it: every step with its amount, and for a parameter its
 * Dutch label, the date it took effect and its source (a citation a person can look up; never the parameter's id).
 * A step's note that the screen already shows as a warning (`shown`) is not repeated. Nothing is recomputed here.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatEuro, formatIso, formatNumber, type Step } from "../../rules";
import { useSharedStyles } from "../styles";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  line: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  source: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: "anywhere",
  },
  note: {
    marginTop: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

function stepValue(step: Step): string | undefined {
  if (step.amount !== undefined) return formatEuro(step.amount);
  if (step.quantity !== undefined) return formatNumber(step.quantity);
  return undefined;
}

export function Trace(props: { title?: string; steps: Step[]; shown?: ReadonlySet<string> }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <div>
      {props.title !== undefined && <h4 className={shared.subheading}>{props.title}</h4>}
      <ol className={styles.list}>
        {props.steps.map((step, i) => {
          const value = stepValue(step);
          return (
            <li key={i}>
              <div className={styles.line}>
                <span>{step.label}</span>
                {value !== undefined && <span className={shared.amount}>{value}</span>}
              </div>
              {step.parameter !== undefined && (
                <div className={styles.source}>
                  {step.parameter.label.replace(/\.$/, "")}, geldig vanaf {formatIso(step.parameter.from)}. Bron: {step.parameter.source}
                </div>
              )}
              {step.note !== undefined && !props.shown?.has(step.note) && <div className={styles.note}>{step.note}</div>}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
