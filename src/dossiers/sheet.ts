/** Sheet names and A1 addresses, shared by the Excel and file faces and the task pane. Pure. */

// ---- A1 addresses -------------------------------------------------------------------------------------------

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" -> 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7" for 0-based (row 6, col 1); absolute "$B$7" when asked. */
export function cellAddress(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export interface CellBox {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** "A1:D10" or "$A$1" -> a 0-based box; undefined when it is not an A1 address. */
export function parseA1(address: string): CellBox | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!m) return undefined;
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowCount: Math.abs(r2 - r1) + 1,
    colCount: Math.abs(c2 - c1) + 1,
  };
}

/** A box as "$A$1:$D$10" (or "$A$1" for one cell). */
export function boxAddress(box: CellBox, absolute = true): string {
  const first = cellAddress(box.row, box.col, absolute);
  if (box.rowCount === 1 && box.colCount === 1) return first;
  return `${first}:${cellAddress(box.row + box.rowCount - 1, box.col + box.colCount - 1, absolute)}`;
}

/** "'Mijn blad'!A1:D4" -> { sheet: "Mijn blad", range: "A1:D4" }; no sheet part -> sheet undefined. */
export function splitAddress(address: string): { sheet?: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/** A sheet name as a formula needs it: quoted unless it is plain letters, digits and underscores. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Blad1!A1:D4" -> "Blad1!$A$1:$D$4", for a formula that keeps pointing at the same cells. */
export function absoluteAddress(address: string): string {
  const { sheet, range } = splitAddress(address);
  const box = parseA1(range);
  const local = box === undefined ? range : boxAddress(box, true);
  return sheet === undefined ? local : `${quoteSheetName(sheet)}!${local}`;
}

// ---- sheet names --------------------------------------------------------------------------------------------

/** Excel's limit on the length of a sheet name. */
export const MAX_SHEET_NAME = 31;

/** A usable sheet name: no []:*?/\, no leading or trailing apostrophe, at most 31 characters, not empty. */
export function sanitizeSheetName(text: string): string {
  let name = text.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").trim();
  name = name.replace(/^'+|'+$/g, "").trim();
  if (name === "" || name.toLowerCase() === "history" || name.toLowerCase() === "geschiedenis") name = "Dossier";
  return name.slice(0, MAX_SHEET_NAME).trim();
}

/**
 * The first free name among "base", "base (2)", "base (3)", ... compared case-insensitively as Excel does; the base
 * is shortened so that the suffix still fits in 31 characters.
 */
export function freeSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = sanitizeSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${clean.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** "'Blad 1'!A5:K5" for 0-based row and columns. */
export function rowAddress(sheet: string, row: number, firstColumn: number, lastColumn: number): string {
  return `${quoteSheetName(sheet)}!${columnLetter(firstColumn)}${row + 1}:${columnLetter(lastColumn)}${row + 1}`;
}


/**
 * The names of the official scale as a table or a sheet: `Schaal` (Dutch) or `Barème` (French), in any case, with
 * or without accents (`Bareme`, `BARÈME`). Every face finds the scale with this one test.
 */
export function isScaleName(name: string): boolean {
  const plain = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").trim().toLowerCase();
  return plain === "schaal" || plain === "bareme";
}
