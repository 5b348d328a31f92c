/**
 * Header matching for dossier lists (SPEC 3): case, spaces and punctuation are ignored, so "Partner inkomen",
 * "partner-inkomen" and "PARTNERINKOMEN" are the same column.
 */
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

const BY_NORMALIZED = new Map<string, ColumnKey>(
  (Object.entries({ ...INPUT_COLUMNS, ...OUTPUT_COLUMNS }) as [ColumnKey, string][]).map(([key, label]) => [normalizeHeader(label), key]),
);

/** The 0-based position of each known column in a header row; the first occurrence wins. Unknown headers are ignored. */
export function matchColumns(headers: readonly unknown[]): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  headers.forEach((header, index) => {
    const key = BY_NORMALIZED.get(normalizeHeader(header));
    if (key !== undefined && found[key] === undefined) found[key] = index;
  });
  return found;
}

/**
 * The Dutch names of the required columns that are missing: the always-required ones, plus either `Tekort` or all of
 * Ligdagprijs, Dagen, Bijkomende kosten and Inkomsten. Empty when the header row is usable.
 */
export function missingColumns(found: Partial<Record<ColumnKey, number>>): string[] {
  const missing: string[] = REQUIRED_COLUMNS.filter((c) => found[c] === undefined).map((c) => INPUT_COLUMNS[c]);
  if (found.tekort === undefined) {
    const absent = DEFICIT_COLUMNS.filter((c) => found[c] === undefined);
    if (absent.length > 0) {
      missing.push(`${INPUT_COLUMNS.tekort} (of ${DEFICIT_COLUMNS.map((c) => INPUT_COLUMNS[c]).join(" + ")}; ontbreekt: ${absent.map((c) => INPUT_COLUMNS[c]).join(", ")})`);
    }
  }
  return missing;
}
