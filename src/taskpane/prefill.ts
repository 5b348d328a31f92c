/**
 * "Van selectie": fills the wizard from the dossier list around the selected cell (SPEC 3 headers, matched with
 * src/dossiers/columns.ts). All rows with the same Dossier value as the selected row become the children; the
 * resident's data come from the first of those rows.
 */
import { numberCell, sameDossier } from "../dossiers/cells";
import { DEFICIT_COLUMNS, INPUT_COLUMNS, INPUT_COLUMNS_FR, matchColumns, missingColumns, REQUIRED_COLUMNS, type ColumnKey } from "../dossiers/columns";
import { checkedAantalKinderen, Decimal, isEmpty, isValidSerial, withLanguage } from "../rules";
import type { DossierListSelection } from "../workbook/port";
import { translator, type Language } from "./i18n/text";
import { emptyChild, emptyCost, emptyForm, formatSerial, numberText, type DossierForm } from "./model";

export type PrefillResult = { form: DossierForm; notices: string[] } | { error: string };

type Columns = Partial<Record<ColumnKey, number>>;

/** How many rows above the selection are searched for the header row of a plain sheet. */
const HEADER_SEARCH_ROWS = 50;

function findHeader(selection: DossierListSelection): { index: number; columns: Columns } | undefined {
  if (selection.headerIndex !== undefined) {
    return { index: selection.headerIndex, columns: matchColumns(selection.rows[selection.headerIndex] ?? []) };
  }
  const last = Math.min(selection.selectedIndex, selection.rows.length - 1);
  for (let i = 0; i <= last && i < HEADER_SEARCH_ROWS; i++) {
    const columns = matchColumns(selection.rows[i] ?? []);
    if (columns.dossier !== undefined && missingColumns(columns).length === 0) return { index: i, columns };
  }
  return undefined;
}

/** A cell as field text: numbers the language's Belgian way ("41.000", "41 000"), text trimmed, empty as "". */
function fieldText(value: unknown, language: Language): string {
  if (isEmpty(value)) return "";
  if (typeof value === "number") return Number.isFinite(value) ? numberText(value, language) : "";
  if (value instanceof Decimal) return numberText(value, language);
  return String(value).trim();
}

function dateText(value: unknown, language: Language): string {
  if (typeof value === "number" && isValidSerial(value)) return formatSerial(Math.floor(value));
  return fieldText(value, language);
}

/** Same dossier as the batch decides it (trimmed, case-insensitive: src/dossiers/cells.ts); an empty cell is none. */
function inDossier(a: unknown, b: unknown): boolean {
  return !isEmpty(a) && !isEmpty(b) && sameDossier(a, b);
}

/**
 * The number of children a list's cell gives (the rules' check of aantal_kinderen): undefined when the cell is empty,
 * "ongeldig" when it holds something that is not a number of children (0, 2,5, "drie").
 */
function aantalKinderen(value: unknown): number | "ongeldig" | undefined {
  if (isEmpty(value)) return undefined;
  try {
    return checkedAantalKinderen(numberCell(value)); // a number, or number text as the batch reads it
  } catch {
    return "ongeldig";
  }
}

/**
 * The wizard's form from the selected dossier; its messages in `language` (Dutch by default). The column names in
 * them are the list's headers (SPEC 3) in that language (a list is read with either language's headers).
 */
export function prefillFromSelection(selection: DossierListSelection, language: Language = "nl"): PrefillResult {
  return withLanguage(language, () => prefillIn(selection, language));
}

