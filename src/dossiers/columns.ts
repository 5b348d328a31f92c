/**
 * Header matching for dossier lists (SPEC 3): case, spaces, punctuation and accents are ignored, so "Partner inkomen",
 * "partner-inkomen" and "PARTNERINKOMEN" are the same column; every header is also accepted in French ("Revenu du
 * partenaire", "Personnes a charge"). The one home of the header search.
 */
import { currentLanguage } from "../rules";
import { DOSSIER_TEXTS, type ListTexts } from "./messages";
import { columnLetter } from "./sheet";

export const INPUT_COLUMNS = {
  dossier: "Dossier",
  kind: "Kind",
  inkomen: "Inkomen",
  partnerInkomen: "Partner inkomen",
  personenTenLaste: "Personen ten laste",
  tekort: "Tekort",
  ligdagprijs: "Ligdagprijs",
  dagen: "Dagen",
  bijkomendeKosten: "Bijkomende kosten",
  inkomsten: "Inkomsten",
  aantalKinderen: "Aantal kinderen",
  datum: "Datum",
  zakgeld: "Zakgeld",
  kadastraalInkomen: "Kadastraal inkomen",
  /** an equity decision of the Bijzonder Comité (seed 004): the decided monthly contribution */
  billijkheid: "Billijkheid",
  /** the reason of that decision */
  reden: "Reden",
} as const;

export const OUTPUT_COLUMNS = {
  kindsdeel: "Kindsdeel",
  vrijstelling: "Vrijstelling",
  bijdrage: "Bijdrage",
  status: "Status",
} as const;

export type InputColumn = keyof typeof INPUT_COLUMNS;
export type OutputColumn = keyof typeof OUTPUT_COLUMNS;
export type ColumnKey = InputColumn | OutputColumn;

/** Always required. */
export const REQUIRED_COLUMNS: readonly InputColumn[] = ["dossier", "kind", "inkomen", "partnerInkomen", "personenTenLaste"];
/** Required when there is no `Tekort` column. */
export const DEFICIT_COLUMNS: readonly InputColumn[] = ["ligdagprijs", "dagen", "bijkomendeKosten", "inkomsten"];

/** "Partner-inkomen " -> "partnerinkomen": lower case, letters and digits only. */
export function normalizeHeader(header: unknown): string {
  if (header === null || header === undefined) return "";
  return String(header)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The French headers of the same columns (issue 13): a list typed for a CPAS reads the same as a Dutch one. */
export const INPUT_COLUMNS_FR: Readonly<Record<InputColumn, string>> = {
  dossier: "Dossier",
  kind: "Enfant",
  inkomen: "Revenu",
  partnerInkomen: "Revenu du partenaire",
  personenTenLaste: "Personnes à charge",
  tekort: "Déficit",
  ligdagprijs: "Prix de journée",
  dagen: "Jours",
  bijkomendeKosten: "Frais supplémentaires",
  inkomsten: "Revenus",
  aantalKinderen: "Nombre d'enfants",
  datum: "Date",
  zakgeld: "Argent de poche",
  kadastraalInkomen: "Revenu cadastral",
  billijkheid: "Équité",
  reden: "Motif",
};

/** The French output headers, written by a French run (`--taal fr`) and recognised in a list in either language. */
export const OUTPUT_COLUMNS_FR: Readonly<Record<OutputColumn, string>> = {
  kindsdeel: "Part d'enfant",
  vrijstelling: "Montant immunisé",
  bijdrage: "Contribution",
  status: "Statut",
};

const COLUMN_LABELS: Record<ColumnKey, string> = { ...INPUT_COLUMNS, ...OUTPUT_COLUMNS };
const COLUMN_LABELS_FR: Record<ColumnKey, string> = { ...INPUT_COLUMNS_FR, ...OUTPUT_COLUMNS_FR };

/** Every accepted header (Dutch and French), normalised, to its column. */
const BY_NORMALIZED = new Map<string, ColumnKey>(
  [INPUT_COLUMNS, OUTPUT_COLUMNS, INPUT_COLUMNS_FR, OUTPUT_COLUMNS_FR].flatMap((labels) =>
    (Object.entries(labels) as [ColumnKey, string][]).map(([key, label]): [string, ColumnKey] => [normalizeHeader(label), key]),
  ),
);

/** A known column that appears twice in a header row: its key and both positions (0-based). */
export interface DuplicateColumn {
  key: ColumnKey;
  first: number;
  second: number;
}

/**
 * The 0-based position of each known column in a header row; the first occurrence wins (see `duplicateColumns` for
 * the check that refuses a list with a column twice). Unknown headers are ignored.
 */
export function matchColumns(headers: readonly unknown[]): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  headers.forEach((header, index) => {
    const key = BY_NORMALIZED.get(normalizeHeader(header));
    if (key !== undefined && found[key] === undefined) found[key] = index;
  });
  return found;
}

