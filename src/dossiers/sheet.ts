/** Sheet names and A1 addresses, shared by the Excel and file faces. Pure. */

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

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Blad 1'!A5:K5" for 0-based row and columns. */
export function rowAddress(sheet: string, row: number, firstColumn: number, lastColumn: number): string {
  return `${quoteSheetName(sheet)}!${columnLetter(firstColumn)}${row + 1}:${columnLetter(lastColumn)}${row + 1}`;
}

/** Splits "'Blad 1'!A5:K5" into the sheet name and the local address. */
export function splitAddress(address: string): { sheet?: string; range: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { range: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}

/**
 * A sheet name not yet taken (Excel compares names case-insensitively): `Samenvatting`, else `Samenvatting (2)`,
 * `Samenvatting (3)`, ... Names are at most 31 characters.
 */
export function freeSheetName(existing: readonly string[], base: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base.slice(0, 31);
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
