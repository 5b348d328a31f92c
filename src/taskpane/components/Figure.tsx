/**
 * A figure as the user sees it: the amount the Belgian way, or, when it cannot be computed yet, why not in plain
 * Dutch ("Vul de ligdagprijs in.") instead of a bare dash.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Decimal } from "../../rules";
import { useFormat, useT } from "../i18n";
import { useSharedStyles } from "../styles";

const useStyles = makeStyles({
  amount: {
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  reason: {
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    fontStyle: "italic",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export function Figure(props: { value: Decimal | undefined; reason?: string }) {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  if (props.value !== undefined) return <span className={styles.amount}>{format.money(props.value)}</span>;
  return <span className={styles.reason}>{props.reason ?? t("resultaat.nogNiet")}</span>;
}

/** A figure computed live under a step ("Tekort per maand"), with its label. */
export function LiveFigure(props: { label: string; value: Decimal | undefined; reason?: string }) {
  const shared = useSharedStyles();
  return (
    <div className={shared.live}>
      <span>{props.label}</span>
      <Figure value={props.value} reason={props.reason} />
    </div>
  );
}
