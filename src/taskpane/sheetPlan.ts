/**
 * "Naar werkblad": the calculation sheet for one dossier, as a plan of cells the workbook port writes. The inputs sit
 * in labelled cells; every result is a live OCMW.* formula over those cells (never a pasted value), so the sheet can
 * be audited and recalculates when an input changes.
 *
 * Formulas are in Excel's English syntax with commas (Range.formulas); Excel shows them in the user's language. The
 * texts are in the pane's language (its catalogue; the rules' citations in that language too): the same formulas.
 */
import { formatIso, shownSource, traceRows, withLanguage } from "../rules";
import { type CellFormat, type CellStyle, type ChartPlan, type SheetPlan, type StyledBlock } from "../workbook/port";
import { absoluteAddress, cellAddress } from "../dossiers/sheet";
import { formatMoney, translator, type Language } from "./i18n/text";
import type { DossierForm, Evaluation } from "./model";

/** Columns of the sheet: A labels and child names, B values, C..G the children's table and remarks. */
const WIDTH = 7;
const COLUMN_WIDTHS = [230, 95, 95, 95, 95, 95, 95];
/** rows the chart covers under its data */
const CHART_ROWS = 14;

/**
 * Text typed by the user, kept as text: a leading apostrophe stops Excel from reading "=...", "+32...", "007" or
 * "1/3" as a formula, number or date. The apostrophe itself is not shown.
 */
