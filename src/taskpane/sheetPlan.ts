/**
 * "Naar werkblad": the calculation sheet for one dossier, as a plan of cells the workbook port writes. The inputs sit
 * in labelled cells; every result is a live OCMW.* formula over those cells (never a pasted value), so the sheet can
 * be audited and recalculates when an input changes.
 *
 * Formulas are in Excel's English syntax with commas (Range.formulas); Excel shows them in the user's language. The
 * texts are in the pane's language (its catalogue; the rules' citations in that language too): the same formulas.
 */
import { formatIso, shownSource, traceRows, withLanguage } from "../rules";
import {
  absoluteAddress,
  cellAddress,
  type CellFormat,
  type CellStyle,
  type ChartPlan,
  type SheetPlan,
  type StyledBlock,
} from "../workbook/port";
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

/**
 * Builds the sheet, its texts in `language` (Dutch by default; the evaluation should be in the same language, its
 * warnings are written as they are). Only for a complete evaluation (the wizard writes nothing while the form is
 * invalid).
 */
export function buildSheetPlan(form: DossierForm, evaluation: Evaluation, language: Language = "nl"): SheetPlan {
  const t = translator(language);
  if (!evaluation.complete || evaluation.tekort === undefined || evaluation.datumSerial === undefined) {
    throw new Error(t("blad.onvolledig"));
  }
  const p = evaluation.parsed;
  const g = new Grid();
  const dossierName = form.dossier.trim();

  const title = g.row([textCell(dossierName === "" ? t("blad.titel") : t("blad.titelDossier", { dossier: dossierName }))]);
  g.style(title, 0, "title", WIDTH);
  const note = g.row([t("blad.uitleg")]);
  g.style(note, 0, "note", WIDTH);
  g.row();

  // Bewoner
  const bewoner = g.row([t("blad.bewoner")]);
  g.style(bewoner, 0, "section", WIDTH);
  const input = (label: string, value: string | number | null, format: CellFormat | null, remark = ""): number => {
    const r = g.row([label, value, remark], ["text", format, "text"]);
    g.style(r, 0, "label");
    g.style(r, 1, "input");
    if (remark !== "") g.style(r, 2, "note");
    return r;
  };
  input(t("blad.dossier"), textCell(dossierName), "text");
  const rDatum = input(t("blad.datum"), evaluation.datumSerial, "date", t("blad.datum.uitleg"));
  const rLigdag = input(t("blad.ligdagprijs"), p.ligdagprijs!.toNumber(), "euro", t("blad.ligdagprijs.uitleg"));
  const rDagen = input(t("blad.dagen"), p.dagen!, "count", t("blad.dagen.uitleg"));
  const rInkomsten = input(t("blad.inkomsten"), p.inkomsten!.toNumber(), "euro", t("blad.inkomsten.uitleg"));
  const inForce = evaluation.zakgeldInForce;
  const geldend =
    inForce === undefined
      ? undefined
      : { bedrag: formatMoney(language, inForce.value), datum: formatIso(inForce.ref.from), bron: withLanguage(language, () => shownSource(inForce.ref)) };
  const opgegeven = evaluation.zakgeldOpgegeven !== undefined;
  const zakgeldRemark =
    geldend === undefined
      ? t("blad.zakgeld.opgegeven")
      : opgegeven
        ? t("blad.zakgeld.opgegevenGeldend", geldend)
        : t("blad.zakgeld.geldend", geldend);
  const rZakgeld = input(
    t("blad.zakgeld"),
    evaluation.zakgeldOpgegeven === undefined ? null : evaluation.zakgeldOpgegeven.toNumber(),
    "euro",
    zakgeldRemark,
  );
  g.row();

  const kostenHeader = g.row([t("blad.kosten"), t("blad.bedrag")]);
  g.style(kostenHeader, 0, "header", 2);
  const kostenRows: number[] = [];
  const kosten = p.kosten.length > 0 ? p.kosten : [{ id: "", omschrijving: t("blad.geenKosten"), bedrag: undefined }];
  for (const kost of kosten) {
    const r = g.row([textCell(kost.omschrijving), kost.bedrag === undefined ? 0 : kost.bedrag.toNumber()], ["text", "euro"]);
    g.style(r, 0, "input");
    g.style(r, 1, "input");
    kostenRows.push(r);
  }
  g.row();

  // Resultaat: deficit and kindsdeel
  const resultaat = g.row([t("blad.resultaat")]);
  g.style(resultaat, 0, "section", WIDTH);
  const B = (row: number, absolute = false) => cellAddress(row, 1, absolute);
  const datumRef = B(rDatum, true);
  const kostenRange = `${B(kostenRows[0])}:${B(kostenRows[kostenRows.length - 1])}`;
  const zakgeldArg = `IF(ISBLANK(${B(rZakgeld)}),"",${B(rZakgeld)})`;
  const result = (label: string, formula: string, remark: string, style: CellStyle = "result", format: CellFormat = "euro"): number => {
    const r = g.row([label, formula, remark], ["text", format, "text"]);
    g.style(r, 0, "label");
    g.style(r, 1, style);
    g.style(r, 2, "note");
    return r;
  };
  const rTekort = result(
    t("blad.tekort"),
    `=OCMW.TEKORT(${B(rLigdag)},${B(rDagen)},${kostenRange},${B(rInkomsten)},${zakgeldArg},${B(rDatum)})`,
    t("blad.tekort.uitleg"),
  );
  // The children's rows come after 4 more rows (Aantal kinderen, Kindsdeel, blank, section) and the header row.
  const firstChildRow = rTekort + 6;
  const lastChildRow = firstChildRow + p.kinderen.length - 1;
  const rAantal = result(
    t("blad.aantalKinderen"),
    `=ROWS(${cellAddress(firstChildRow, 0)}:${cellAddress(lastChildRow, 0)})`,
    t("blad.aantalKinderen.uitleg"),
    "result",
    "count",
  );
  const rKindsdeel = result(t("blad.kindsdeel"), `=OCMW.KINDSDEEL(${B(rTekort)},${B(rAantal)})`, t("blad.kindsdeel.uitleg"));
  g.row();

  // Kinderen
  const kinderen = g.row([t("blad.kinderen")]);
  g.style(kinderen, 0, "section", WIDTH);
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
  const schaal = scaleArgument(form);
  const kindsdeelRef = B(rKindsdeel, true);
  const bijdrageArgs = (r: number) =>
    `${cellAddress(r, 1)},${cellAddress(r, 2)},${cellAddress(r, 3)},${kindsdeelRef},${datumRef},${schaal},${cellAddress(r, 4)}`;
  const childRows: number[] = [];
  p.kinderen.forEach((kind, i) => {
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
    childRows.push(r);
  });
  if (childRows[0] !== firstChildRow) throw new Error("interne fout: de rijen van de kinderen liggen niet waar de formules ze verwachten");
  // Each equity decision said in words, with the contribution the scale gives (live) beside it.
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

  // Children's contributions sit in column G; the OCMW's share is OCMW.AANDEEL over them, the one definition.
  const bijdragenRange = `${cellAddress(firstChildRow, 6)}:${cellAddress(lastChildRow, 6)}`;
  const rTotaal = g.cells.length;
  const rAandeel = rTotaal + 1;
  result(t("blad.totaal"), `=${B(rTekort)}-${B(rAandeel)}`, t("blad.totaal.uitleg"), "total");
  result(t("blad.aandeel"), `=OCMW.AANDEEL(${B(rTekort)},${bijdragenRange})`, t("blad.aandeel.uitleg"), "total");
  if (form.schaal.method === "schaal" && form.schaal.ref !== undefined) {
    const r = g.row([t("blad.berekening"), textCell(t("blad.berekening.schaal", { schaal }))]);
    g.style(r, 0, "label");
  } else {
    const r = g.row([t("blad.berekening"), t("blad.berekening.benadering")]);
    g.style(r, 0, "label");
  }
  // The warnings the figures carry (approximation, stale amount), once each on the sheet.
  for (const notice of evaluation.notices) {
    const w = g.row([notice.text]);
    g.style(w, 0, "warning", WIDTH);
  }
  g.row();

  // The picture: the deficit split into each child's contribution and the OCMW's share, as a native stacked bar
  // over a small block of live references (series by rows: a name and an amount per row).
  const verdeling = g.row([t("blad.verdeling")]);
  g.style(verdeling, 0, "section", WIDTH);
  const dataTop = g.row([t("blad.deel"), t("blad.perMaand")]);
  g.style(dataTop, 0, "header", 2);
  p.kinderen.forEach((kind, i) => {
    g.row([textCell(kind.naam === "" ? t("blad.kindNummerHoofdletter", { nummer: i + 1 }) : kind.naam), `=${cellAddress(childRows[i], 6)}`], ["text", "euro"]);
  });
  g.row([t("blad.aandeel"), `=${B(rAandeel)}`], ["text", "euro"]);
  const chartTop = g.cells.length;
  for (let k = 0; k < CHART_ROWS; k++) g.row();
  const charts: ChartPlan[] = [
    {
      type: "BarStacked",
      seriesBy: "Rows",
      title: t("blad.verdeling"),
      data: { row: dataTop, col: 0, rowCount: p.kinderen.length + 2, colCount: 2 },
      area: { row: chartTop, col: 0, rowCount: CHART_ROWS, colCount: WIDTH },
    },
  ];
  g.row();

  // Uitleg: the full trace of each contribution, spilled by OCMW.BIJDRAGE.UITLEG.
  const uitleg = g.row([t("blad.uitlegPerKind")]);
  g.style(uitleg, 0, "section", WIDTH);
  evaluation.kinderen.forEach((kind, i) => {
    const titleRow = g.row([textCell(t("blad.kindTitel", { nummer: i + 1, naam: kind.naam }))]);
    g.style(titleRow, 0, "header", 2);
    g.row([`=OCMW.BIJDRAGE.UITLEG(${bijdrageArgs(childRows[i])})`]);
    // room for the spilled trace: its current length plus a margin for steps an edited input may add
    const room = (kind.bijdrage === undefined ? 20 : traceRows(kind.bijdrage.steps).length) + 4;
    for (let k = 1; k < room; k++) g.row();
  });

  return { baseName: sheetBaseName(dossierName), cells: g.cells, formats: g.formats, styles: g.styles, columnWidths: COLUMN_WIDTHS, charts };
}