/** The known columns that appear more than once in a header row (first and second position). */
export function duplicateColumns(headers: readonly unknown[]): DuplicateColumn[] {
  const seen = new Map<ColumnKey, number>();
  const duplicates: DuplicateColumn[] = [];
  headers.forEach((header, index) => {
    const key = BY_NORMALIZED.get(normalizeHeader(header));
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else if (!duplicates.some((d) => d.key === key)) duplicates.push({ key, first, second: index });
  });
  return duplicates;
}

/**
 * The message (in the rules' current language) for a header row with a column twice, naming both columns by letter (`offset` = the sheet column
 * of headers[0]): the batch would otherwise silently read or write one of them.
 */
export function duplicateColumnsMessage(duplicates: readonly DuplicateColumn[], headers: readonly unknown[], offset = 0, where?: string): string {
  const t = listTexts();
  const labels = currentLanguage() === "fr" ? COLUMN_LABELS_FR : COLUMN_LABELS;
  const parts = duplicates.map((d) => {
    const name = (k: number) => t.column(columnLetter(offset + k), String(headers[k]).trim());
    return t.twice(labels[d.key], where ?? t.headerRow, name(d.first), name(d.second));
  });
  return t.duplicates(parts.join("; "));
}

/** The texts of an unusable list in the rules' current language (`withLanguage`); they live in messages.ts. */
function listTexts(): ListTexts {
  return DOSSIER_TEXTS[currentLanguage()].list;
}

/** "de kopregel van blad X" / "la ligne d'en-tête de feuille X", in the rules' current language. */
export function headerRowOf(where: string): string {
  return listTexts().headerRowOf(where);
}

/** The input headers in the rules' current language. */
function inputLabels(): Readonly<Record<InputColumn, string>> {
  return currentLanguage() === "fr" ? INPUT_COLUMNS_FR : INPUT_COLUMNS;
}

/**
 * The names (in the rules' current language) of the required columns that are missing: the always-required ones, plus either `Tekort` or all of
 * Ligdagprijs, Dagen, Bijkomende kosten and Inkomsten. Empty when the header row is usable.
 */
export function missingColumns(found: Partial<Record<ColumnKey, number>>): string[] {
  const labels = inputLabels();
  const missing: string[] = REQUIRED_COLUMNS.filter((c) => found[c] === undefined).map((c) => labels[c]);
  if (found.tekort === undefined) {
    const absent = DEFICIT_COLUMNS.filter((c) => found[c] === undefined);
    if (absent.length > 0) {
      const all = DEFICIT_COLUMNS.map((c) => labels[c]).join(" + ");
      missing.push(listTexts().deficitMissing(labels.tekort, all, absent.map((c) => labels[c]).join(", ")));
    }
  }
  return missing;
}

/** Column positions found in a header row. */
export type ColumnIndex = Partial<Record<ColumnKey, number>>;

export const INPUT_KEYS = Object.keys(INPUT_COLUMNS) as InputColumn[];
export const OUTPUT_KEYS = Object.keys(OUTPUT_COLUMNS) as OutputColumn[];

/** How many leading rows are searched for the header row of a sheet (a title or a note may precede it). */
export const HEADER_SCAN_ROWS = 20;

/**
 * The header row of a sheet: the first of its first `maxScan` rows that holds at least two known input headers.
 * Undefined when there is none (the sheet has no header row).
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[] | undefined)[],
  maxScan = HEADER_SCAN_ROWS,
): { index: number; columns: ColumnIndex } | undefined {
  const limit = Math.min(rows.length, maxScan);
  for (let r = 0; r < limit; r++) {
    const row = rows[r];
    if (row === undefined || row === null) continue;
    const columns = matchColumns(row);
    let inputs = 0;
    for (const key of INPUT_KEYS) if (columns[key] !== undefined) inputs++;
    if (inputs >= 2) return { index: r, columns };
  }
  return undefined;
}

/** The input columns present in `columns`, in a fixed order: the only ones a batch needs to read. */
export function presentInputColumns(columns: ColumnIndex): InputColumn[] {
  return INPUT_KEYS.filter((key) => columns[key] !== undefined);
}

/** The output columns missing from `columns`, in the order they are added (Kindsdeel, Vrijstelling, Bijdrage, Status). */
export function missingOutputColumns(columns: ColumnIndex): OutputColumn[] {
  return OUTPUT_KEYS.filter((key) => columns[key] === undefined);
}

/** The message (in the rules' current language) for a header row that lacks required columns, naming them. */
export function missingColumnsMessage(missing: readonly string[], where?: string): string {
  const t = listTexts();
  return missing.length === 1 ? t.missingOne(where ?? t.headerRow, missing[0]) : t.missingMany(where ?? t.headerRow, missing.join("; "));
}

/** The message when no header row is found. */
export function noHeaderRowMessage(where: string): string {
  const labels = inputLabels();
  const required = REQUIRED_COLUMNS.map((c) => labels[c]).join(", ");
  return listTexts().noHeaderRow(where, HEADER_SCAN_ROWS, required, labels.tekort, DEFICIT_COLUMNS.map((c) => labels[c]).join(" + "));
}

