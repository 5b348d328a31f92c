/**
 * The in-memory Excel: a small hand-made fake of the Excel JavaScript API objects the batch uses, for tests and the
 * benchmark (it lives in src/ so that nothing outside the tests imports test/).
 *
 * Why not office-addin-mock: its OfficeMockObject is a static tree of values. It cannot create ranges on demand
 * (getRangeByIndexes with any geometry), load navigation paths on collections ("items/name"), or apply queued writes
 * at sync. It is used where it fits: selecting a range
 * (test/workbook/batchExcel.test.ts).
 *
 * What this fake does like Excel:
 * - deferred work: `load()` and writes are queued and happen at `context.sync()`; reading a property that was not
 *   loaded, or before the sync, throws PropertyNotLoaded;
 * - getItem of a missing table/sheet fails at sync (ItemNotFound); getItemOrNullObject gives isNullObject;
 * - a sheet is a grid of values; a table is a header row plus data rows on a sheet; `table.columns.add` appends a
 *   column at the right of the table; `worksheets.add` adds a sheet;
 * - counts syncs, and measures each sync's payload (JSON of the values written and the values loaded), and records
 *   which cells each sync wrote and whether calculation was suspended; a sync whose payload exceeds Excel on the
 *   web's 5 MB fails with RequestPayloadSizeLimitExceeded;
 * - edits made between syncs (`beforeSync`, or changing `grid` directly) are seen by the next sync, as in Excel;
 * - writing text through `values` works as Excel does: in a General cell text starting with = (or +, -, @ followed by
 *   more) becomes a formula (stored as { formula }) and text that reads as a number or a date (00123, 2024-03, 1/3)
 *   becomes a number; in a text cell (number format "@") text stays text; a leading apostrophe makes the rest plain text;
 * - records number formats, fonts, column widths, the autofilter, conditional formats, frozen rows, the page
 *   layout, merged areas, defined names and recalculation requests, for assertions.
 */

import { columnLetter } from "../dossiers/sheet";

/** A formula cell: its text and, when Excel calculated it, its value. */
export interface FormulaCell {
  formula: string;
  value?: string | number | boolean;
}

export type Cell = string | number | boolean | null | FormulaCell;

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden";
  grid: Cell[][];
  /** number formats by "row,column" */
  numberFormats: Map<string, string>;
  /** font name and bold by "row,column" */
  fonts: Map<string, { name?: string; bold?: boolean }>;
  /** column widths in points by column */
  columnWidths: Map<number, number>;
  autoFilter?: { row: number; column: number; rows: number; columns: number };
  conditionalFormats: { row: number; column: number; rows: number; columns: number; formula: string; fill?: string; fontColor?: string }[];
  frozenRows?: number;
  pageLayout: { orientation?: string; paperSize?: string; printTitleRows?: string };
  /** merged areas */
  merges: { row: number; column: number; rows: number; columns: number }[];
}

/** Excel on the web's limit on one request or response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** An error as Office.js gives it: a code and a message. */
export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** header row and first column, 0-based */
  top: number;
  left: number;
  columnCount: number;
  /** data rows */
  rowCount: number;
}

export interface SyncRecord {
  /** JSON bytes of values written in this sync */
  requestBytes: number;
  /** JSON bytes of values loaded in this sync */
  responseBytes: number;
  /** cells written: sheet, first row, first column, rows, columns */
  writes: { sheet: string; row: number; column: number; rows: number; columns: number }[];
  suspended: boolean;
}

type Box = { row: number; column: number; rows: number; columns: number };
const overlaps = (a: Box, b: Box) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;

/** The value Excel gives for a cell: a formula's value, "" for empty. */
function cellValue(v: Cell | undefined): string | number | boolean {
  if (v === undefined || v === null) return "";
  if (typeof v === "object") return v.value ?? "";
  return v;
}

/** Text Excel's General format reads as a number: 00123, -4, 1.5, 1e3, 12% (as en-US Excel reads it). */
const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
/** Text Excel's General format reads as a date: 2024-03, 1/3, 1/3/2024, 2024-03-01, 1.3.2024. */
const DATE_TEXT = /^(\d{4}[-/.]\d{1,2}([-/.]\d{1,2})?|\d{1,2}[-/.]\d{1,2}([-/.]\d{2,4})?)$/;