export function textCell(text: string): string {
  if (text === "") return "";
  const risky =
    /^[=+\-@']/.test(text) || /^[\d\s.,/:%€$-]+$/.test(text) || /^(waar|onwaar|true|false|ja|nee|vrai|faux)$/i.test(text.trim());
  return risky ? `'${text}` : text;
}

class Grid {
  readonly cells: (string | number | null)[][] = [];
  readonly formats: (CellFormat | null)[][] = [];
  readonly styles: StyledBlock[] = [];

  /** Appends a row and returns its 0-based index. */
  row(values: (string | number | null)[] = [], formats: (CellFormat | null)[] = []): number {
    const cells = Array.from({ length: WIDTH }, (_, i) => (values[i] === undefined ? null : values[i]));
    this.cells.push(cells);
    this.formats.push(Array.from({ length: WIDTH }, (_, i) => formats[i] ?? null));
    return this.cells.length - 1;
  }

  style(row: number, col: number, style: CellStyle, colCount = 1, rowCount = 1): void {
    this.styles.push({ row, col, rowCount, colCount, style });
  }
}

/** Names the sheet after the dossier: "Dossier Peeters" (the port picks "Dossier Peeters (2)" when it is taken). */
export function sheetBaseName(dossier: string): string {
  const name = dossier.trim();
  return name === "" ? "Dossier" : `Dossier ${name}`;
}

/** The scale argument of OCMW.BIJDRAGE: a table reference, an absolute range, or empty for the approximation. */
export function scaleArgument(form: DossierForm): string {
  if (form.schaal.method !== "schaal" || form.schaal.ref === undefined) return "";
  const ref = form.schaal.ref;
  return ref.kind === "table" ? `${ref.name}[#All]` : absoluteAddress(ref.address);
}

/** What every part of the sheet reads: the grid being filled, the texts, the form and its evaluation. */
interface Part {
  g: Grid;
  t: ReturnType<typeof translator>;
  language: Language;
  form: DossierForm;
  evaluation: Evaluation;
  p: Evaluation["parsed"];
}

/** Column B of a row: where every input and figure of the left column sits. */
const B = (row: number, absolute = false) => cellAddress(row, 1, absolute);

/** A labelled input (light blue) with a remark beside it. */
function inputRow(g: Grid, label: string, value: string | number | null, format: CellFormat | null, remark = ""): number {
  const r = g.row([label, value, remark], ["text", format, "text"]);
  g.style(r, 0, "label");
  g.style(r, 1, "input");
  if (remark !== "") g.style(r, 2, "note");
  return r;
}

/** A labelled figure (a live formula) with how it is computed beside it. */
function resultRow(g: Grid, label: string, formula: string, remark: string, style: CellStyle = "result", format: CellFormat = "euro"): number {
  const r = g.row([label, formula, remark], ["text", format, "text"]);
  g.style(r, 0, "label");
  g.style(r, 1, style);
  g.style(r, 2, "note");
  return r;
}

function section(g: Grid, title: string): void {
  g.style(g.row([title]), 0, "section", WIDTH);
}

function writeTitle({ g, t }: Part, dossierName: string): void {
  const title = g.row([textCell(dossierName === "" ? t("blad.titel") : t("blad.titelDossier", { dossier: dossierName }))]);
  g.style(title, 0, "title", WIDTH);
  g.style(g.row([t("blad.uitleg")]), 0, "note", WIDTH);
  g.row();
}

/** The resident's inputs, with the zakgeld in force (or typed over it) explained; returns the rows of each. */
function writeResident({ g, t, language, evaluation, p }: Part, dossierName: string) {
  section(g, t("blad.bewoner"));
  inputRow(g, t("blad.dossier"), textCell(dossierName), "text");
  const datum = inputRow(g, t("blad.datum"), evaluation.datumSerial!, "date", t("blad.datum.uitleg"));
  const ligdagprijs = inputRow(g, t("blad.ligdagprijs"), p.ligdagprijs!.toNumber(), "euro", t("blad.ligdagprijs.uitleg"));
  const dagen = inputRow(g, t("blad.dagen"), p.dagen!, "count", t("blad.dagen.uitleg"));
  const inkomsten = inputRow(g, t("blad.inkomsten"), p.inkomsten!.toNumber(), "euro", t("blad.inkomsten.uitleg"));
  const inForce = evaluation.zakgeldInForce;
  const geldend =
    inForce === undefined
      ? undefined
      : { bedrag: formatMoney(language, inForce.value), datum: formatIso(inForce.ref.from), bron: withLanguage(language, () => shownSource(inForce.ref)) };
  const opgegeven = evaluation.zakgeldOpgegeven;
  const remark =
    geldend === undefined
      ? t("blad.zakgeld.opgegeven")
      : opgegeven !== undefined
        ? t("blad.zakgeld.opgegevenGeldend", geldend)
        : t("blad.zakgeld.geldend", geldend);
  const zakgeld = inputRow(g, t("blad.zakgeld"), opgegeven === undefined ? null : opgegeven.toNumber(), "euro", remark);
  g.row();
  return { datum, ligdagprijs, dagen, inkomsten, zakgeld };
}

/** The additional costs, one input row each (a single 0 row when there are none); returns their rows. */
function writeCosts({ g, t, p }: Part): number[] {
  g.style(g.row([t("blad.kosten"), t("blad.bedrag")]), 0, "header", 2);
  const kosten = p.kosten.length > 0 ? p.kosten : [{ id: "", omschrijving: t("blad.geenKosten"), bedrag: undefined }];
  const rows = kosten.map((kost) => {
    const r = g.row([textCell(kost.omschrijving), kost.bedrag === undefined ? 0 : kost.bedrag.toNumber()], ["text", "euro"]);
    g.style(r, 0, "input");
    g.style(r, 1, "input");
    return r;
  });
  g.row();
  return rows;
}

/** One row per child (inputs, live vrijstelling and bijdrage, or the decided amount); returns their rows. */
function writeChildren({ g, t, evaluation, p }: Part, bijdrageArgs: (row: number) => string, datumRef: string): number[] {
  section(g, t("blad.kinderen"));
  const header = g.row([
    t("blad.kol.kind"),
    t("blad.kol.inkomen"),
    t("blad.kol.partnerInkomen"),
    t("blad.kol.personenTenLaste"),
    t("blad.kol.kadastraalInkomen"),
    t("blad.kol.vrijstelling"),
    t("blad.kol.bijdrage"),
  ]);
  g.style(header, 0, "header", WIDTH);
  return p.kinderen.map((kind, i) => {
    const r = g.cells.length; // the row this child gets
    // an equity decision: the decided amount is the contribution (an input); the computed one follows below the table
    const decided = evaluation.kinderen[i].billijkheid === undefined ? undefined : evaluation.kinderen[i].bijdrage!.value.toNumber();
    g.row(
      [
        textCell(kind.naam),
        kind.inkomen!.toNumber(),
        kind.partnerInkomen === undefined ? null : kind.partnerInkomen.toNumber(),
        kind.personenTenLaste!,
        kind.kadastraalInkomen === undefined ? null : kind.kadastraalInkomen.toNumber(),
        `=OCMW.VRIJSTELLING(${cellAddress(r, 3)},${datumRef})`,
        decided ?? `=OCMW.BIJDRAGE(${bijdrageArgs(r)})`,
      ],
      ["text", "euro", "euro", "count", "euro", "euro", "euro"],
    );
    g.style(r, 0, "input", 5);
    g.style(r, 5, "result", decided === undefined ? 2 : 1);
    if (decided !== undefined) g.style(r, 6, "input");
    return r;
  });
}

/** Each equity decision said in words, with the contribution the scale gives (live) beside it. */
function writeEquityDecisions({ g, t, evaluation }: Part, childRows: number[], bijdrageArgs: (row: number) => string): void {
  evaluation.kinderen.forEach((kind, i) => {
    if (kind.billijkheid === undefined) return;
    const naam = kind.naam === "" ? t("blad.kindNummer", { nummer: i + 1 }) : kind.naam;
    const r = g.row(
      [
        textCell(t("blad.billijkheid", { naam })),
        textCell(t("blad.billijkheid.uitleg", { reden: kind.billijkheid.reden })),
        null,
        null,
        null,
        t("blad.billijkheid.berekend"),
        `=OCMW.BIJDRAGE(${bijdrageArgs(childRows[i])})`,
      ],
      ["text", "text", null, null, null, "text", "euro"],
    );
    g.style(r, 0, "label");
    g.style(r, 1, "note");
    g.style(r, 6, "result");
  });
}

/** The total recovered and the OCMW's share (OCMW.AANDEEL over the contributions), the method, the warnings. */
function writeShare({ g, t, form, evaluation }: Part, tekortRow: number, contributions: string, schaal: string): number {
  const rTotaal = g.cells.length;
  const rAandeel = rTotaal + 1;
  resultRow(g, t("blad.totaal"), `=${B(tekortRow)}-${B(rAandeel)}`, t("blad.totaal.uitleg"), "total");
  resultRow(g, t("blad.aandeel"), `=OCMW.AANDEEL(${B(tekortRow)},${contributions})`, t("blad.aandeel.uitleg"), "total");
  const method =
    form.schaal.method === "schaal" && form.schaal.ref !== undefined
      ? textCell(t("blad.berekening.schaal", { schaal }))
      : t("blad.berekening.benadering");
  g.style(g.row([t("blad.berekening"), method]), 0, "label");
  // The warnings the figures carry (approximation, stale amount), once each on the sheet.
  for (const notice of evaluation.notices) g.style(g.row([notice.text]), 0, "warning", WIDTH);
  g.row();
  return rAandeel;
}

/**
 * The picture: the deficit split into each child's contribution and the OCMW's share, as a native stacked bar over a
 * small block of live references (series by rows: a name and an amount per row).
 */
function writeChart({ g, t, p }: Part, childRows: number[], aandeelRow: number): ChartPlan {
  section(g, t("blad.verdeling"));
  const dataTop = g.row([t("blad.deel"), t("blad.perMaand")]);
  g.style(dataTop, 0, "header", 2);
  p.kinderen.forEach((kind, i) => {
    g.row([textCell(kind.naam === "" ? t("blad.kindNummerHoofdletter", { nummer: i + 1 }) : kind.naam), `=${cellAddress(childRows[i], 6)}`], ["text", "euro"]);
  });
  g.row([t("blad.aandeel"), `=${B(aandeelRow)}`], ["text", "euro"]);
  const chartTop = g.cells.length;
  for (let k = 0; k < CHART_ROWS; k++) g.row();
  g.row();
  return {
    type: "BarStacked",
    seriesBy: "Rows",
    title: t("blad.verdeling"),
    data: { row: dataTop, col: 0, rowCount: p.kinderen.length + 2, colCount: 2 },
    area: { row: chartTop, col: 0, rowCount: CHART_ROWS, colCount: WIDTH },
  };
}

/** The full trace of each contribution, spilled by OCMW.BIJDRAGE.UITLEG, with room for it to grow. */
function writeTraces({ g, t, evaluation }: Part, childRows: number[], bijdrageArgs: (row: number) => string): void {
  section(g, t("blad.uitlegPerKind"));
  evaluation.kinderen.forEach((kind, i) => {
    const titleRow = g.row([textCell(t("blad.kindTitel", { nummer: i + 1, naam: kind.naam }))]);
    g.style(titleRow, 0, "header", 2);
    g.row([`=OCMW.BIJDRAGE.UITLEG(${bijdrageArgs(childRows[i])})`]);
    // room for the spilled trace: its current length plus a margin for steps an edited input may add
    const room = (kind.bijdrage === undefined ? 20 : traceRows(kind.bijdrage.steps).length) + 4;
    for (let k = 1; k < room; k++) g.row();
  });
}

/**
 * Builds the sheet, its texts in `language` (Dutch by default; the evaluation should be in the same language, its
 * warnings are written as they are). Only for a complete evaluation (the wizard writes nothing while the form is
 * invalid). The parts follow each other down the sheet; a formula that refers to a later row (the number of children
 * counts the children's rows) is filled in once that row is known, so no row number is worked out in advance.
 */
export function buildSheetPlan(form: DossierForm, evaluation: Evaluation, language: Language = "nl"): SheetPlan {
  const t = translator(language);
  if (!evaluation.complete || evaluation.tekort === undefined || evaluation.datumSerial === undefined) {
    throw new Error(t("blad.onvolledig"));
  }
  const part: Part = { g: new Grid(), t, language, form, evaluation, p: evaluation.parsed };
  const g = part.g;
  const dossierName = form.dossier.trim();

  writeTitle(part, dossierName);
  const r = writeResident(part, dossierName);
  const kostenRows = writeCosts(part);

  // Resultaat: the deficit, the number of children (filled in below, once their rows are known) and the kindsdeel
  section(g, t("blad.resultaat"));
  const kostenRange = `${B(kostenRows[0])}:${B(kostenRows[kostenRows.length - 1])}`;
  const zakgeldArg = `IF(ISBLANK(${B(r.zakgeld)}),"",${B(r.zakgeld)})`;
  const tekortRow = resultRow(
    g,
    t("blad.tekort"),
    `=OCMW.TEKORT(${B(r.ligdagprijs)},${B(r.dagen)},${kostenRange},${B(r.inkomsten)},${zakgeldArg},${B(r.datum)})`,
    t("blad.tekort.uitleg"),
  );
  const aantalRow = resultRow(g, t("blad.aantalKinderen"), "", t("blad.aantalKinderen.uitleg"), "result", "count");
  const kindsdeelRow = resultRow(g, t("blad.kindsdeel"), `=OCMW.KINDSDEEL(${B(tekortRow)},${B(aantalRow)})`, t("blad.kindsdeel.uitleg"));
  g.row();

  const schaal = scaleArgument(form);
  const datumRef = B(r.datum, true);
  const kindsdeelRef = B(kindsdeelRow, true);
  const bijdrageArgs = (row: number) =>
    `${cellAddress(row, 1)},${cellAddress(row, 2)},${cellAddress(row, 3)},${kindsdeelRef},${datumRef},${schaal},${cellAddress(row, 4)}`;
  const childRows = writeChildren(part, bijdrageArgs, datumRef);
  const first = childRows[0];
  const last = childRows[childRows.length - 1];
  g.cells[aantalRow][1] = `=ROWS(${cellAddress(first, 0)}:${cellAddress(last, 0)})`;
  writeEquityDecisions(part, childRows, bijdrageArgs);

  // Children's contributions sit in column G; the OCMW's share is OCMW.AANDEEL over them, the one definition.
  const aandeelRow = writeShare(part, tekortRow, `${cellAddress(first, 6)}:${cellAddress(last, 6)}`, schaal);
  const charts = [writeChart(part, childRows, aandeelRow)];
  writeTraces(part, childRows, bijdrageArgs);

  return { baseName: sheetBaseName(dossierName), cells: g.cells, formats: g.formats, styles: g.styles, columnWidths: COLUMN_WIDTHS, charts };
}
