/**
 * Cells of a dossier list as they arrive from Excel, ExcelJS or a CSV file, turned into values the rules accept.
 * Pure: no Office, no Node I/O.
 *
 * - numbers pass as they are; Belgian number text ("1.234,56", "€ 93,25") becomes a number (or a Decimal when it
 *   has more digits than a double holds exactly); empty text is empty;
 * - JS Date objects (ExcelJS gives them for date cells) become Excel serials, read in UTC;
 * - in the Datum column, date text "25/03/2009", "25-3-2009", "25.03.2009" or "2009-03-25" becomes a serial too
 *   (a CSV export writes dates as text);
 * - other text and booleans pass unchanged, so the rule refuses them with a message that quotes them.
 */
import { Decimal, parseDateText, parseNumberText, utcDateToSerial, type CellValue } from "../rules";
import { DOSSIER_TEXTS, dossierTexts } from "./messages";

/** A date cell as ExcelJS gives it: the Excel serial of its UTC calendar day (src/rules/excelDate.ts). */
export const dateToSerial = utcDateToSerial;

/**
 * A formula cell without a stored (calculated) value, as a script-written workbook holds it. It is never read as an
 * empty cell: its row gets {@link FORMULA_WITHOUT_VALUE_MESSAGE} (SPEC 3).
 */
export const FORMULA_WITHOUT_VALUE = Object.freeze({ formulaWithoutValue: true as const });
export type FormulaWithoutValue = typeof FORMULA_WITHOUT_VALUE;

/** The Dutch text; {@link formulaWithoutValueMessage} gives it in the rules' current language. */
export const FORMULA_WITHOUT_VALUE_MESSAGE = DOSSIER_TEXTS.nl.formulaWithoutValue;

/** "formule zonder berekende waarde: ..." in the rules' current language (`withLanguage`). */
export function formulaWithoutValueMessage(): string {
  return dossierTexts().formulaWithoutValue;
}

/** True for a cell that is a formula without a stored value (the marker, or an ExcelJS formula object without result). */
export function isFormulaWithoutValue(value: unknown): boolean {
  if (value === FORMULA_WITHOUT_VALUE) return true;
  if (value === null || typeof value !== "object" || value instanceof Date || value instanceof Decimal) return false;
  const v = value as Record<string, unknown>;
  return ("formula" in v || "sharedFormula" in v) && (!("result" in v) || v.result === undefined);
}

/** Values an ExcelJS cell can hold besides plain ones: formula results, rich text, hyperlinks, errors. */
function unwrapObject(value: object): unknown {
  const v = value as Record<string, unknown>;
  if (isFormulaWithoutValue(v)) return FORMULA_WITHOUT_VALUE;
  if ("result" in v) return v.result;
  if (Array.isArray(v.richText)) return (v.richText as { text?: string }[]).map((part) => part.text ?? "").join("");
  if (typeof v.text === "string") return v.text;
  if (typeof v.error === "string") return v.error;
  return dossierTexts().unknownCellValue;
}

/**
 * Plain digits with an optional minus and an optional decimal comma ("31723", "-5", "1234,5"): read without regular
 * expressions, as most cells of a CSV file look like this. Returns undefined for anything else.
 */
function fastNumber(text: string): number | undefined {
  const length = text.length;
  if (length === 0 || length > 17) return undefined;
  const i = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (i === length) return undefined;
  let comma = -1;
  for (let k = i; k < length; k++) {
    const c = text.charCodeAt(k);
    if (c === 44 /* , */) {
      if (comma >= 0 || k === i || k === length - 1) return undefined;
      comma = k;
    } else if (c < 48 || c > 57) return undefined;
  }
  if (length - i - (comma < 0 ? 0 : 1) > 15) return undefined;
  // at most 15 significant digits: the double is then exact in its shortest form, which is what Decimal reads
  return Number(comma < 0 ? text : text.slice(0, comma) + "." + text.slice(comma + 1));
}

/** A cell for a rule argument that expects a number: see the module comment. */
export function numberCell(value: unknown): CellValue {
  if (typeof value === "number") return value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return null;
    const fast = fastNumber(text);
    if (fast !== undefined) return fast;
    const parsed = parseNumberText(text);
    return parsed === undefined ? value : parsed;
  }
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value) ?? dossierTexts().invalidDate;
  if (value instanceof Decimal) return value;
  if (typeof value === "object") {
    const inner = unwrapObject(value);
    return inner === FORMULA_WITHOUT_VALUE ? formulaWithoutValueMessage() : numberCell(inner);
  }
  return String(value);
}

const dateTextCache = new Map<string, number | null>();

/** Date text in a cell (the rules' one reading of date text), remembered: a list repeats the same few dates. */
function dateText(text: string): number | undefined {
  const cached = dateTextCache.get(text);
  if (cached !== undefined) return cached === null ? undefined : cached;
  const result = parseDateText(text);
  if (dateTextCache.size > 10_000) dateTextCache.clear();
  dateTextCache.set(text, result === undefined ? null : result);
  return result;
}

/** A cell for a date argument: a serial, a Date, date text (d/m/jjjj or jjjj-mm-dd) or a serial as text. */
export function dateCell(value: unknown): CellValue {
  if (typeof value === "number") return value;
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return null;
    const serial = dateText(text);
    if (serial !== undefined) return serial;
  }
  return numberCell(value);
}

/** True for a cell that holds nothing (null, undefined, blank text). */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") {
    const length = value.length;
    if (length === 0) return true;
    // cheap check before trimming: most cells start with a visible character
    const first = value.charCodeAt(0);
    if (first > 32 && first !== 160) return false;
    return value.trim() === "";
  }
  if (typeof value === "object" && !(value instanceof Date) && !(value instanceof Decimal)) {
    const inner = unwrapObject(value);
    return inner === FORMULA_WITHOUT_VALUE ? false : isBlank(inner);
  }
  return false;
}

/**
 * A cell as text for a message or a label (the child's name, the dossier number as shown): numbers without
 * decoration, text trimmed, empty text when blank. The one `cellText` of the batch.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return String(dateToSerial(value) ?? "");
  if (typeof value === "object" && !(value instanceof Decimal)) {
    const inner = unwrapObject(value);
    return inner === FORMULA_WITHOUT_VALUE ? "" : cellText(inner);
  }
  return String(value);
}

/**
 * The dossier key of a cell (SPEC 3): its text trimmed and compared case-insensitively, everywhere (batch,
 * "Van selectie"). Two cells belong to the same dossier when their keys are equal. Empty when blank.
 */
export function dossierKey(value: unknown): string {
  const text = cellText(value);
  return text === "" ? text : text.toLowerCase();
}

/** True when two cells name the same dossier (trimmed, case-insensitive). */
export function sameDossier(a: unknown, b: unknown): boolean {
  return dossierKey(a) === dossierKey(b);
}
