/**
 * "Naar werkblad" for the Ziekenhuis tab: the history in labelled input cells and a live =OCMW.REMGELD.OPNAMES formula
 * over them (plus its UITLEG), so the sheet recalculates when a date changes. Formulas in Excel's English syntax.
 */
import { cellAddress, type CellFormat, type SheetPlan, type StyledBlock } from "../../workbook/port";
import type { OpnameDates, ZiekenhuisForm } from "./model";

const WIDTH = 5;

export function buildZiekenhuisSheet(form: ZiekenhuisForm, dates: OpnameDates[]): SheetPlan {
  const cells: (string | number | null)[][] = [];
  const formats: (CellFormat | null)[][] = [];
  const styles: StyledBlock[] = [];
  const row = (values: (string | number | null)[], fmt: (CellFormat | null)[] = []) => {
    cells.push(Array.from({ length: WIDTH }, (_, i) => values[i] ?? null));
    formats.push(Array.from({ length: WIDTH }, (_, i) => fmt[i] ?? null));
    return cells.length - 1;
  };
  const yesNo = (b: boolean) => (b ? "WAAR" : "ONWAAR");

  styles.push({ row: row(["Remgeld ziekenhuisopnames"]), col: 0, style: "title" });
  styles.push({
    row: row(["Invoer staat in de lichtblauwe cellen; het remgeld is een formule met OCMW.REMGELD.OPNAMES en rekent opnieuw bij elke wijziging."]),
    col: 0,
    style: "note",
  });
  row([]);
  const input = (label: string, value: string | number | null) => {
    const r = row([label, value], ["text", "text"]);
    styles.push({ row: r, col: 0, style: "label" }, { row: r, col: 1, style: "input" });
    return r;
  };
  const rCategorie = input("Categorie", form.categorie);
  const rZiekenhuis = input("Ziekenhuis", form.ziekenhuis);
  const rDienst = input("Dienst (A, T of leeg)", form.dienst === "" ? null : form.dienst);
  const rPtl = input("Met personen ten laste", yesNo(form.metPersonenTenLaste));
  const rKamer = input("Eenpersoonskamer", yesNo(form.eenpersoonskamer));
  row([]);
  const rHeader = row(["Opnamedatum", "Ontslagdatum", "Soort", "Overgeplaatst", "Onderzoeken"]);
  styles.push({ row: rHeader, col: 0, colCount: WIDTH, style: "header" });
  form.opnames.forEach((o, i) => {
    const r = row([dates[i].opname, dates[i].ontslag, o.soort, yesNo(o.overgeplaatst), o.onderzoeken], ["date", "date", "text", "text", "count"]);
    styles.push({ row: r, col: 0, colCount: WIDTH, style: "input" });
  });
  const rLast = cells.length - 1;
  row([]);
  const B = (r: number) => cellAddress(r, 1);
  const range = `${cellAddress(rHeader, 0)}:${cellAddress(rLast, WIDTH - 1)}`;
  const args = `${B(rCategorie)},${range},${B(rPtl)},IF(ISBLANK(${B(rDienst)}),"",${B(rDienst)}),${B(rKamer)},${B(rZiekenhuis)}`;
  const rResult = row(["Remgeld", `=OCMW.REMGELD.OPNAMES(${args})`], ["text", "euro"]);
  styles.push({ row: rResult, col: 0, style: "label" }, { row: rResult, col: 1, style: "total" });
  row([]);
  styles.push({ row: row(["Uitleg (OCMW.REMGELD.OPNAMES.UITLEG)"]), col: 0, style: "section" });
  row([`=OCMW.REMGELD.OPNAMES.UITLEG(${args})`]);
  return { baseName: "Ziekenhuis", cells, formats, styles, columnWidths: [420, 95, 95, 95, 95] };
}
