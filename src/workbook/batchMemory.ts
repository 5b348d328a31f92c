/**
 * The in-memory adapter of the batch runner: lists held as matrices (the list's first row is the matrix's first
 * row; a sheet may have title rows above its header row). For the task pane's preview mode outside Excel and for
 * tests of the panel. It runs the same runner as Excel (src/dossiers/runner.ts): the same columns, chunks, checks,
 * scale (a list named `Schaal`), cancellation and summary; summaries go to `summaries`, by sheet name.
 */
import {
  DossierListError,
  isScaleName,
  HEADER_SCAN_ROWS,
  runBatch,
  type BatchProgress,
  type BatchReport,
  type BatchSource,
  type FinishFormat,
  type ListInfo,
  type ListPort,
  type ProbeRequest,
  type ProbeResult,
  type SheetValue,
  type WriteBlock,
} from "../dossiers";
import type { Taal } from "../rules";
import { isHelperSheet, sourceId, sourceLabel, sourceWhere, type BatchPort, type BatchSourceKind } from "./batchPort";
import { WORKBOOK_TEXTS } from "./messages";

export interface MemoryList {
  name: string;
  kind?: BatchSourceKind;
  /** the sheet of a table; a sheet's own name by default */
  sheet?: string;
  /** header row first (title rows may precede it on a sheet); output columns are written into these rows */
  rows: unknown[][];
}

export interface MemoryBatchPort extends BatchPort {
  lists: MemoryList[];
  /** summary sheets written, by name */
  summaries: Map<string, SheetValue[][]>;
  /** the formats the runner asked for, by list name (the last run) */
  formats: Map<string, FinishFormat>;
  /** addresses passed to select() */
  selected: string[];
}

export interface MemoryBatchOptions {
  /** rows per chunk (default 500) */
  chunkRows?: number;
  /** a pause between chunks in ms, so a preview shows the progress bar (default 0) */
  delayMs?: number;
  /** called before each round trip (1-based), e.g. to edit the list in the middle of a run */
  beforeRoundTrip?: (n: number) => void;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function sourceOf(list: MemoryList, taal: Taal = "nl"): BatchSource {
  const kind = list.kind ?? "blad";
  const sheet = list.sheet ?? list.name;
  return { id: sourceId(kind, list.name), kind, name: list.name, sheet, label: sourceLabel(kind, list.name, sheet, taal) };
}

/** The ListPort of one list held in memory. */
class MemoryListPort implements ListPort {
  readonly sourceId: string;
  private count = 0;
  private list!: MemoryList;

  constructor(
    private readonly port: MemoryBatchPort,
    private readonly marks: Map<string, string>,
    id: string,
    private readonly options: MemoryBatchOptions,
  ) {
    this.sourceId = id;
  }

  syncs(): number {
    return this.count;
  }

  private async trip(): Promise<void> {
    this.count++;
    this.options.beforeRoundTrip?.(this.count);
    if ((this.options.delayMs ?? 0) > 0) await pause(this.options.delayMs as number);
  }

  private scaleList(): MemoryList | undefined {
    return this.port.lists.find((l) => isScaleName(l.name) && l !== this.list);
  }

