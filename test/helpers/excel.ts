/**
 * Test helpers, independent of the code under test: Excel 1900 serials computed from JS Date (UTC), the OCMW.*
 * functions looked up by id the way Excel registers them (from the generated metadata), and error assertions.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 for every serial from 61 (1900-03-01) on: 1899-12-30. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30) / MS_PER_DAY;

/** The Excel serial of an ISO date on or after 1900-03-01. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY - EXCEL_EPOCH;
}

/** The ISO date of an Excel serial >= 61. */
export function isoOf(excelSerial: number): string {
  return new Date((excelSerial + EXCEL_EPOCH) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 (the engine's internal "Day"), computed independently. */
export function day(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function isoOfDay(d: number): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

/** EDATE computed with JS Date only: same day `months` later, clamped to the month's last day. */
export function edateIso(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

export const FUNCTIONS_FILE = path.resolve(__dirname, "../../functions/functions.ts");

export type ExcelFn = (...args: unknown[]) => any;

/** All OCMW.* functions by their Excel id (TEKORT, BIJDRAGE.UITLEG, ...), resolved through the metadata's `associate`. */
export async function loadExcelFunctions(): Promise<Map<string, ExcelFn>> {
  const metadata = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, true);
  if (metadata.errors.length > 0) throw new Error(`metadata errors: ${metadata.errors.join("; ")}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require("../../functions/functions") as Record<string, ExcelFn>;
  const byId = new Map<string, ExcelFn>();
  for (const { functionName, id } of metadata.associate) {
    const fn = mod[functionName];
    if (typeof fn !== "function") throw new Error(`${functionName} (${id}) is not exported by functions.ts`);
    byId.set(id, fn);
  }
  return byId;
}

/** Words a Dutch error message of this add-in uses. */
export const DUTCH = /verwacht|mag niet|ontbreekt|geen|moet|onbekende|overlappen|valt na|bereik|te groot|maximum/;

export function caught(fn: () => unknown): unknown {
  let returned: unknown;
  try {
    returned = fn();
  } catch (error) {
    return error;
  }
  throw new Error(`expected the call to throw, but it returned ${JSON.stringify(returned)}`);
}

export function cfError(): new (...args: any[]) => Error {
  return (globalThis as any).CustomFunctions.Error;
}

/** Asserts an Excel error: a CustomFunctions.Error with the code, a Dutch message naming the argument. */
export function expectExcelError(fn: () => unknown, code: "#VALUE!" | "#N/A", argument?: string): any {
  const error = caught(fn) as any;
  expect(error).toBeInstanceOf(cfError());
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe("string");
  expect(error.message).toMatch(DUTCH);
  if (argument !== undefined) expect(error.message).toContain(argument);
  return error;
}

/**
 * The OCMW.* functions called by id as Excel calls them, for a test file: loads them once in a beforeAll and
 * returns `call(id, ...args)`.
 */
export function excelFunctionCaller(): (id: string, ...args: unknown[]) => any {
  let fns: Map<string, ExcelFn> | undefined;
  beforeAll(async () => {
    fns = await loadExcelFunctions();
  }, 30_000);
  return (id, ...args) => {
    const fn = fns?.get(id);
    if (fn === undefined) throw new Error(`no function ${id}`);
    return fn(...args);
  };
}
