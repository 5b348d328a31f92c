/**
 * The trace of one calculation, as the rules engine gave it: every step with its amount, and for a parameter its
 * label in the pane's language (the rules' parameterLabel and shownSource), the date it took effect and its source (a citation a person can look up; never the parameter's id).
 * A step's note that the screen already shows as a warning (`shown`) is not repeated. Nothing is recomputed here.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatIso, parameterLabel, shownSource, UNKNOWN_START, withLanguage, type ParameterRef, type Step } from "../../rules";
import { useFormat, useLanguage, useT, type Language, type Translate } from "../i18n";
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

function stepValue(step: Step, format: ReturnType<typeof useFormat>): string | undefined {
  if (step.amount !== undefined) return format.money(step.amount);
  if (step.quantity !== undefined) return format.quantity(step.quantity);
  return undefined;
}

/**
 * "Label, geldig vanaf 01/03/2024. Bron: ..." in the pane's language: the label and citation the rules give in it.
 * A value whose start date is unknown says so ("ingangsdatum niet gekend"), never a date.
 */
export function sourceLine(t: Translate, language: Language, ref: ParameterRef): string {
  return withLanguage(language, () => {
    const label = parameterLabel(ref).replace(/\.$/, "");
    const bron = shownSource(ref);
    return ref.from <= UNKNOWN_START ? t("trace.bronOnbekend", { label, bron }) : t("trace.bron", { label, datum: formatIso(ref.from), bron });
  });
}

export function Trace(props: { title?: string; steps: Step[]; shown?: ReadonlySet<string> }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const t = useT();
  const format = useFormat();
  const language = useLanguage();
  return (
    <div>
      {props.title !== undefined && <h4 className={shared.subheading}>{props.title}</h4>}
      <ol className={styles.list}>
        {props.steps.map((step, i) => {
          const value = stepValue(step, format);
          return (
            <li key={i}>
              <div className={styles.line}>
                <span>{step.label}</span>
                {value !== undefined && <span className={shared.amount}>{value}</span>}
              </div>
              {step.parameter !== undefined && (
                <div className={styles.source}>
                  {sourceLine(t, language, step.parameter)}
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