/** The rule arguments (as RuleError names them) mapped to the column a user sees in the list. */
const ARGUMENT_LABELS: Record<string, string> = {
  tekort: INPUT_COLUMNS.tekort,
  ligdagprijs: INPUT_COLUMNS.ligdagprijs,
  dagen: INPUT_COLUMNS.dagen,
  bijkomende_kosten: INPUT_COLUMNS.bijkomendeKosten,
  inkomsten: INPUT_COLUMNS.inkomsten,
  zakgeld: INPUT_COLUMNS.zakgeld,
  datum: INPUT_COLUMNS.datum,
  inkomen: INPUT_COLUMNS.inkomen,
  partner_inkomen: INPUT_COLUMNS.partnerInkomen,
  personen_ten_laste: INPUT_COLUMNS.personenTenLaste,
  kindsdeel: OUTPUT_COLUMNS.kindsdeel,
  aantal_kinderen: INPUT_COLUMNS.aantalKinderen,
  kadastraal_inkomen: INPUT_COLUMNS.kadastraalInkomen,
  billijkheid: INPUT_COLUMNS.billijkheid,
  reden: INPUT_COLUMNS.reden,
  schaal: "Schaal",
};

/** The same in French: the headers of a French list (`withLanguage("fr", ...)` in the rules selects them). */
const ARGUMENT_LABELS_FR: Record<string, string> = {
  tekort: INPUT_COLUMNS_FR.tekort,
  ligdagprijs: INPUT_COLUMNS_FR.ligdagprijs,
  dagen: INPUT_COLUMNS_FR.dagen,
  bijkomende_kosten: INPUT_COLUMNS_FR.bijkomendeKosten,
  inkomsten: INPUT_COLUMNS_FR.inkomsten,
  zakgeld: INPUT_COLUMNS_FR.zakgeld,
  datum: INPUT_COLUMNS_FR.datum,
  inkomen: INPUT_COLUMNS_FR.inkomen,
  partner_inkomen: INPUT_COLUMNS_FR.partnerInkomen,
  personen_ten_laste: INPUT_COLUMNS_FR.personenTenLaste,
  kindsdeel: OUTPUT_COLUMNS_FR.kindsdeel,
  aantal_kinderen: INPUT_COLUMNS_FR.aantalKinderen,
  kadastraal_inkomen: INPUT_COLUMNS_FR.kadastraalInkomen,
  billijkheid: INPUT_COLUMNS_FR.billijkheid,
  reden: INPUT_COLUMNS_FR.reden,
  schaal: "Barème",
};

/** The rule arguments that are input columns of the list, by their column. */
const ARGUMENT_COLUMNS: Readonly<Record<string, InputColumn>> = {
  tekort: "tekort",
  ligdagprijs: "ligdagprijs",
  dagen: "dagen",
  bijkomende_kosten: "bijkomendeKosten",
  inkomsten: "inkomsten",
  zakgeld: "zakgeld",
  datum: "datum",
  inkomen: "inkomen",
  partner_inkomen: "partnerInkomen",
  personen_ten_laste: "personenTenLaste",
  aantal_kinderen: "aantalKinderen",
  kadastraal_inkomen: "kadastraalInkomen",
  billijkheid: "billijkheid",
  reden: "reden",
};

/**
 * "partner_inkomen" -> "Partner inkomen" ("Revenu du partenaire" in the rules' current language French); an argument
 * with a position ("schaal (rij 3, ...)") keeps it. `own`: the list's own header texts, which win (a Dutch list run in
 * French still names its column "Inkomen", never a "Revenu" it does not have).
 */
export function argumentLabel(argument: string, own?: Partial<Record<InputColumn, string>>): string {
  const labels = currentLanguage() === "fr" ? ARGUMENT_LABELS_FR : ARGUMENT_LABELS;
  const label = (name: string): string | undefined => {
    const column = own === undefined ? undefined : ARGUMENT_COLUMNS[name];
    return (column === undefined ? undefined : own![column]) ?? labels[name];
  };
  const exact = label(argument);
  if (exact !== undefined) return exact;
  const space = argument.indexOf(" ");
  if (space > 0) {
    const head = label(argument.slice(0, space));
    if (head !== undefined) return head + argument.slice(space);
  }
  return argument;
}

/** The list's own header text of each input column it has (trimmed), for messages. */
export function headerLabelsOf(header: readonly unknown[], columns: ColumnIndex): Partial<Record<InputColumn, string>> {
  const own: Partial<Record<InputColumn, string>> = {};
  for (const key of Object.keys(columns) as (keyof ColumnIndex)[]) {
    const index = columns[key];
    if (index === undefined || !(key in INPUT_COLUMNS)) continue;
    const text = String(header[index] ?? "").trim();
    if (text !== "") own[key as InputColumn] = text;
  }
  return own;
}
