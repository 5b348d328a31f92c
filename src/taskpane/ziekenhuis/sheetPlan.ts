/**
 * "Naar werkblad" for the Ziekenhuis tab: the history in labelled input cells and a live =OCMW.REMGELD.OPNAMES formula
 * over them (plus its UITLEG), so the sheet recalculates when a date changes. Formulas in Excel's English syntax; the
 * texts in the pane's language (the codes typed in the cells, VT, algemeen, stay as the function reads them; yes/no
 * cells hold logical values, TRUE/FALSE, the only yes/no the function accepts).
 */
import { type CellFormat, type SheetPlan, type StyledBlock } from "../../workbook/port";
import { cellAddress } from "../../dossiers/sheet";
import { translator, type Language } from "../i18n/text";
import type { OpnameDates, ZiekenhuisForm } from "./model";

const WIDTH = 5;

export function buildZiekenhuisSheet(form: ZiekenhuisForm, dates: OpnameDates[], language: Language = "nl"): SheetPlan {
  const t = translator(language);
  const cells: (string | number | boolean | null)[][] = [];
  const formats: (CellFormat | null)[][] = [];
  const styles: StyledBlock[] = [];
  const row = (values: (string | number | boolean | null)[], fmt: (CellFormat | null)[] = []) => {
    cells.push(Array.from({ length: WIDTH }, (_, i) => values[i] ?? null));
    formats.push(Array.from({ length: WIDTH }, (_, i) => fmt[i] ?? null));
    return cells.length - 1;
  };

  styles.push({ row: row([t("zhblad.titel")]), col: 0, style: "title" });
  styles.push({
    row: row([t("zhblad.uitleg")]),
    col: 0,
    style: "note",
  });
  row([]);
  const input = (label: string, value: string | number | boolean | null) => {
    const r = row([label, value], ["text", typeof value === "boolean" ? null : "text"]);
    styles.push({ row: r, col: 0, style: "label" }, { row: r, col: 1, style: "input" });
    return r;
  };
  const rCategorie = input(t("zhblad.categorie"), form.categorie);
  const rZiekenhuis = input(t("zhblad.ziekenhuis"), form.ziekenhuis);
  const rDienst = input(t("zhblad.dienst"), form.dienst === "" ? null : form.dienst);
  const rPtl = input(t("zhblad.metPtl"), form.metPersonenTenLaste);
  const rKamer = input(t("zhblad.eenpersoonskamer"), form.eenpersoonskamer);
  row([]);
  const rHeader = row([t("zhblad.opnamedatum"), t("zhblad.ontslagdatum"), t("zhblad.soort"), t("zhblad.overgeplaatst"), t("zhblad.onderzoeken")]);
  styles.push({ row: rHeader, col: 0, colCount: WIDTH, style: "header" });
  form.opnames.forEach((o, i) => {
    const r = row([dates[i].opname, dates[i].ontslag, o.soort, o.overgeplaatst, o.onderzoeken], ["date", "date", "text", null, "count"]);
    styles.push({ row: r, col: 0, colCount: WIDTH, style: "input" });
  });
  const rLast = cells.length - 1;
  row([]);
  const B = (r: number) => cellAddress(r, 1);
  const range = `${cellAddress(rHeader, 0)}:${cellAddress(rLast, WIDTH - 1)}`;
  const args = `${B(rCategorie)},${range},${B(rPtl)},IF(ISBLANK(${B(rDienst)}),"",${B(rDienst)}),${B(rKamer)},${B(rZiekenhuis)}`;
  const rResult = row([t("zhblad.remgeld"), `=OCMW.REMGELD.OPNAMES(${args})`], ["text", "euro"]);
  styles.push({ row: rResult, col: 0, style: "label" }, { row: rResult, col: 1, style: "total" });
  row([]);
  styles.push({ row: row([t("zhblad.uitlegFormule")]), col: 0, style: "section" });
  row([`=OCMW.REMGELD.OPNAMES.UITLEG(${args})`]);
  return { baseName: t("zhblad.naam"), cells, formats, styles, columnWidths: [420, 95, 95, 95, 95] };
}
