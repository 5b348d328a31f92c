/**
 * The official recovery scale as a table the user gives (SPEC 1, BIJDRAGE `schaal`): 4 or 5 columns,
 * `personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag | [vanaf]`, an optional header row.
 *
 * Rows with the same `vanaf` form one version; rows without `vanaf` one version in force from the beginning until the
 * first dated one. A version replaces the previous one wholly. Parsing is linear in the rows apart from one sort per
 * group, and a table passed again with the same content is not parsed again (Excel hands over a new array each call).
 */
import { argName, msg } from "./language";
import { formatDay, type Day } from "./excelDate";
import { invalid, unavailable } from "./errors";
import { isEmpty, isEmptyOrZero } from "./input/common";
import { amount, optionalAmount } from "./input/amount";
import { count } from "./input/count";
import { date } from "./input/date";
import { Decimal, formatAmount, ZERO } from "./money";
import { parseNumberText } from "./numberText";
import type { Step } from "./trace";

/** One row of the official scale: for `personenTenLaste`, a household income in [van, tot) gives `maandbedrag`. */
export interface ScaleRow {
  personenTenLaste: number;
  van: Decimal;
  /** undefined: no upper bound */
  tot?: Decimal;
  maandbedrag: Decimal;
  /** the day the row's version takes effect; undefined: from the beginning */
  vanaf?: Day;
  /** 1-based row number in the range the user gave, for messages and the trace */
  row: number;
}

/** One version: its rows per personen_ten_laste, each group sorted by inkomen_van. */
export interface ScaleVersion {
  vanaf?: Day;
  /** the personen_ten_laste values present, ascending */
  keys: number[];
  groups: Map<number, { rows: ScaleRow[]; vanNumbers: number[] }>;
}

export interface ScaleTable {
  rows: ScaleRow[];
}

/** The scale's columns by name, in the language of the call (messages name the column of a bad cell). */
const SCALE_COLUMNS = ["schaal.col.personenTenLaste", "schaal.col.inkomenVan", "schaal.col.inkomenTot", "schaal.col.maandbedrag", "schaal.col.vanaf"] as const;
const COLUMN_TEXT = (): string => msg("schaal.columns");

function isNumberLike(cell: unknown): boolean {
  if (typeof cell === "number") return true;
  if (cell instanceof Decimal) return true;
  return typeof cell === "string" && parseNumberText(cell) !== undefined;
}

/** Row 1 is a header when none of its first four cells is a number or number text. */
function isHeader(cells: unknown[]): boolean {
  return cells.slice(0, 4).every((c) => !isNumberLike(c)) && cells.some((c) => !isEmpty(c));
}

function parseRows(matrix: unknown[], argument: string): ScaleRow[] {
  const rows: ScaleRow[] = [];
  for (let index = 0; index < matrix.length; index++) {
    const rawRow = matrix[index];
    const cells = Array.isArray(rawRow) ? (rawRow as unknown[]) : [rawRow];
    // A blank row: every cell empty, or 0 as Excel for Windows hands over the empty cells of a range (a row of only
    // zeros would otherwise read as "0 personen ten laste, from 0, no upper bound, 0 EUR" and answer 0 silently).
    let blank = true;
    for (let c = 0; c < cells.length; c++) if (!isEmptyOrZero(cells[c])) blank = false;
    if (blank) continue;
    if (cells.length !== 4 && cells.length !== 5) {
      throw invalid(argument, msg("schaal.width", { columns: COLUMN_TEXT(), width: cells.length }));
    }
    const rowNumber = index + 1;
    if (index === 0 && isHeader(cells)) continue;
    const at = (c: number) => msg("at.rowColumn", { argument: argName(argument), row: rowNumber, column: msg(SCALE_COLUMNS[c]) });
    const van = amount(cells[1], at(1));
    // Excel for Windows hands an empty cell of a range over as 0; an upper bound of 0 means nothing else.
    const rawTot = optionalAmount(cells[2], at(2));
    const tot = rawTot !== undefined && rawTot.isZero() ? undefined : rawTot;
    if (tot !== undefined && !tot.greaterThan(van)) {
      throw invalid(at(2), msg("schaal.totNotAbove", { column: msg(SCALE_COLUMNS[1]), van: formatAmount(van) }));
    }
    const rawVanaf = cells.length === 5 ? cells[4] : undefined;
    const vanaf = isEmptyOrZero(rawVanaf) ? undefined : date(rawVanaf, at(4));
    rows.push({ personenTenLaste: count(cells[0], at(0), 0), van, tot, maandbedrag: amount(cells[3], at(3)), vanaf, row: rowNumber });
  }
  return rows;
}

