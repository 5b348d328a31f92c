/**
 * "Brief per kind": one printable sheet per child (A4 portrait, one page wide, print area set), in plain Dutch a
 * family understands: the deficit, the kindsdeel, the child's household income and dependants, the threshold, the
 * monthly contribution, the legal basis and the sources, and the approximation notice when no official scale was
 * used. Like the calculation sheet, every figure is a live OCMW.* formula over the letter's own input cells. The
 * texts are in the pane's language (its catalogue; the sources' labels and citations as the rules give them in it).
 */
import { citation, formatIso, parameterLabel, shownSource, UNKNOWN_START, withLanguage, type Step } from "../rules";
import { type CellFormat, type CellStyle, type SheetPlan, type StyledBlock } from "../workbook/port";
import { cellAddress } from "../dossiers/sheet";
import { message, translator, type Language, type Translate } from "./i18n/text";
import type { DossierForm, Evaluation } from "./model";
import { scaleArgument, textCell } from "./sheetPlan";

/** Two columns: the explanation (A) and the figure (B); paragraphs run over both. */
const WIDTH = 2;
const COLUMN_WIDTHS = [330, 110];
/** about this many characters fit on one line of a paragraph over both columns */
const CHARS_PER_LINE = 80;
const LINE_HEIGHT = 15;

/** The seed the rules of this letter come from, cited by its title (SPEC 0). */
export const WZC_SOURCE = citation({
  document: "Financiële tussenkomst bij opname of verblijf in een woonzorgcentrum",
  publisher: "OCMW-infoblad",
  date: "",
});

/**
 * The legal basis, in plain words, only from the seed and the research notes: the OCMW's duty to apply the
 * maintenance obligation (seed 004, law of 2 April 1965 on its competence), the uniform recovery scale (KB of
 * 9 May 1984, art. 16; ministerial decree of 12 December 2002) and the kindsdeel as a maximum (seed 004).
 */
export const LEGAL_BASIS = message("nl", "brief.wettelijkeBasis.tekst");

class Letter {
  readonly cells: (string | number | null)[][] = [];
  readonly formats: (CellFormat | null)[][] = [];
  readonly styles: StyledBlock[] = [];
  readonly rowHeights: { row: number; height: number }[] = [];

  row(values: (string | number | null)[] = [], formats: (CellFormat | null)[] = []): number {
    this.cells.push(Array.from({ length: WIDTH }, (_, i) => values[i] ?? null));
    this.formats.push(Array.from({ length: WIDTH }, (_, i) => formats[i] ?? null));
    return this.cells.length - 1;
  }
  style(row: number, col: number, style: CellStyle, colCount = 1): void {
    this.styles.push({ row, col, rowCount: 1, colCount, style });
  }
  /** running text over both columns, its row as tall as its lines */
  paragraph(text: string, extra?: CellStyle): number {
    const r = this.row([textCell(text)], ["text"]);
    if (extra !== undefined) this.style(r, 0, extra, WIDTH);
    this.style(r, 0, "paragraph", WIDTH);
    this.rowHeights.push({ row: r, height: LINE_HEIGHT * Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)) });
    return r;
  }
  section(title: string): number {
    const r = this.row([title]);
    this.style(r, 0, "section", WIDTH);
    return r;
  }
  /** an input figure: a value in a light-blue cell */
  input(label: string, value: number | string | null, format: CellFormat): number {
    const r = this.row([label, value], ["text", format]);
    this.style(r, 1, "input");
    return r;
  }
  /** a result: a live formula */
  result(label: string, formula: string, style: CellStyle = "result"): number {
    const r = this.row([label, formula], ["text", "euro"]);
    this.style(r, 1, style);
    return r;
  }
}

/** The parameters a trace used, each once, as "label (geldig vanaf ...): source", in `language`. */
function sourcesOf(t: Translate, language: Language, steps: Step[]): string[] {
  const seen = new Set<string>();
  for (const step of steps) {
    if (step.parameter === undefined) continue;
    const p = step.parameter;
    const [label, bron] = withLanguage(language, () => [parameterLabel(p), shownSource(p)]);
    const shown = label.replace(/\.$/, "");
    seen.add(p.from <= UNKNOWN_START ? t("brief.bronOnbekend", { label: shown, bron }) : t("brief.bron", { label: shown, datum: formatIso(p.from), bron }));
  }
  return [...seen];
}

/** The sheet's name for a child's letter: "Brief An Janssens" ("Lettre An Janssens"; the port picks a free one). */
export function letterBaseName(naam: string, positie: number, language: Language = "nl"): string {
  const t = translator(language);
  const name = naam.trim() === "" ? t("blad.kindNummer", { nummer: positie }) : naam.trim();
  return t("brief.naam", { naam: name });
}

/**
 * One letter per child, its texts in `language` (Dutch by default; the evaluation should be in the same language).
 * Only for a complete evaluation, like the calculation sheet.
 */
export function buildLetterPlans(form: DossierForm, evaluation: Evaluation, language: Language = "nl"): SheetPlan[] {
  const t = translator(language);
  if (!evaluation.complete || evaluation.tekort === undefined || evaluation.datumSerial === undefined) {
    throw new Error(t("blad.onvolledig"));
  }
  return evaluation.kinderen.map((_, i) => buildLetter(form, evaluation, i, language));
}