function prefillIn(selection: DossierListSelection, language: Language): PrefillResult {
  const t = translator(language);
  const headers = language === "fr" ? INPUT_COLUMNS_FR : INPUT_COLUMNS;
  const bron = selection.source;
  const header = findHeader(selection);
  if (header === undefined || header.columns.dossier === undefined) {
    return {
      error: t("selectie.geenLijst", {
        bron,
        verplicht: REQUIRED_COLUMNS.map((c) => headers[c]).join(", "),
        tekort: headers.tekort,
        bewoner: DEFICIT_COLUMNS.map((c) => headers[c]).join(" + "),
      }),
    };
  }
  const missing = missingColumns(header.columns);
  if (missing.length > 0) {
    return { error: t("selectie.kolommen", { bron, kolommen: missing.join("; ") }) };
  }
  if (selection.selectedIndex <= header.index) {
    return { error: t("selectie.onderKop", { bron }) };
  }
  const c = header.columns;
  const get = (row: unknown[], key: ColumnKey): unknown => (c[key] === undefined ? undefined : row[c[key]!]);
  const selected = selection.rows[selection.selectedIndex] ?? [];
  const dossierValue = get(selected, "dossier");
  if (isEmpty(dossierValue)) {
    return { error: t("selectie.geenDossier", { kolom: headers.dossier }) };
  }
  const rows = selection.rows.slice(header.index + 1).filter((row) => inDossier(get(row, "dossier"), dossierValue));
  const first = rows[0];
  const notices: string[] = [];

  const form = emptyForm();
  form.dossier = fieldText(dossierValue, language);
  if (c.datum !== undefined && !isEmpty(get(first, "datum"))) form.datum = dateText(get(first, "datum"), language);
  if (c.ligdagprijs !== undefined) form.ligdagprijs = fieldText(get(first, "ligdagprijs"), language);
  if (c.dagen !== undefined) form.dagen = fieldText(get(first, "dagen"), language);
  if (c.inkomsten !== undefined) form.inkomsten = fieldText(get(first, "inkomsten"), language);
  if (c.zakgeld !== undefined && !isEmpty(get(first, "zakgeld"))) form.zakgeld = fieldText(get(first, "zakgeld"), language);
  if (c.bijkomendeKosten !== undefined && !isEmpty(get(first, "bijkomendeKosten"))) {
    form.kosten = [{ ...emptyCost(), omschrijving: t("selectie.kostenUitLijst"), bedrag: fieldText(get(first, "bijkomendeKosten"), language) }];
  }
  if (c.ligdagprijs === undefined) {
    notices.push(t("selectie.alleenTekort", { tekort: fieldText(get(first, "tekort"), language) }));
  }
  form.kinderen = rows.map((row) => ({
    ...emptyChild(),
    naam: fieldText(get(row, "kind"), language),
    inkomen: fieldText(get(row, "inkomen"), language),
    partnerInkomen: fieldText(get(row, "partnerInkomen"), language),
    personenTenLaste: fieldText(get(row, "personenTenLaste"), language),
    kadastraalInkomen: fieldText(get(row, "kadastraalInkomen"), language),
  }));

  const aantal = aantalKinderen(get(first, "aantalKinderen"));
  if (c.aantalKinderen !== undefined && aantal === "ongeldig") {
    notices.push(t("selectie.aantalOngeldig", { kolom: headers.aantalKinderen, waarde: fieldText(get(first, "aantalKinderen"), language), rijen: rows.length }));
  } else if (c.aantalKinderen !== undefined && typeof aantal === "number") {
    if (aantal > rows.length) {
      const extra = aantal - rows.length;
      for (let i = 0; i < extra; i++) {
        form.kinderen.push({ ...emptyChild(), naam: t("selectie.kindNietInLijst", { nummer: rows.length + i + 1 }), inkomen: "0" });
      }
      const params = { kolom: headers.aantalKinderen, aantal, rijen: rows.length, extra };
      notices.push(extra === 1 ? t("selectie.meerKinderen.een", params) : t("selectie.meerKinderen.meer", params));
    } else if (aantal < rows.length) {
      notices.push(t("selectie.minderKinderen", { kolom: headers.aantalKinderen, aantal, rijen: rows.length }));
    }
  }
  const values = new Set(rows.map((row) => JSON.stringify([get(row, "ligdagprijs"), get(row, "dagen"), get(row, "inkomsten"), get(row, "bijkomendeKosten")])));
  if (values.size > 1) notices.push(t("selectie.verschillend"));
  return { form, notices };
}