/** Groups the rows into versions and groups, sorted, and refuses overlapping rows within a group. */
function buildVersions(rows: ScaleRow[], argument: string): ScaleVersion[] {
  const byVanaf = new Map<number, ScaleRow[]>();
  for (const row of rows) {
    const key = row.vanaf ?? -Infinity;
    let list = byVanaf.get(key);
    if (list === undefined) byVanaf.set(key, (list = []));
    list.push(row);
  }
  const versions: ScaleVersion[] = [];
  for (const key of [...byVanaf.keys()].sort((a, b) => a - b)) {
    const groups = new Map<number, ScaleRow[]>();
    for (const row of byVanaf.get(key)!) {
      let g = groups.get(row.personenTenLaste);
      if (g === undefined) groups.set(row.personenTenLaste, (g = []));
      g.push(row);
    }
    const version: ScaleVersion = { vanaf: key === -Infinity ? undefined : key, keys: [...groups.keys()].sort((a, b) => a - b), groups: new Map() };
    for (const [n, group] of groups) {
      // Sort by the number (exact ordering for euro amounts up to 10^12 with cents), then check neighbours exactly.
      const sorted = group
        .map((row) => ({ row, key: row.van.toNumber() }))
        .sort((a, b) => a.key - b.key || a.row.van.comparedTo(b.row.van));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1].row;
        const next = sorted[i].row;
        if (prev.tot === undefined || prev.tot.greaterThan(next.van)) {
          const first = Math.min(prev.row, next.row);
          const second = Math.max(prev.row, next.row);
          throw invalid(
            argument,
            version.vanaf === undefined
              ? msg("schaal.overlap", { first, second, n })
              : msg("schaal.overlapVersion", { first, second, n, vanaf: formatDay(version.vanaf) }),
          );
        }
      }
      version.groups.set(n, { rows: sorted.map((s) => s.row), vanNumbers: sorted.map((s) => s.key) });
    }
    versions.push(version);
  }
  return versions;
}

/** The versions of a table, built once per table object. */
const versionsOf = new WeakMap<ScaleTable, ScaleVersion[]>();

function versions(table: ScaleTable, argument = "schaal"): ScaleVersion[] {
  let v = versionsOf.get(table);
  if (v === undefined) versionsOf.set(table, (v = buildVersions(table.rows, argument)));
  return v;
}

/** Recently parsed tables, compared by content: a copy of the raw cells and the parsed table. */
interface CacheEntry {
  cells: unknown[][];
  table: ScaleTable;
}
const CACHE_SIZE = 4;
const cache: CacheEntry[] = [];

function rowCells(rawRow: unknown): unknown[] {
  return Array.isArray(rawRow) ? (rawRow as unknown[]) : [rawRow];
}

function sameContent(cells: unknown[][], matrix: unknown[]): boolean {
  if (cells.length !== matrix.length) return false;
  for (let r = 0; r < cells.length; r++) {
    const a = cells[r];
    const b = rowCells(matrix[r]);
    if (a.length !== b.length) return false;
    for (let c = 0; c < a.length; c++) {
      if (a[c] !== b[c]) return false;
    }
  }
  return true;
}

/**
 * Reads the official scale from a range of 4 or 5 columns (see the file comment). Empty rows are skipped; rows of one
 * personen_ten_laste within one version may not overlap. The same content passed again returns the parsed table.
 */
