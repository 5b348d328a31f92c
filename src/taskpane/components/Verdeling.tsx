/**
 * The month's deficit as one horizontal bar, split into each child's contribution and the OCMW's share, with the
 * figures as labels; the same figures as a list for everyone (the bar itself is a picture of that list). Plain CSS,
 * no chart library. Only the rules' figures are shown; the widths are the parts' shares of the deficit.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Decimal } from "../../rules";
import { translator, useFormat, useT, type Translate } from "../i18n";
import type { Evaluation } from "../model";

export interface Part {
  key: string;
  label: string;
  value: Decimal;
}

/** The parts of the deficit: each child's contribution, then the OCMW's share (undefined until all are known). */
export function verdeling(evaluation: Evaluation, t: Translate = translator("nl")): { tekort: Decimal; parts: Part[] } | undefined {
  if (evaluation.tekort === undefined || evaluation.aandeel === undefined) return undefined;
  const parts: Part[] = evaluation.kinderen.map((k) => ({
    key: k.id,
    label: k.naam === "" ? t("kinderen.kind", { nummer: k.positie }) : k.naam,
    value: k.bijdrage!.value,
  }));
  parts.push({ key: "ocmw", label: t("resultaat.aandeel"), value: evaluation.aandeel.value });
  return { tekort: evaluation.tekort.value, parts };
}

const useStyles = makeStyles({
  figure: {
    margin: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  caption: {
    fontWeight: tokens.fontWeightSemibold,
  },
  bar: {
    display: "flex",
    width: "100%",
    minHeight: "32px",
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  segment: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: 0,
    overflow: "hidden",
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    color: tokens.colorNeutralForeground1,
    "& + &": { borderLeft: `2px solid ${tokens.colorNeutralBackground1}` },
  },
  legend: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "14px minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  swatch: {
    width: "14px",
    height: "14px",
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  amount: {
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  c0: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  c1: { backgroundColor: tokens.colorPaletteTealBackground2 },
  c2: { backgroundColor: tokens.colorPaletteBerryBackground2 },
  c3: { backgroundColor: tokens.colorPaletteLavenderBackground2 },
  c4: { backgroundColor: tokens.colorPalettePeachBackground2 },
  ocmw: { backgroundColor: tokens.colorNeutralBackground5 },
});

/** A part narrower than this share of the bar shows its figure only in the list below. */
const LABEL_MIN_PERCENT = 22;

export function Verdeling(props: { evaluation: Evaluation }) {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const formatEuro = format.money;
  const data = verdeling(props.evaluation, t);
  if (data === undefined) return null;
  const colours = [styles.c0, styles.c1, styles.c2, styles.c3, styles.c4];
  const colour = (i: number, part: Part) => (part.key === "ocmw" ? styles.ocmw : colours[i % colours.length]);
  const total = formatEuro(data.tekort);
  return (
    <figure className={styles.figure} aria-labelledby="verdeling-titel">
      <figcaption id="verdeling-titel" className={styles.caption}>
        {t("verdeling.titel", { bedrag: total })}
      </figcaption>
      {data.tekort.isZero() ? (
        <p>{t("verdeling.geenTekort")}</p>
      ) : (
        <div className={styles.bar} aria-hidden="true" data-testid="verdeling-balk">
          {data.parts.map((part, i) => {
            const percent = part.value.dividedBy(data.tekort).times(100).toDecimalPlaces(3).toNumber();
            if (percent === 0) return null;
            return (
              <div key={part.key} className={mergeClasses(styles.segment, colour(i, part))} style={{ width: `${percent}%` }} title={`${part.label}: ${formatEuro(part.value)}`}>
                {percent >= LABEL_MIN_PERCENT ? formatEuro(part.value) : ""}
              </div>
            );
          })}
        </div>
      )}
      <ul className={styles.legend} aria-label={t("verdeling.lijst")}>
        {data.parts.map((part, i) => (
          <li key={part.key} className={styles.item}>
            <span className={mergeClasses(styles.swatch, colour(i, part))} aria-hidden="true" />
            <span>{part.label}</span>
            <span className={styles.amount}>{formatEuro(part.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
