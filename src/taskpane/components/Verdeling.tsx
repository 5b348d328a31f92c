/**
 * The month's deficit as one horizontal bar, split into each child's contribution and the OCMW's share, with every
 * part's figure as a label: inside its segment when it fits, else beside the bar joined to the segment by a leader
 * (chartLabels.ts places them from the measured widths, so nothing overlaps or leaves the pane); the same figures as
 * a list for everyone (the bar and its labels are a picture of that list, hidden from screen readers). Plain CSS and
 * one SVG for the leaders, no chart library. Only the rules' figures are shown; the widths are the parts' shares.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Decimal } from "../../rules";
import { translator, useFormat, useT, type Translate } from "../i18n";
import type { Evaluation } from "../model";
import { placeLabels, type LabelLayout } from "./chartLabels";

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

/** The bar's height, a label row's height, and the room between the bar (or a row) and the next row, px. */
const BAR_HEIGHT = 32;
const ROW_HEIGHT = 18;
const LEADER_HEIGHT = 10;

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
  /** the bar with its label rows above and below (their heights are set from the layout) */
  chart: {
    position: "relative",
  },
  bar: {
    display: "flex",
    width: "100%",
    boxSizing: "border-box",
    height: `${BAR_HEIGHT}px`,
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
  /** a figure outside the bar; also the measuring copy, so both have the same width */
  label: {
    display: "block",
    width: "max-content",
    height: `${ROW_HEIGHT}px`,
    lineHeight: `${ROW_HEIGHT}px`,
    paddingInline: "2px",
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    color: tokens.colorNeutralForeground1,
  },
  placed: {
    position: "absolute",
    // the leaders of a further row pass behind the labels of a nearer one
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /** the measuring copies: laid out (for their width) but invisible and taking no room */
  sizer: {
    position: "absolute",
    top: 0,
    left: 0,
    width: 0,
    height: 0,
    overflow: "hidden",
    visibility: "hidden",
  },
  leaders: {
    position: "absolute",
    inset: 0,
    width: "100%",
    height: "100%",
    pointerEvents: "none",
    overflow: "hidden",
  },
  leader: {
    stroke: tokens.colorNeutralForeground2,
    strokeWidth: 1,
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
  // a mid grey in both themes (Background5 is near-black in the dark theme: the OCMW part vanished against the page)
  ocmw: { backgroundColor: tokens.colorNeutralStroke1 },
});

/** The part's share of the bar in percent (to 3 decimals), from the rules' figures. */
function percentOf(part: Part, tekort: Decimal): number {
  return part.value.dividedBy(tekort).times(100).toDecimalPlaces(3).toNumber();
}

/**
 * Measures the bar and the figures and places the labels (chartLabels.ts) before the browser paints, again when the
 * pane is resized or a font arrives. Undefined where nothing can be measured (no layout: the list still says it all).
 */
function useLabelLayout(percents: readonly { key: string; percent: number }[], labelsKey: string) {
  const barRef = React.useRef<HTMLDivElement>(null);
  const sizerRef = React.useRef<HTMLDivElement>(null);
  const [layout, setLayout] = React.useState<{ layout: LabelLayout; barWidth: number } | undefined>(undefined);
  const percentsKey = percents.map((p) => `${p.key}:${p.percent}`).join("|");
  React.useLayoutEffect(() => {
    const bar = barRef.current;
    const sizer = sizerRef.current;
    if (bar === null || sizer === null) {
      setLayout(undefined);
      return;
    }
    const measure = () => {
      const barWidth = bar.clientWidth; // inside the border
      if (barWidth <= 0) {
        setLayout(undefined);
        return;
      }
      const widths = new Map<string, number>();
      sizer.querySelectorAll<HTMLElement>("[data-sizer]").forEach((el) => widths.set(el.dataset.sizer!, Math.ceil(el.getBoundingClientRect().width)));
      let start = 0;
      const parts = percents.map((p) => {
        const width = (p.percent / 100) * barWidth;
        const input = { key: p.key, start, width, labelWidth: widths.get(p.key) ?? 0 };
        start += width;
        return input;
      });
      const next = { layout: placeLabels(parts, barWidth), barWidth };
      setLayout((prev) => (prev !== undefined && JSON.stringify(prev) === JSON.stringify(next) ? prev : next));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(bar);
    sizer.querySelectorAll("[data-sizer]").forEach((el) => observer.observe(el));
    return () => observer.disconnect();
    // percents and labels are compared by their keys: a new evaluation with the same figures lays out nothing anew
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [percentsKey, labelsKey]);
  return { barRef, sizerRef, layout };
}

export function Verdeling(props: { evaluation: Evaluation }) {
  const t = useT();
  const data = verdeling(props.evaluation, t);
  if (data === undefined) return null;
  return <VerdelingChart tekort={data.tekort} parts={data.parts} />;
}

/** The bar of `parts` of `tekort` with its labels, and the list of the same figures. */
export function VerdelingChart(props: { tekort: Decimal; parts: Part[] }) {
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const formatEuro = format.money;
  const { tekort, parts } = props;
  const colours = [styles.c0, styles.c1, styles.c2, styles.c3, styles.c4];
  const colour = (i: number, part: Part) => (part.key === "ocmw" ? styles.ocmw : colours[i % colours.length]);
  const total = formatEuro(tekort);
  // the parts that have a segment: a part of 0,00 has no width (the list names it)
  const shown = tekort.isZero() ? [] : parts.map((part, i) => ({ part, i, percent: percentOf(part, tekort) })).filter((s) => s.percent > 0);
  const figures = new Map(shown.map((s) => [s.part.key, formatEuro(s.part.value)]));
  const { barRef, sizerRef, layout } = useLabelLayout(
    shown.map((s) => ({ key: s.part.key, percent: s.percent })),
    [...figures.values()].join("|"),
  );
  const place = (key: string) => layout?.layout.places.find((p) => p.key === key);
  const rowStep = ROW_HEIGHT + LEADER_HEIGHT;
  const above = (layout?.layout.rowsAbove ?? 0) * rowStep;
  const below = (layout?.layout.rowsBelow ?? 0) * rowStep;
  /** the top of a label row, px from the chart's top; row 0, 2, ... below the bar, 1, 3, ... above it */
  const rowTop = (row: number) => {
    const depth = Math.floor(row / 2);
    return row % 2 === 0 ? above + BAR_HEIGHT + LEADER_HEIGHT + depth * rowStep : above - LEADER_HEIGHT - ROW_HEIGHT - depth * rowStep;
  };
  const BORDER = 1; // the bar's border: the layout counts from its inner edge
  return (
    <figure className={styles.figure} aria-labelledby="verdeling-titel">
      <figcaption id="verdeling-titel" className={styles.caption}>
        {t("verdeling.titel", { bedrag: total })}
      </figcaption>
      {tekort.isZero() ? (
        <p>{t("verdeling.geenTekort")}</p>
      ) : (
        <div className={styles.chart} style={{ paddingTop: above, paddingBottom: below }} aria-hidden="true" data-testid="verdeling">
          <div ref={sizerRef} className={styles.sizer}>
            {shown.map(({ part }) => (
              <span key={part.key} className={styles.label} data-sizer={part.key}>
                {figures.get(part.key)}
              </span>
            ))}
          </div>
          <div ref={barRef} className={styles.bar} data-testid="verdeling-balk">
            {shown.map(({ part, i, percent }) => (
              <div
                key={part.key}
                className={mergeClasses(styles.segment, colour(i, part))}
                style={{ width: `${percent}%` }}
                title={`${part.label}: ${formatEuro(part.value)}`}
                data-part={part.key}
              >
                {place(part.key)?.where === "inside" && (
                  <span data-label-for={part.key} data-place="inside">
                    {figures.get(part.key)}
                  </span>
                )}
              </div>
            ))}
          </div>
          {layout !== undefined && (
            <svg className={styles.leaders} data-testid="verdeling-leiders">
              {shown.map(({ part }) => {
                const p = place(part.key);
                if (p === undefined || p.where !== "outside") return null;
                const barTop = above;
                const barBottom = above + BAR_HEIGHT;
                const top = rowTop(p.row);
                const belowBar = p.row % 2 === 0;
                const x1 = BORDER + p.anchor;
                const x2 = BORDER + p.left + p.width / 2; // the label's middle
                return (
                  <line
                    key={part.key}
                    className={styles.leader}
                    data-leader-for={part.key}
                    x1={x1}
                    y1={belowBar ? barBottom : barTop}
                    x2={x2}
                    y2={belowBar ? top : top + ROW_HEIGHT}
                  />
                );
              })}
            </svg>
          )}
          {shown.map(({ part }) => {
            const p = place(part.key);
            if (p === undefined || p.where !== "outside") return null;
            return (
              <span
                key={part.key}
                className={mergeClasses(styles.label, styles.placed)}
                style={{ left: BORDER + p.left, top: rowTop(p.row) }}
                data-label-for={part.key}
                data-place={p.row % 2 === 0 ? "below" : "above"}
              >
                {figures.get(part.key)}
              </span>
            );
          })}
        </div>
      )}
      <ul className={styles.legend} aria-label={t("verdeling.lijst")}>
        {parts.map((part, i) => (
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