function buildLetter(form: DossierForm, evaluation: Evaluation, index: number, language: Language): SheetPlan {
  const t = translator(language);
  const p = evaluation.parsed;
  const kind = p.kinderen[index];
  const result = evaluation.kinderen[index];
  const naam = kind.naam === "" ? t("blad.kindNummerHoofdletter", { nummer: index + 1 }) : kind.naam;
  const l = new Letter();
  const B = (row: number) => cellAddress(row, 1);

  const title = l.row([t("brief.titel")]);
  l.style(title, 0, "title", WIDTH);
  l.row([textCell(t("brief.aan", { naam }))]);
  const dossier = form.dossier.trim();
  if (dossier !== "") l.row([textCell(t("brief.dossier", { dossier }))]);
  const rDatum = l.input(t("brief.datum"), evaluation.datumSerial!, "date");
  l.row();
  l.paragraph(t("brief.inleiding"));
  l.row();

  // 1. The deficit
  l.section(t("brief.tekort"));
  const rLigdag = l.input(t("brief.ligdagprijs"), p.ligdagprijs!.toNumber(), "euro");
  const rDagen = l.input(t("brief.dagen"), p.dagen!, "count");
  const kostRows = (p.kosten.length > 0 ? p.kosten : [{ omschrijving: t("blad.geenKosten"), bedrag: undefined }]).map((k) =>
    l.input(textCell(t("brief.kost", { omschrijving: k.omschrijving })), k.bedrag === undefined ? 0 : k.bedrag.toNumber(), "euro"),
  );
  const zakgeld = evaluation.zakgeldOpgegeven ?? evaluation.zakgeldInForce?.value;
  const rZakgeld = l.input(t("brief.zakgeld"), zakgeld === undefined ? null : zakgeld.toNumber(), "euro");
  const rInkomsten = l.input(t("brief.inkomsten"), p.inkomsten!.toNumber(), "euro");
  const kosten = `${B(kostRows[0])}:${B(kostRows[kostRows.length - 1])}`;
  const rTekort = l.result(
    t("brief.tekortPerMaand"),
    `=OCMW.TEKORT(${B(rLigdag)},${B(rDagen)},${kosten},${B(rInkomsten)},${B(rZakgeld)},${B(rDatum)})`,
  );
  l.row();

  // 2. The kindsdeel
  l.section(t("brief.kindsdeel"));
  const rAantal = l.input(t("brief.aantalKinderen"), p.kinderen.length, "count");
  const rKindsdeel = l.result(t("brief.kindsdeelUitleg"), `=OCMW.KINDSDEEL(${B(rTekort)},${B(rAantal)})`);
  l.row();

  // 3. The child's household
  l.section(t("brief.gezin"));
  const rInkomen = l.input(t("brief.inkomen"), kind.inkomen!.toNumber(), "euro");
  const rPartner = l.input(
    t("brief.partnerInkomen"),
    kind.partnerInkomen === undefined ? null : kind.partnerInkomen.toNumber(),
    "euro",
  );
  const rKi = l.input(
    t("brief.kadastraalInkomen"),
    kind.kadastraalInkomen === undefined ? null : kind.kadastraalInkomen.toNumber(),
    "euro",
  );
  const rPtl = l.input(t("brief.personenTenLaste"), kind.personenTenLaste!, "count");
  l.result(t("brief.vrijstelling"), `=OCMW.VRIJSTELLING(${B(rPtl)},${B(rDatum)})`);
  l.row();

  // 4. The contribution
  l.section(t("brief.bijdrage"));
  const schaal = scaleArgument(form);
  const formula = `=OCMW.BIJDRAGE(${B(rInkomen)},${B(rPartner)},${B(rPtl)},${B(rKindsdeel)},${B(rDatum)},${schaal},${B(rKi)})`;
  if (result.billijkheid === undefined) {
    l.result(t("brief.bijdragePerMaand"), formula, "total");
  } else {
    // an equity decision replaces the computed contribution; both are shown, the reason in words
    // named by how it was computed: the official scale, or the built-in approximation (never "the scale" for both)
    l.result(t(result.bijdrage!.method === "schaal" ? "brief.bijdrageBerekend.schaal" : "brief.bijdrageBerekend.benadering"), formula);
    const r = l.row([t("brief.bijdrageBillijkheid"), result.bijdrage!.value.toNumber()], ["text", "euro"]);
    l.style(r, 1, "total");
    l.paragraph(t("brief.billijkheid", { reden: result.billijkheid.reden }));
  }
  l.paragraph(
    form.schaal.method === "schaal" && form.schaal.ref !== undefined
      ? t("brief.schaal", { schaal: schaal.replace(/\[#All\]$/, "") })
      : t("brief.maximum"),
  );
  for (const notice of evaluation.notices) l.paragraph(notice.text, "warning");
  l.row();

  // Legal basis and sources
  l.section(t("brief.wettelijkeBasis"));
  l.paragraph(t("brief.wettelijkeBasis.tekst"));
  l.row();
  l.section(t("brief.bronnen"));
  const steps = [...(evaluation.tekort?.steps ?? []), ...(result.bijdrage?.steps ?? [])];
  for (const source of [WZC_SOURCE, ...sourcesOf(t, language, steps)]) l.paragraph(source);
  l.row();
  const last = l.paragraph(t("brief.vragen"));

  return {
    baseName: letterBaseName(kind.naam, index + 1, language),
    cells: l.cells,
    formats: l.formats,
    styles: l.styles,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: l.rowHeights,
    page: { orientation: "Portrait", paperSize: "A4", printArea: { row: 0, col: 0, rowCount: last + 1, colCount: WIDTH }, fitToWidth: true },
  };
}