/** A date's serial as this fake gives it for date-like text (day 1 of 1900 + the parts: only "a number", never text). */
function dateSerial(text: string): number {
  const parts = text.split(/[-/.]/).map(Number);
  return 1 + parts.reduce((n, p) => n * 100 + p, 0);
}

/**
 * What Excel stores for a value written through Range.values into a cell of number format `format`: in a text cell
 * ("@") text stays text; otherwise (General) text starting with = (or +, -, @ followed by more) becomes a formula and
 * text that reads as a number or a date becomes that number or date (00123 -> 123, 1/3 -> a date); a leading
 * apostrophe makes the rest plain text in either.
 */
function stored(v: unknown, format: string | undefined): Cell {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v !== "string") return v as Cell;
  if (v.startsWith("'")) return v.slice(1);
  if (format === "@") return v;
  if (v.startsWith("=")) return { formula: v };
  if (NUMBER_TEXT.test(v.trim())) return v.trim().endsWith("%") ? Number(v.trim().slice(0, -1)) / 100 : Number(v.trim());
  if (DATE_TEXT.test(v.trim())) return dateSerial(v.trim());
  if (/^[+\-@]/.test(v) && v.length > 1) return { formula: `=${v}` };
  return v;
}

class PropertyNotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was not loaded (call load() and context.sync() first)`);
  }
}

type Op = () => void;

/** A loadable object: properties are snapshots taken at sync. */
class Loadable {
  protected loaded = new Map<string, unknown>();
  constructor(protected fake: FakeExcel) {}
  protected snapshot(_prop: string): unknown {
    throw new Error("not loadable");
  }
  load(props?: string | string[]): this {
    const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(",").map((p) => p.trim());
    this.fake.queue(() => this.loadNow(list));
    return this;
  }
  /** Takes the snapshot at once (inside a sync). */
  loadNow(list: string[]): void {
    for (const p of list) {
      const value = this.snapshot(p);
      this.loaded.set(p, value);
      if (p === "values") this.fake.current.responseBytes += JSON.stringify(value).length;
    }
  }
  protected get(prop: string): any {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(prop);
    return this.loaded.get(prop);
  }
}

class FakeRange extends Loadable {
  constructor(
    fake: FakeExcel,
    /** resolves to the sheet and the geometry at sync time; null = a null object */
    private resolve: () => { sheet: FakeSheet; row: number; column: number; rows: number; columns: number } | null,
  ) {
    super(fake);
  }
  protected snapshot(prop: string): unknown {
    const g = this.resolve();
    if (prop === "isNullObject") return g === null;
    if (g === null) return undefined; // a null object's other properties are empty, as in Excel
    switch (prop) {
      case "values": {
        const out: Cell[][] = [];
        for (let r = 0; r < g.rows; r++) {
          const row: Cell[] = [];
          const src = g.sheet.grid[g.row + r] ?? [];
          for (let c = 0; c < g.columns; c++) {
            row.push(cellValue(src[g.column + c]) as Cell);
          }
          out.push(row);
        }
        return out;
      }
      case "rowIndex":
        return g.row;
      case "columnIndex":
        return g.column;
      case "rowCount":
        return g.rows;
      case "columnCount":
        return g.columns;
      case "address":
        return `${g.sheet.name}!${a1(g)}`;
      default:
        throw new Error(`fake range: unknown property ${prop}`);
    }
  }
  get values(): Cell[][] {
    return this.get("values");
  }
  set values(values: Cell[][]) {
    const copy = values.map((row) => [...row]);
    this.fake.current.requestBytes += JSON.stringify(copy).length;
    this.fake.queue(() => {
      const g = this.resolve();
      if (g === null) throw new Error("InvalidReference: writing to a null object");
      if (copy.length !== g.rows || copy.some((row) => row.length !== g.columns)) {
        throw new Error(`InvalidArgument: ${copy.length}x${copy[0]?.length} values for a ${g.rows}x${g.columns} range`);
      }
      for (let r = 0; r < g.rows; r++) {
        const target = (g.sheet.grid[g.row + r] ??= []);
        for (let c = 0; c < g.columns; c++) target[g.column + c] = stored(copy[r][c], g.sheet.numberFormats.get(`${g.row + r},${g.column + c}`));
      }
      this.fake.current.writes.push({ sheet: g.sheet.name, row: g.row, column: g.column, rows: g.rows, columns: g.columns });
    });
  }
  set numberFormat(formats: string[][]) {
    this.fake.current.requestBytes += JSON.stringify(formats).length;
    this.fake.queue(() => {
      const g = this.geometry();
      if (formats.length !== g.rows || formats.some((row) => row.length !== g.columns)) {
        throw new FakeOfficeError("InvalidArgument", `${formats.length}x${formats[0]?.length} formats for a ${g.rows}x${g.columns} range`);
      }
      for (let r = 0; r < g.rows; r++) for (let c = 0; c < g.columns; c++) g.sheet.numberFormats.set(`${g.row + r},${g.column + c}`, formats[r][c]);
    });
  }
  private geometry() {
    const g = this.resolve();
    if (g === null) throw new FakeOfficeError("InvalidReference", "a null object");
    return g;
  }
  /** format.font (name, bold), format.columnWidth */
  get format() {
    const each = (fn: (sheet: FakeSheet, row: number, column: number) => void) =>
      this.fake.queue(() => {
        const g = this.geometry();
        for (let r = 0; r < g.rows; r++) for (let c = 0; c < g.columns; c++) fn(g.sheet, g.row + r, g.column + c);
      });
    const font = (prop: "name" | "bold", value: unknown) =>
      each((sheet, r, c) => {
        const key = `${r},${c}`;
        sheet.fonts.set(key, { ...sheet.fonts.get(key), [prop]: value });
      });
    return {
      font: {
        set name(v: string) {
          font("name", v);
        },
        set bold(v: boolean) {
          font("bold", v);
        },
      },
      set columnWidth(points: number) {
        each((sheet, _r, c) => sheet.columnWidths.set(c, points));
      },
    };
  }
  get conditionalFormats() {
    return {
      clearAll: () =>
        this.fake.queue(() => {
          const g = this.geometry();
          g.sheet.conditionalFormats = g.sheet.conditionalFormats.filter((cf) => !overlaps(cf, g));
        }),
      add: (type: string) => {
        if (type !== "Custom") throw new Error(`fake: conditional format ${type} not supported`);
        const cf = { formula: "", fill: undefined as string | undefined, fontColor: undefined as string | undefined };
        this.fake.queue(() => {
          const g = this.geometry();
          g.sheet.conditionalFormats.push({ row: g.row, column: g.column, rows: g.rows, columns: g.columns, ...cf });
        });
        return {
          custom: {
            rule: {
              set formula(f: string) {
                cf.formula = f;
              },
            },
            format: {
              fill: {
                set color(c: string) {
                  cf.fill = c;
                },
              },
              font: {
                set color(c: string) {
                  cf.fontColor = c;
                },
              },
            },
          },
        };
      },
    };
  }
  /** The merged areas that overlap this range: a loadable with isNullObject and address. */
  getMergedAreasOrNullObject(): MergedAreas {
    return new MergedAreas(this.fake, () => {
      const g = this.geometry();
      const found = g.sheet.merges.filter((m) => overlaps(m, g));
      return found.length === 0 ? null : found.map((m) => `${g.sheet.name}!${a1(m)}`).join(", ");
    });
  }
  clear(): void {
    this.fake.queue(() => {
      const g = this.geometry();
      for (let r = 0; r < g.rows; r++) {
        const row = g.sheet.grid[g.row + r];
        if (row === undefined) continue;
        for (let c = 0; c < g.columns && g.column + c < row.length; c++) row[g.column + c] = null;
      }
      for (const key of [...g.sheet.numberFormats.keys()]) {
        const [r, c] = key.split(",").map(Number);
        if (overlaps({ row: r, column: c, rows: 1, columns: 1 }, g)) g.sheet.numberFormats.delete(key);
      }
    });
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  /** The geometry at sync time (for the fake's own objects). */
  box(): Box & { sheet: FakeSheet } {
    return this.geometry();
  }
  select(): void {
    this.fake.queue(() => {
      const g = this.resolve();
      if (g === null) throw new Error("InvalidReference");
      this.fake.selection = { sheet: g.sheet.name, row: g.row, column: g.column, rows: g.rows, columns: g.columns };
    });
  }
}

class MergedAreas extends Loadable {
  constructor(fake: FakeExcel, private find: () => string | null) {
    super(fake);
  }
  protected snapshot(prop: string): unknown {
    const found = this.find();
    if (prop === "isNullObject") return found === null;
    if (prop === "address") return found ?? "";
    throw new Error(`fake merged areas: unknown property ${prop}`);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

/** A box as A1 text, "B2:C4" or "B2". */
function a1(g: Box): string {
  const letter = columnLetter;
  const first = `${letter(g.column)}${g.row + 1}`;
  return g.rows === 1 && g.columns === 1 ? first : `${first}:${letter(g.column + g.columns - 1)}${g.row + g.rows}`;
}

function usedBox(sheet: FakeSheet): { row: number; column: number; rows: number; columns: number } | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.grid.forEach((row, r) => {
    row?.forEach((v, c) => {
      if (v === null || v === undefined || v === "") return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    });
  });
  return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

function parseA1(address: string): { row: number; column: number; rows: number; columns: number } {
  const cell = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a.replace(/\$/g, ""));
    if (!m) throw new Error(`fake: cannot parse ${a}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, column: col - 1 };
  };
  const [a, b = a] = address.split(":");
  const p = cell(a);
  const q = cell(b);
  return { row: p.row, column: p.column, rows: q.row - p.row + 1, columns: q.column - p.column + 1 };
}