export function parseSchaal(matrix: unknown, argument = "schaal"): ScaleTable {
  if (!Array.isArray(matrix)) throw invalid(argument, msg("schaal.notRange", { columns: COLUMN_TEXT() }));
  const raw = matrix as unknown[];
  for (let i = 0; i < cache.length; i++) {
    if (sameContent(cache[i].cells, raw)) {
      const hit = cache[i];
      if (i > 0) {
        cache.splice(i, 1);
        cache.unshift(hit);
      }
      return hit.table;
    }
  }
  const rows = parseRows(raw, argument);
  if (rows.length === 0) {
    throw invalid(argument, msg("schaal.noRows", { argument: argName("schaal") }));
  }
  const table: ScaleTable = { rows };
  versionsOf.set(table, buildVersions(rows, argument));
  cache.unshift({ cells: raw.map((r) => rowCells(r).slice()), table });
  if (cache.length > CACHE_SIZE) cache.pop();
  return table;
}

/** Checks a table built elsewhere (rows given directly): overlapping rows are refused here too. */
export function checkSchaal(table: ScaleTable, argument = "schaal"): void {
  versions(table, argument);
}

/** The version in force on `day` (undefined: the latest). */
function versionAt(all: ScaleVersion[], day: Day | undefined): ScaleVersion {
  if (day === undefined) return all[all.length - 1];
  for (let i = all.length - 1; i >= 0; i--) {
    const v = all[i];
    if (v.vanaf === undefined || v.vanaf <= day) return v;
  }
  throw unavailable("schaal", msg("schaal.noVersion", { day: formatDay(day), first: formatDay(all[0].vanaf!) }));
}

/**
 * The scale's monthly amount for `n` personen ten laste and a yearly household income, on `day`: the version in
 * force, the rows of the largest personen_ten_laste <= n, the row with inkomen_van <= income < inkomen_tot; below
 * every row 0. An income the table does not cover is not invented (#N/A). The steps are written to `steps` when given.
 */
export function scaleAmount(table: ScaleTable, n: number, gezinsinkomen: Decimal, day: Day | undefined, steps: Step[] | undefined): Decimal {
  const all = versions(table);
  const version = versionAt(all, day);
  if (steps !== undefined && (version.vanaf !== undefined || all.length > 1)) {
    steps.push({
      label:
        version.vanaf === undefined ? msg("step.schaalZonderDatum") : msg("step.schaalVersie", { vanaf: formatDay(version.vanaf) }),
    });
  }
  let groupKey = -1;
  for (const k of version.keys) if (k <= n) groupKey = k;
  if (groupKey < 0) {
    throw unavailable("schaal", msg("schaal.noGroup", { n }));
  }
  const group = version.groups.get(groupKey)!;
  steps?.push({ label: msg("step.schaalGroep", { group: groupKey, n }), quantity: groupKey });
  const rows = group.rows;
  // binary search on the numbers, then exact Decimal checks around the candidate
  const income = gezinsinkomen.toNumber();
  let lo = 0;
  let hi = rows.length - 1;
  let i = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (group.vanNumbers[mid] <= income) {
      i = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  while (i >= 0 && rows[i].van.greaterThan(gezinsinkomen)) i--;
  while (i + 1 < rows.length && rows[i + 1].van.lessThanOrEqualTo(gezinsinkomen)) i++;
  if (i < 0) {
    steps?.push({ label: msg("step.schaalOnder", { lowest: formatAmount(rows[0].van) }), amount: ZERO });
    return ZERO;
  }
  const match = rows[i];
  if (match.tot === undefined || gezinsinkomen.lessThan(match.tot)) {
    if (steps !== undefined) {
      const label =
        match.tot === undefined
          ? msg("step.schaalRijVanaf", { row: match.row, van: formatAmount(match.van) })
          : msg("step.schaalRij", { row: match.row, van: formatAmount(match.van), tot: formatAmount(match.tot) });
      steps.push({ label, amount: match.maandbedrag });
    }
    return match.maandbedrag;
  }
  throw unavailable("schaal", msg("schaal.notCovered", { income: formatAmount(gezinsinkomen), n: groupKey }));
}
