/**
 * "Brief per kind": one printable sheet per child (A4 portrait, one page wide, print area set), in plain Dutch a
 * family understands: the deficit, the kindsdeel, the child's household income and dependants, the threshold, the
 * monthly contribution, the legal basis and the sources, and the approximation notice when no official scale was
 * used. Like the calculation sheet, every figure is a live OCMW.* formula over the letter's own input cells.
 */
import { citation, formatIso, type Step } from "../rules";
import { cellAddress, type CellFormat, type CellStyle, type SheetPlan, type StyledBlock } from "../workbook/port";
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
export const LEGAL_BASIS =
  "Het OCMW is wettelijk verplicht om de onderhoudsplicht van de kinderen toe te passen wanneer het tussenkomt in de " +
  "verblijfskosten van een woonzorgcentrum (bevoegdheid: wet van 2 april 1965). Het maandelijkse tekort wordt gedeeld " +
  "door het aantal kinderen: dat is het kindsdeel, het meeste dat het OCMW van één kind mag vragen. De bijdrage zelf " +
  "volgt de uniforme terugvorderingsschaal (koninklijk besluit van 9 mei 1984, artikel 16; ministerieel besluit van " +
  "12 december 2002), die rekening houdt met het netto belastbaar inkomen van u en uw partner en met het aantal " +
  "personen ten laste. Om redenen van billijkheid kan het Bijzonder Comité voor de Sociale Dienst een andere bijdrage beslissen.";

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

/** The parameters a trace used, each once, as "label (geldig vanaf ...): source". */
function sourcesOf(steps: Step[]): string[] {
  const seen = new Set<string>();
  for (const step of steps) {
    if (step.parameter === undefined) continue;
    const p = step.parameter;
    seen.add(`${p.label.replace(/\.$/, "")} (geldig vanaf ${formatIso(p.from)}): ${p.source}`);
  }
  return [...seen];
}

/** The sheet's name for a child's letter: "Brief An Janssens" (the port picks a free one). */
export function letterBaseName(naam: string, positie: number): string {
  const name = naam.trim() === "" ? `kind ${positie}` : naam.trim();
  return `Brief ${name}`;
}

/** One letter per child. Only for a complete evaluation, like the calculation sheet. */
export function buildLetterPlans(form: DossierForm, evaluation: Evaluation): SheetPlan[] {
  if (!evaluation.complete || evaluation.tekort === undefined || evaluation.datumSerial === undefined) {
    throw new Error("Het formulier is niet volledig of bevat fouten; er wordt niets geschreven.");
  }
  return evaluation.kinderen.map((_, i) => buildLetter(form, evaluation, i));
}