class FakeWorksheet extends Loadable {
  constructor(fake: FakeExcel, private resolveSheet: () => FakeSheet | null, private missing = "ItemNotFound") {
    super(fake);
  }
  private sheet(): FakeSheet {
    const s = this.resolveSheet();
    if (s === null) throw new FakeOfficeError(this.missing, "worksheet");
    return s;
  }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return this.resolveSheet() === null;
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    throw new Error(`fake worksheet: unknown property ${prop}`);
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    if (rows < 1 || columns < 1) throw new Error(`InvalidArgument: getRangeByIndexes(${row}, ${column}, ${rows}, ${columns})`);
    return new FakeRange(this.fake, () => ({ sheet: this.sheet(), row, column, rows, columns }));
  }
  /** A range by address; without one, the whole sheet (as far as it is used). */
  getRange(address?: string): FakeRange {
    if (address === undefined) {
      return new FakeRange(this.fake, () => {
        const s = this.sheet();
        let columns = 1;
        for (const row of s.grid) if (row) columns = Math.max(columns, row.length);
        return { sheet: s, row: 0, column: 0, rows: Math.max(1, s.grid.length), columns };
      });
    }
    return new FakeRange(this.fake, () => ({ sheet: this.sheet(), ...parseA1(address) }));
  }
  get autoFilter() {
    return {
      apply: (range: FakeRange) =>
        this.fake.queue(() => {
          const g = range.box();
          this.sheet().autoFilter = { row: g.row, column: g.column, rows: g.rows, columns: g.columns };
        }),
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => this.fake.queue(() => (this.sheet().frozenRows = n)) };
  }
  get pageLayout() {
    const layout = () => this.sheet().pageLayout;
    const fake = this.fake;
    return {
      set orientation(v: string) {
        fake.queue(() => (layout().orientation = v));
      },
      set paperSize(v: string) {
        fake.queue(() => (layout().paperSize = v));
      },
      setPrintTitleRows: (rows: string) => fake.queue(() => (layout().printTitleRows = rows)),
    };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.fake, () => {
      const s = this.sheet();
      const box = usedBox(s);
      return box === null ? null : { sheet: s, ...box };
    });
  }
  activate(): void {
    this.fake.queue(() => (this.fake.activeSheet = this.sheet().name));
  }
}

