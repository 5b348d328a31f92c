/**
 * Preview mode only: what "Naar werkblad" wrote into the sample workbook held in memory, cell by cell, so the
 * formulas can be read without Excel.
 */
import * as React from "react";
import { useT } from "../i18n";
import { makeStyles, tokens } from "@fluentui/react-components";
import { tableCells } from "../styles";
import { type SheetPlan } from "../../workbook/port";
import { cellAddress } from "../../dossiers/sheet";
import { formatSerial } from "../model";

const useStyles = makeStyles({
  details: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
  },
  table: {
    ...tableCells(`${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`),
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    "& tr > :first-child": { whiteSpace: "nowrap", overflowWrap: "normal", width: "1%" },
  },
});

export function WrittenSheet(props: { name: string; plan: SheetPlan }) {
  const styles = useStyles();
  const t = useT();
  const cells: { address: string; value: string }[] = [];
  props.plan.cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === "") return;
      // a yes/no cell holds a logical value, shown as Excel shows it in the pane's language; a date cell (the plan's
      // "date" format) holds an Excel serial, shown as the sheet shows it: dd/mm/jjjj
      const text =
        typeof value === "boolean"
          ? t(value ? "werkblad.waar" : "werkblad.onwaar")
          : typeof value === "number" && props.plan.formats?.[r]?.[c] === "date"
            ? formatSerial(value)
            : String(value).replace(/^'/, "");
      cells.push({ address: cellAddress(r, c), value: text });
    }),
  );
  return (
    <details className={styles.details}>
      <summary className={styles.summary}>{t("werkblad.bekijken", { naam: props.name })}</summary>
      {(props.plan.charts ?? []).map((chart) => (
        <p key={chart.title}>
          {t("werkblad.grafiek", {
            titel: chart.title,
            van: cellAddress(chart.data.row, chart.data.col),
            tot: cellAddress(chart.data.row + chart.data.rowCount - 1, chart.data.col + chart.data.colCount - 1),
          })}
        </p>
      ))}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t("werkblad.cel")}</th>
            <th scope="col">{t("werkblad.inhoud")}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((cell) => (
            <tr key={cell.address}>
              <th scope="row">{cell.address}</th>
              <td>{cell.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