function buildLetter(form: DossierForm, evaluation: Evaluation, index: number): SheetPlan {
  const p = evaluation.parsed;
  const kind = p.kinderen[index];
  const result = evaluation.kinderen[index];
  const naam = kind.naam === "" ? `Kind ${index + 1}` : kind.naam;
  const l = new Letter();
  const B = (row: number) => cellAddress(row, 1);

  const title = l.row(["Uw bijdrage in de verblijfskosten van uw ouder"]);
  l.style(title, 0, "title", WIDTH);
  l.row([textCell(`Aan: ${naam}`)]);
  const dossier = form.dossier.trim();
  if (dossier !== "") l.row([textCell(`Dossier: ${dossier}`)]);
  const rDatum = l.input("Datum van de berekening", evaluation.datumSerial!, "date");
  l.row();
  l.paragraph(
    "Uw ouder verblijft in een woonzorgcentrum en kan de kosten niet helemaal zelf betalen. Het OCMW betaalt wat " +
      "ontbreekt: het tekort. De wet vraagt het OCMW om de kinderen daarin te laten bijdragen, elk naar zijn of haar " +
      "inkomen. Hieronder staat stap voor stap hoe uw bijdrage berekend is.",
  );
  l.row();

  // 1. The deficit
  l.section("1. Het tekort van uw ouder per maand");
  const rLigdag = l.input("Prijs per dag in het woonzorgcentrum", p.ligdagprijs!.toNumber(), "euro");
  const rDagen = l.input("Aantal dagen in de maand", p.dagen!, "count");
  const kostRows = (p.kosten.length > 0 ? p.kosten : [{ omschrijving: "Geen bijkomende kosten", bedrag: undefined }]).map((k) =>
    l.input(textCell(`Bijkomende kosten: ${k.omschrijving}`), k.bedrag === undefined ? 0 : k.bedrag.toNumber(), "euro"),
  );
  const zakgeld = evaluation.zakgeldOpgegeven ?? evaluation.zakgeldInForce?.value;
  const rZakgeld = l.input("Zakgeld voor persoonlijke uitgaven", zakgeld === undefined ? null : zakgeld.toNumber(), "euro");
  const rInkomsten = l.input("Eigen inkomsten van uw ouder per maand", p.inkomsten!.toNumber(), "euro");
  const kosten = `${B(kostRows[0])}:${B(kostRows[kostRows.length - 1])}`;
  const rTekort = l.result(
    "Tekort per maand: kosten en zakgeld min de eigen inkomsten",
    `=OCMW.TEKORT(${B(rLigdag)},${B(rDagen)},${kosten},${B(rInkomsten)},${B(rZakgeld)},${B(rDatum)})`,
  );
  l.row();

  // 2. The kindsdeel
  l.section("2. Het kindsdeel");
  const rAantal = l.input("Aantal kinderen (ook wie niet kan betalen)", p.kinderen.length, "count");
  const rKindsdeel = l.result("Kindsdeel: het meeste dat het OCMW van één kind mag vragen", `=OCMW.KINDSDEEL(${B(rTekort)},${B(rAantal)})`);
  l.row();

  // 3. The child's household
  l.section("3. Uw gezin");
  const rInkomen = l.input("Uw netto belastbaar inkomen per jaar", kind.inkomen!.toNumber(), "euro");
  const rPartner = l.input(
    "Netto belastbaar inkomen van uw partner per jaar",
    kind.partnerInkomen === undefined ? null : kind.partnerInkomen.toNumber(),
    "euro",
  );
  const rKi = l.input(
    "Kadastraal inkomen van uw gezin (leeg: geen)",
    kind.kadastraalInkomen === undefined ? null : kind.kadastraalInkomen.toNumber(),
    "euro",
  );
  const rPtl = l.input("Personen ten laste", kind.personenTenLaste!, "count");
  l.result("Vrijstelling: het gezinsinkomen per jaar waarop niets gevraagd wordt", `=OCMW.VRIJSTELLING(${B(rPtl)},${B(rDatum)})`);
  l.row();

  // 4. The contribution
  l.section("4. Uw bijdrage");
  const schaal = scaleArgument(form);
  const formula = `=OCMW.BIJDRAGE(${B(rInkomen)},${B(rPartner)},${B(rPtl)},${B(rKindsdeel)},${B(rDatum)},${schaal},${B(rKi)})`;
  if (result.billijkheid === undefined) {
    l.result("Uw bijdrage per maand", formula, "total");
  } else {
    // an equity decision replaces the computed contribution; both are shown, the reason in words
    l.result("Bijdrage berekend volgens de schaal", formula);
    const r = l.row(["Uw bijdrage per maand, beslist om redenen van billijkheid", result.bijdrage!.value.toNumber()], ["text", "euro"]);
    l.style(r, 1, "total");
    l.paragraph(`Het Bijzonder Comité voor de Sociale Dienst besliste om redenen van billijkheid een andere bijdrage te vragen. Reden: ${result.billijkheid.reden}`);
  }
  l.paragraph(
    form.schaal.method === "schaal" && form.schaal.ref !== undefined
      ? `Uw bijdrage volgt de officiële terugvorderingsschaal (${schaal.replace(/\[#All\]$/, "")}) en is nooit hoger dan het kindsdeel.`
      : "Uw bijdrage is nooit hoger dan het kindsdeel.",
  );
  for (const notice of evaluation.notices) l.paragraph(notice.text, "warning");
  l.row();

  // Legal basis and sources
  l.section("Wettelijke basis");
  l.paragraph(LEGAL_BASIS);
  l.row();
  l.section("Bronnen");
  const steps = [...(evaluation.tekort?.steps ?? []), ...(result.bijdrage?.steps ?? [])];
  for (const source of [WZC_SOURCE, ...sourcesOf(steps)]) l.paragraph(source);
  l.row();
  const last = l.paragraph("Hebt u vragen over deze berekening? Neem contact op met uw maatschappelijk werker van het OCMW.");

  return {
    baseName: letterBaseName(kind.naam, index + 1),
    cells: l.cells,
    formats: l.formats,
    styles: l.styles,
    columnWidths: COLUMN_WIDTHS,
    rowHeights: l.rowHeights,
    page: { orientation: "Portrait", paperSize: "A4", printArea: { row: 0, col: 0, rowCount: last + 1, colCount: WIDTH }, fitToWidth: true },
  };
}