class FakeTableProxy extends Loadable {
  readonly columns: { add: (index?: number, values?: unknown, name?: string) => void };
  readonly worksheet: FakeWorksheet;
  constructor(fake: FakeExcel, private resolveTable: () => FakeTable | null) {
    super(fake);
    this.worksheet = new FakeWorksheet(fake, () => this.table().sheet);
    this.columns = {
      add: (index?: number, values?: unknown, name?: string) => {
        if (index !== undefined && index !== null) throw new Error("fake: only appending columns is supported");
        if (values !== undefined && values !== null) throw new Error("fake: adding a column with values is not supported");
        fake.queue(() => {
          const t = this.table();
          const column = t.left + t.columnCount;
          // Excel shifts the cells on the table's rows to the right; nothing sits there in these tests
          for (let r = t.top; r <= t.top + t.rowCount; r++) {
            const row = (t.sheet.grid[r] ??= []);
            if (row[column] !== undefined && row[column] !== null) throw new Error("fake: a cell right of the table is not empty");
          }
          (t.sheet.grid[t.top] ??= [])[column] = name ?? `Kolom${t.columnCount + 1}`;
          t.columnCount++;
          fake.current.writes.push({ sheet: t.sheet.name, row: t.top, column, rows: 1, columns: 1 });
        });
      },
    };
  }
  private table(): FakeTable {
    const t = this.resolveTable();
    if (t === null) throw new FakeOfficeError("ItemNotFound", "table");
    return t;
  }
  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return this.resolveTable() === null;
    if (prop === "name") return this.table().name;
    throw new Error(`fake table: unknown property ${prop}`);
  }
  get name(): string {
    return this.get("name");
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(this.fake, () => {
      const t = this.table();
      return { sheet: t.sheet, row: t.top, column: t.left, rows: 1, columns: t.columnCount };
    });
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.fake, () => {
      const t = this.table();
      return { sheet: t.sheet, row: t.top + 1, column: t.left, rows: t.rowCount, columns: t.columnCount };
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.fake, () => {
      const t = this.table();
      return { sheet: t.sheet, row: t.top, column: t.left, rows: t.rowCount + 1, columns: t.columnCount };
    });
  }
}