  async open(marker: string, taal: Taal = "nl"): Promise<ListInfo> {
    await this.trip();
    const t = WORKBOOK_TEXTS[taal];
    const list = this.port.lists.find((l) => sourceOf(l).id === this.sourceId);
    if (list === undefined) throw new DossierListError(t.listNotFound(this.sourceId));
    this.list = list;
    const source = sourceOf(list, taal);
    let width = 0;
    for (const row of list.rows) width = Math.max(width, row?.length ?? 0);
    const scan = list.rows.slice(0, HEADER_SCAN_ROWS).map((row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
    const scale = this.scaleList();
    let scaleWidth = 0;
    for (const row of scale?.rows ?? []) scaleWidth = Math.max(scaleWidth, row.length);
    const sheetNames = [...this.port.lists.map((l) => l.sheet ?? l.name), ...this.port.summaries.keys()];
    const own = this.marks.get(marker);
    return {
      source,
      where: sourceWhere(list.kind ?? "blad", list.name, taal),
      sheet: source.sheet,
      top: 0,
      left: 0,
      width,
      height: list.rows.length,
      scan,
      headerIndex: list.kind === "tabel" ? 0 : undefined,
      isTable: list.kind === "tabel",
      sheetNames,
      ownSummary: own !== undefined && this.port.summaries.has(own) ? own : undefined,
      scale: scale === undefined || scale.rows.length === 0 ? undefined : { where: scale.kind === "tabel" ? t.scaleTable(scale.name) : t.scaleSheet(scale.name), rowCount: scale.rows.length, columnCount: scaleWidth },
    };
  }

  async readScale(row: number, count: number): Promise<unknown[][]> {
    await this.trip();
    return (this.scaleList()?.rows ?? []).slice(row, row + count).map((r) => [...r]);
  }

  async read(row: number, count: number, runs: readonly (readonly [number, number])[]): Promise<unknown[][][]> {
    await this.trip();
    return runs.map(([column, width]) =>
      Array.from({ length: count }, (_, i) => Array.from({ length: width }, (_, j) => this.list.rows[row + i]?.[column + j] ?? null)),
    );
  }

  async probe(request: ProbeRequest): Promise<ProbeResult> {
    await this.trip();
    const rows = this.list.rows;
    return {
      header: Array.from({ length: request.width }, (_, c) => rows[request.headerRow]?.[request.left + c] ?? null),
      inputs: request.inputs.map(([column, width]) =>
        Array.from({ length: request.count }, (_, i) => Array.from({ length: width }, (_, j) => rows[request.row + i]?.[column + j] ?? null)),
      ),
      merged: [],
    };
  }

  async addColumns(headerRow: number, column: number, headers: string[]): Promise<void> {
    await this.trip();
    const header = (this.list.rows[headerRow] ??= []);
    headers.forEach((h, k) => (header[column + k] = h));
  }

  async write(blocks: readonly WriteBlock[]): Promise<void> {
    await this.trip();
    for (const block of blocks) {
      block.values.forEach((values, i) => {
        const row = (this.list.rows[block.row + i] ??= []);
        values.forEach((v, j) => (row[block.column + j] = v === "" ? null : v));
      });
    }
  }

  async writeSummary(name: string, at: number, rows: readonly SheetValue[][], _formats: readonly (string | null)[], create?: { replace: boolean; marker: string }): Promise<void> {
    await this.trip();
    if (create !== undefined) {
      this.port.summaries.set(name, []);
      this.marks.set(create.marker, name);
    }
    const sheet = this.port.summaries.get(name) as SheetValue[][];
    rows.forEach((row, i) => (sheet[at + i] = [...row]));
  }

  async finish(format?: FinishFormat): Promise<void> {
    await this.trip();
    // nothing to recalculate in memory; the formats are kept for the preview and the tests
    if (format !== undefined) this.port.formats.set(this.list.name, format);
  }
}

export function createMemoryBatchPort(lists: MemoryList[], options: MemoryBatchOptions = {}): MemoryBatchPort {
  const chunkRows = options.chunkRows ?? 500;
  /** this batch's own summaries: marker -> sheet name */
  const marks = new Map<string, string>();
  const port: MemoryBatchPort = {
    lists,
    summaries: new Map(),
    formats: new Map(),
    selected: [],
    async listSources(taal?: Taal) {
      return lists.filter((l) => !isHelperSheet(l.name)).map((l) => sourceOf(l, taal));
    },
    async select(address: string) {
      port.selected.push(address);
    },
    run(source, onProgress: (p: BatchProgress) => void, signal: AbortSignal, taal?: Taal): Promise<BatchReport> {
      const id = typeof source === "string" ? source : source.id;
      return runBatch(new MemoryListPort(port, marks, id, options), { onProgress, signal, maxRowsPerChunk: chunkRows, firstChunkRows: chunkRows, taal });
    },
  };
  return port;
}