class FakeCollection<P> {
  private loadedItems: P[] | undefined;
  constructor(private fake: FakeExcel, private all: () => P[], private loadItem: (p: P, props: string[]) => void) {}
  load(props: string): this {
    const itemProps = props
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.startsWith("items/"))
      .map((p) => p.slice("items/".length));
    this.fake.queue(() => {
      const items = this.all();
      for (const item of items) this.loadItem(item, itemProps);
      this.loadedItems = items;
    });
    return this;
  }
  get items(): P[] {
    if (this.loadedItems === undefined) throw new PropertyNotLoaded("items");
    return this.loadedItems;
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  syncs: SyncRecord[] = [];
  current: SyncRecord = FakeExcel.record();
  selection?: { sheet: string; row: number; column: number; rows: number; columns: number };
  activeSheet?: string;
  /** called before each sync is applied, with its number (1-based): for cancelling or failing in the middle */
  beforeSync?: (n: number) => void;
  private pending: Op[] = [];

  static record(): SyncRecord {
    return { requestBytes: 0, responseBytes: 0, writes: [], suspended: false };
  }

  /** defined names: name -> the sheet and cell it refers to */
  names = new Map<string, { sheet: FakeSheet; row: number; column: number; comment?: string }>();
  /** recalculation requests */
  calculations: string[] = [];

  addSheet(name: string, rows: Cell[][] = [], visibility: FakeSheet["visibility"] = "Visible"): FakeSheet {
    const sheet: FakeSheet = {
      name,
      visibility,
      grid: rows.map((r) => [...r]),
      numberFormats: new Map(),
      fonts: new Map(),
      columnWidths: new Map(),
      conditionalFormats: [],
      pageLayout: {},
      merges: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** A table whose header row is at (top, left) of an existing sheet, spanning the given columns and data rows. */
  addTable(name: string, sheet: FakeSheet, top: number, left: number, columnCount: number, rowCount: number): FakeTable {
    const table = { name, sheet, top, left, columnCount, rowCount };
    this.tables.push(table);
    return table;
  }

  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  table(name: string): FakeTable | null {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  queue(op: Op): void {
    this.pending.push(op);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** The request context (typed loosely: only what the batch uses exists). */
  readonly context: any = {
    sync: async () => {
      // a failed sync loses its queued work, as in Office.js (nothing of it reaches the next sync)
      const ops = this.pending;
      this.pending = [];
      const record = this.current;
      try {
        this.beforeSync?.(this.syncs.length + 1);
        if (record.requestBytes > PAYLOAD_LIMIT) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `${record.requestBytes} bytes`);
        for (const op of ops) op();
        if (record.responseBytes > PAYLOAD_LIMIT) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `${record.responseBytes} bytes`);
      } finally {
        this.syncs.push(record);
        this.current = FakeExcel.record();
      }
    },
    application: {
      suspendApiCalculationUntilNextSync: () => {
        this.current.suspended = true;
      },
      calculate: (type: string) => this.queue(() => this.calculations.push(type)),
    },
    workbook: {
      worksheets: {
        load: (props: string) =>
          new FakeCollection<FakeWorksheet>(
            this,
            () => this.sheets.map((s) => new FakeWorksheet(this, () => s)),
            (w, props) => w.loadNow(props),
          ).load(props),
        getItem: (name: string) => new FakeWorksheet(this, () => this.sheet(name)),
        getItemOrNullObject: (name: string) => new FakeWorksheet(this, () => this.sheet(name)),
        getActiveWorksheet: () => new FakeWorksheet(this, () => this.sheet(this.activeSheet ?? this.sheets[0].name)),
        add: (name: string) => {
          this.queue(() => {
            if (this.sheet(name) !== null) throw new FakeOfficeError("ItemAlreadyExists", name);
            this.addSheet(name);
          });
          return new FakeWorksheet(this, () => this.sheet(name));
        },
      },
      names: {
        getItemOrNullObject: (name: string) => new FakeName(this, name),
        getItem: (name: string) => ({
          delete: () =>
            this.queue(() => {
              if (!this.names.delete(name.toLowerCase())) throw new FakeOfficeError("ItemNotFound", name);
            }),
        }),
        add: (name: string, reference: FakeRange, comment?: string) => {
          this.queue(() => {
            if (this.names.has(name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", name);
            const g = reference.box();
            this.names.set(name.toLowerCase(), { sheet: g.sheet, row: g.row, column: g.column, comment });
          });
        },
      },
      tables: {
        load: (props: string) =>
          new FakeCollection<FakeTableProxy>(
            this,
            () => this.tables.map((t) => new FakeTableProxy(this, () => t)),
            (t, props) => t.loadNow(props),
          ).load(props),
        getItem: (name: string) => new FakeTableProxy(this, () => this.table(name)),
        getItemOrNullObject: (name: string) => new FakeTableProxy(this, () => this.table(name)),
      },
    },
  };

  /** The values of a sheet as a dense matrix (null for empty cells), for assertions. */
  values(sheetName: string): Cell[][] {
    const sheet = this.sheet(sheetName);
    if (sheet === null) throw new Error(`no sheet ${sheetName}`);
    let width = 0;
    for (const row of sheet.grid) if (row) width = Math.max(width, row.length);
    return Array.from({ length: sheet.grid.length }, (_, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = sheet.grid[r]?.[c];
        return v === undefined || v === "" ? null : v;
      }),
    );
  }
}

/** A defined name: isNullObject and formula ("='Blad 1'!$A$1"; a deleted sheet gives "=#REF!$A$1"). */
class FakeName extends Loadable {
  constructor(fake: FakeExcel, private readonly name: string) {
    super(fake);
  }
  protected snapshot(prop: string): unknown {
    const item = this.fake.names.get(this.name.toLowerCase());
    if (prop === "isNullObject") return item === undefined;
    if (prop === "formula") {
      if (item === undefined) return undefined;
      const alive = this.fake.sheets.includes(item.sheet);
      const sheet = /^[A-Za-z_][A-Za-z0-9_]*$/.test(item.sheet.name) ? item.sheet.name : `'${item.sheet.name.replace(/'/g, "''")}'`;
      return alive ? `=${sheet}!$${a1({ row: item.row, column: item.column, rows: 1, columns: 1 }).replace(/(\d+)$/, "$$$1")}` : "=#REF!$A$1";
    }
    throw new Error(`fake name: unknown property ${prop}`);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get formula(): string {
    return this.get("formula");
  }
}
