/**
 * Batch recalculation of a dossier list (SPEC 3): rows in, rows out. Pure: no Office, no Node I/O.
 *
 * One row per child. Rows are grouped by `Dossier`. Per dossier: the deficit (the `Tekort` column, or OCMW.TEKORT
 * from Ligdagprijs, Dagen, Bijkomende kosten, Inkomsten, Zakgeld and Datum), the number of children (`Aantal kinderen`,
 * else the dossier's rows) and the kindsdeel. Per row: the vrijstelling for the row's personen ten laste and datum,
 * the bijdrage (the scale table when given, else the built-in approximation) and a `Status`: `OK` or the error of that
 * row, in the rules' current language (`withLanguage`: Dutch by default, French for a French run; texts in messages.ts). Per dossier a summary: deficit, children, sum of contributions, OCMW share.
 *
 * Rules of the game:
 * - a bad row never stops the others; a dossier whose rows disagree on a dossier value (Tekort, the inputs of the
 *   deficit, Aantal kinderen) gets an error on each of its rows. An empty cell is not a disagreement: a dossier value
 *   may be filled in on one row of the dossier only;
 * - output rows = input rows, in order; the input is never mutated; output columns are never read, so running the
 *   batch on its own output gives the same output;
 * - an empty row (all input cells empty) gets an empty status and is not a child;
 * - a row with an error gets no Bijdrage (so no sum ever includes a doubtful figure); its Kindsdeel and Vrijstelling
 *   are still filled in when they are known.
 */
import {
  aandeelBedrag,
  amount,
  bijdrageZonderUitleg,
  count,
  Decimal,
  formatDay,
  formatNumber,
  kindsdeel as kindsdeelRule,
  metBillijkheid,
  checkedAantalKinderen,
  checkedDagen,
  MAX_DAGEN,
  optionalDate,
  parseSchaal,
  RuleError,
  argName,
  msg,
  currentLanguage,
  dayToSerial,
  isValidSerial,
  serialToDay,
  tekort as tekortRule,
  toExcelNumber,
  vrijstellingsgrens,
  ZERO,
  type CellValue,
  type Day,
  type Notice,
  type ScaleTable,
} from "../rules";
import { cellText, dateCell, dossierKey, isBlank, isFormulaWithoutValue, numberCell } from "./cells";
import {
  argumentLabel,
  DEFICIT_COLUMNS,
  duplicateColumns,
  duplicateColumnsMessage,
  findHeaderRow,
  headerLabelsOf,
  headerRowOf,
  INPUT_COLUMNS,
  INPUT_COLUMNS_FR,
  missingColumns,
  missingColumnsMessage,
  noHeaderRowMessage,
  presentInputColumns,
  INPUT_KEYS,
  type ColumnIndex,
  type InputColumn,
} from "./columns";
import { DOSSIER_TEXTS, type DossierTexts } from "./messages";

/** One output cell: a number, or "" for an empty cell. */
export type OutputValue = number | string;
/** The four output cells of a row, in the order of the output columns: Kindsdeel, Vrijstelling, Bijdrage, Status. */
export type OutputCells = [kindsdeel: OutputValue, vrijstelling: OutputValue, bijdrage: OutputValue, status: string];

export const STATUS_OK = DOSSIER_TEXTS.nl.ok;
/** The status of a row whose contribution was set by an equity decision (seed 004); it counts as OK. */
export const STATUS_OK_BILLIJKHEID = DOSSIER_TEXTS.nl.okBillijkheid;
/** The same in French: "OK (équité)". */
export const STATUS_OK_BILLIJKHEID_FR = DOSSIER_TEXTS.fr.okBillijkheid;

/** Every OK status, in both languages (a rerun, the error marking and the counts read a list of either language). */
export const OK_STATUSES: readonly string[] = [...new Set([DOSSIER_TEXTS.nl.ok, DOSSIER_TEXTS.nl.okBillijkheid, DOSSIER_TEXTS.fr.ok, DOSSIER_TEXTS.fr.okBillijkheid])];

/** True for a row that was recalculated without error (`OK`, or `OK (billijkheid)` / `OK (équité)`). */
export function isOkStatus(status: unknown): boolean {
  return typeof status === "string" && OK_STATUSES.includes(status);
}

export interface DossierSummary {
  /** the dossier number as written on its first row (trimmed) */
  dossier: string;
  /** 0-based index of the dossier's first row */
  firstRow: number;
  /** rows (children listed) of the dossier */
  rows: number;
  /** rows with an error */
  errors: number;
  /** the deficit per month, when known */
  tekort?: number;
  /** the number of children the deficit is divided by, when known */
  aantalKinderen?: number;
  kindsdeel?: number;
  /** sum of the contributions; only when every row of the dossier is OK */
  somBijdragen?: number;
  /** OCMW share = deficit - sum of the contributions; only when every row is OK */
  aandeelOcmw?: number;
  /** "OK", the dossier's own error, or how many of its rows have an error */
  status: string;
}

export interface BatchCounts {
  /** rows with data (children), = ok + errors */
  rows: number;
  ok: number;
  errors: number;
  /** empty rows, kept with an empty status */
  empty: number;
  dossiers: number;
}

export interface BatchResult {
  /** one entry per input row, in order */
  outputs: OutputCells[];
  /** one entry per dossier, in the order of the dossiers' first rows */
  summaries: DossierSummary[];
  counts: BatchCounts;
  /** 0-based indices of the rows whose status is an error, ascending */
  errorRows: number[];
  /** how the contributions were computed */
  method: "schaal" | "benadering";
  /**
   * the warnings of the rules that computed the figures (stale indexed amounts, the approximation), each distinct
   * text once, in the order first met: to be shown once per summary or report
   */
  notices: Notice[];
  /** rows with data but without a dossier number (each has an error status; they are in no dossier's summary) */
  rowsWithoutDossier: number;
  /** set when the scale table given could not be read (every row then has this error) */
  schaalError?: string;
}

export interface BatchOptions {
  /** the official scale: a parsed table or a raw 4-column range; empty = the built-in approximation */
  schaal?: ScaleTable | readonly (readonly unknown[])[] | null;
  /** the number users see for rows[0] in messages ("rij 7"): the sheet row number; default 2 (header in row 1) */
  firstRowNumber?: number;
  /** called every `progressEvery` rows and at the end */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** the list's own header text per input column: messages name a column as the list calls it */
  headerLabels?: Partial<Record<InputColumn, string>>;
}

/** A list that cannot be processed at all (no header row, a required column missing); the message is in the run's language. */
export class DossierListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DossierListError";
  }
}

/**
 * The status for an error in the rules' current language: "Inkomen: mag niet negatief zijn ..." (the column the user
 * sees, then the rule's text).
 */
export function errorStatus(error: unknown, own?: Partial<Record<InputColumn, string>>): string {
  if (error instanceof FormulaCellError) return error.message;
  if (error instanceof RuleError) {
    // the rules' message is "argument: text" in their current language ("argument : text" in French)
    const prefix = msg("error", { argument: argName(error.argument), message: "" });
    const text = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
    return msg("error", { argument: argumentLabel(error.argument, own), message: text });
  }
  const message = error instanceof Error ? error.message : String(error);
  return DOSSIER_TEXTS[currentLanguage()].internalError(message);
}

/** A row with a formula cell that has no stored value (SPEC 3): the row's status names the column. */
class FormulaCellError extends Error {}

/** Collects notices, each distinct text once. */
class NoticeSet {
  readonly list: Notice[] = [];
  private readonly seen = new Set<string>();
  add(notices: readonly Notice[] | undefined): void {
    if (notices === undefined) return;
    for (const n of notices) {
      if (this.seen.has(n.text)) continue;
      this.seen.add(n.text);
      this.list.push(n);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Dossier values: the cells that must agree over the rows of a dossier.

type DossierField = "tekort" | "ligdagprijs" | "dagen" | "bijkomendeKosten" | "inkomsten" | "zakgeld" | "aantalKinderen" | "datum";
const DOSSIER_FIELDS: readonly DossierField[] = ["tekort", "ligdagprijs", "dagen", "bijkomendeKosten", "inkomsten", "zakgeld", "aantalKinderen", "datum"];

interface Parsed {
  value: Decimal | number;
  /** comparison key: equal keys = the same value */
  key: number;
}

/**
 * Validates one dossier-value cell with the rule's own coercer (the message names the rule's argument). A plain valid
 * number skips the coercer (no Decimal is built): the rules accept numbers as they are.
 */
function parseField(field: DossierField, raw: unknown): Parsed {
  const cell = field === "datum" ? null : numberCell(raw);
  if (typeof cell === "number" && cell >= 0 && cell < Number.MAX_SAFE_INTEGER) {
    if (field === "dagen" ? Number.isInteger(cell) && cell <= MAX_DAGEN : field === "aantalKinderen" ? Number.isInteger(cell) && cell >= 1 : true) {
      return { value: cell, key: cell };
    }
  }
  switch (field) {
    case "dagen": {
      const n = checkedDagen(cell);
      return { value: n, key: n };
    }
    case "aantalKinderen": {
      const n = checkedAantalKinderen(cell);
      return { value: n, key: n };
    }
    case "datum": {
      const day = optionalDate(dateCell(raw), "datum") as Day;
      return { value: day, key: day };
    }
    default: {
      const argument = field === "bijkomendeKosten" ? "bijkomende_kosten" : field;
      const d = amount(cell, argument);
      return { value: d, key: d.toNumber() };
    }
  }
}

function showValue(field: DossierField, parsed: Parsed): string {
  return field === "datum" ? formatDay(parsed.value as number) : formatNumber(parsed.value);
}

interface FieldState {
  /** the raw cell of the first value: a later identical cell (===) needs no parsing */
  raw?: unknown;
  parsed?: Parsed;
  /** row of the first value */
  row: number;
  /** first row whose value differs from the first value */
  conflictRow?: number;
  conflict?: Parsed;
  /** rows whose cell is not a valid value, with their message */
  bad?: { row: number; status: string }[];
}

interface DossierState {
  /** the comparison key (trimmed, lower case) */
  key: string;
  /** the dossier number as written on its first row, for messages and the summary */
  label: string;
  rows: number[];
  fields: Partial<Record<DossierField, FieldState>>;
  /** error for every row of the dossier (a disagreement, a missing deficit...) */
  error?: string;
  /** error for a particular row (its own bad dossier-value cell), overriding `error` there */
  rowErrors?: Map<number, string>;
  tekort?: Decimal;
  tekortNumber?: number;
  /** notices of the deficit's rule (a stale zakgeld) */
  notices?: Notice[];
  aantal?: number;
  kindsdeel?: Decimal;
  kindsdeelNumber?: number;
}

/**
 * Recalculates `rows` (data rows only, no header) whose columns are at the positions `columns` gives.
 * Never throws for bad cells: each row gets its status. Throws DossierListError when a required column is missing.
 */
export function recalculateRows(
  rows: readonly (readonly unknown[] | undefined | null)[],
  columns: ColumnIndex,
  options: BatchOptions = {},
): BatchResult {
  const missing = missingColumns(columns);
  if (missing.length > 0) throw new DossierListError(missingColumnsMessage(missing));

  const firstRowNumber = options.firstRowNumber ?? 2;
  const total = rows.length;
  // the texts of the run's language, looked up once (never per row)
  const taal = currentLanguage();
  const t = DOSSIER_TEXTS[taal];
  const headers = options.headerLabels;
  const labels = headers === undefined ? (taal === "fr" ? INPUT_COLUMNS_FR : INPUT_COLUMNS) : { ...(taal === "fr" ? INPUT_COLUMNS_FR : INPUT_COLUMNS), ...headers };
  const statusOk = t.ok;
  const statusOkBillijkheid = t.okBillijkheid;
  const texts: RunTexts = { t, labels, own: headers, firstRowNumber };

  // the scale table, parsed once
  let table: ScaleTable | undefined;
  let schaalError: string | undefined;
  const schaal = options.schaal;
  if (schaal !== undefined && schaal !== null && !(Array.isArray(schaal) && schaal.length === 0)) {
    try {
      table = Array.isArray(schaal) ? parseSchaal(schaal as unknown[][], "schaal") : (schaal as ScaleTable);
    } catch (error) {
      schaalError = errorStatus(error);
    }
  }

  const inputIndices = presentInputColumns(columns).map((key) => columns[key] as number);
  const nInputs = inputIndices.length;
  const cDossier = columns.dossier as number;
  const cInkomen = columns.inkomen as number;
  const cPartner = columns.partnerInkomen as number;
  const cPtl = columns.personenTenLaste as number;
  const cDatum = columns.datum;
  const cKi = columns.kadastraalInkomen;
  const cBillijkheid = columns.billijkheid;
  const cReden = columns.reden;
  const inputKeys = INPUT_KEYS.filter((key) => columns[key] !== undefined);
  const notices = new NoticeSet();
  /** the contribution of each OK row, exact (for the sums of the summary) */
  const contributions: (Decimal | undefined)[] = new Array(total);
  /** rows with a formula cell without a stored value: their message */
  const formulaRows = new Map<number, string>();
  const fieldColumns: { field: DossierField; column: number }[] = [];
  for (const field of DOSSIER_FIELDS) {
    const column = columns[field as InputColumn];
    if (column !== undefined) fieldColumns.push({ field, column });
  }
  const hasTekortColumn = columns.tekort !== undefined;
  const canCompute = DEFICIT_COLUMNS.every((c) => columns[c] !== undefined);

  const outputs: OutputCells[] = new Array(total);
  /** the dossier of each row; null for an empty row; undefined for a row without a dossier number */
  const rowDossier: (DossierState | null | undefined)[] = new Array(total);
  const dossiers = new Map<string, DossierState>();
  const noDossier = t.noDossier(labels.dossier);

  // pass 1: empty rows, grouping, dossier values
  for (let i = 0; i < total; i++) {
    const row = rows[i];
    let empty = true;
    if (row !== undefined && row !== null) {
      for (let k = 0; k < nInputs; k++) {
        if (!isBlank(row[inputIndices[k]])) {
          empty = false;
          break;
        }
      }
    }
    if (empty) {
      rowDossier[i] = null;
      continue;
    }
    const cells = row as readonly unknown[];
    // a formula without a stored value is never read as empty: the row gets an error naming the column
    for (let k = 0; k < nInputs; k++) {
      const v = cells[inputIndices[k]];
      if (v !== null && typeof v === "object" && isFormulaWithoutValue(v)) {
        formulaRows.set(i, `${t.cellError(labels[inputKeys[k]], t.formulaWithoutValue)}.`);
        break;
      }
    }
    const key = dossierKey(cells[cDossier]);
    if (key === "") {
      rowDossier[i] = undefined;
      continue;
    }
    let dossier = dossiers.get(key);
    if (dossier === undefined) {
      dossier = { key, label: cellText(cells[cDossier]), rows: [], fields: {} };
      dossiers.set(key, dossier);
    }
    dossier.rows.push(i);
    rowDossier[i] = dossier;
    for (let f = 0; f < fieldColumns.length; f++) {
      const { field, column } = fieldColumns[f];
      const raw = cells[column];
      if (isBlank(raw)) continue;
      if (formulaRows.has(i) && isFormulaWithoutValue(raw)) {
        // the cell's value is unknown: its row says so, the dossier's other rows say where
        const state = (dossier.fields[field] ??= { row: -1 });
        (state.bad ??= []).push({ row: i, status: formulaRows.get(i) as string });
        continue;
      }
      let state = dossier.fields[field];
      if (state === undefined) {
        state = { row: -1 };
        dossier.fields[field] = state;
      } else if (raw === state.raw) continue; // the same cell value as the first row: the same dossier value
      let parsed: Parsed;
      try {
        parsed = parseField(field, raw);
      } catch (error) {
        (state.bad ??= []).push({ row: i, status: errorStatus(error, headers) });
        continue;
      }
      if (state.parsed === undefined) {
        state.parsed = parsed;
        state.raw = raw;
        state.row = i;
      } else if (state.conflict === undefined && state.parsed.key !== parsed.key) {
        state.conflict = parsed;
        state.conflictRow = i;
      }
    }
  }

  // pass 2: per dossier, the deficit, the number of children and the kindsdeel
  for (const dossier of dossiers.values()) resolveDossier(dossier, hasTekortColumn, canCompute, texts);

  // pass 3: per row, vrijstelling, bijdrage, status
  const errorRows: number[] = [];
  let ok = 0;
  let emptyRows = 0;
  const every = options.progressEvery ?? 10_000;
  const onProgress = options.onProgress;
  for (let i = 0; i < total; i++) {
    if (onProgress !== undefined && i > 0 && i % every === 0) onProgress(i, total);
    const dossier = rowDossier[i];
    if (dossier === null) {
      outputs[i] = ["", "", "", ""];
      emptyRows++;
      continue;
    }
    const cells = rows[i] as readonly unknown[];

    // the vrijstelling of the row
    let vrijstelling: OutputValue = "";
    let rowError: string | undefined;
    let ptl: number | undefined;
    let datum: CellValue = null;
    try {
      // plain valid values skip the coercers (same result, fewer calls); anything else goes through them for the message
      const rawPtl = cells[cPtl];
      ptl = typeof rawPtl === "number" && Number.isInteger(rawPtl) && rawPtl >= 0 ? rawPtl : count(numberCell(rawPtl), "personen_ten_laste", 0);
      datum = cDatum === undefined ? null : dateCell(cells[cDatum]);
      const day = typeof datum === "number" && isValidSerial(datum) ? serialToDay(datum) : optionalDate(datum, "datum");
      const grens = vrijstellingsgrens(ptl, day); // the rules remember the threshold (one cache, in src/rules)
      vrijstelling = grens.number; // in cents
      if (grens.notices !== undefined) notices.add(grens.notices);
    } catch (error) {
      rowError = errorStatus(error, headers);
    }

    let status: string;
    let kindsdeel: OutputValue = "";
    let bijdrageValue: OutputValue = "";
    const formulaError = formulaRows.get(i);
    if (dossier === undefined) {
      status = formulaError ?? noDossier;
    } else {
      if (dossier.kindsdeelNumber !== undefined) kindsdeel = dossier.kindsdeelNumber;
      const own = dossier.rowErrors?.get(i);
      if (formulaError !== undefined) status = formulaError;
      else if (own !== undefined) status = own;
      else if (dossier.error !== undefined) status = dossier.error;
      else {
        // the bijdrage validates inkomen, partner, personen ten laste, datum, kadastraal inkomen in that order:
        // its message comes first, so the user reads the errors in the order of the columns
        let bijdrageError: string | undefined;
        let billijkheid = false;
        if (schaalError === undefined) {
          try {
            const computed = bijdrageZonderUitleg({
              inkomen: numberCell(cells[cInkomen]),
              partnerInkomen: numberCell(cells[cPartner]),
              personenTenLaste: ptl === undefined ? numberCell(cells[cPtl]) : ptl,
              kindsdeel: dossier.kindsdeel as Decimal,
              datum: cDatum === undefined ? null : datum ?? dateCell(cells[cDatum]),
              schaal: table,
              kadastraalInkomen: cKi === undefined ? null : numberCell(cells[cKi]),
            });
            // an equity decision of the Bijzonder Comité replaces the computed contribution (seed 004)
            const result =
              cBillijkheid === undefined || isBlank(cells[cBillijkheid])
                ? computed
                : metBillijkheid(computed, dossier.kindsdeel as Decimal, numberCell(cells[cBillijkheid]), cReden === undefined ? null : cellText(cells[cReden]));
            billijkheid = "billijkheid" in result && result.billijkheid;
            bijdrageValue = result.value.toNumber(); // already rounded to cents by the rule
            if (rowError === undefined) {
              contributions[i] = result.value;
              if (result.notices !== undefined) notices.add(result.notices);
              if (dossier.notices !== undefined) notices.add(dossier.notices);
            }
          } catch (error) {
            bijdrageError = errorStatus(error, headers);
          }
          // a reason without a decided amount is never silently ignored: the decision would be lost (seed 004)
          if (bijdrageError === undefined && cReden !== undefined && !isBlank(cells[cReden]) && (cBillijkheid === undefined || isBlank(cells[cBillijkheid]))) {
            bijdrageError = t.cellError(labels.reden, t.redenWithoutBillijkheid(labels.billijkheid));
          }
        }
        status = bijdrageError ?? rowError ?? schaalError ?? (billijkheid ? statusOkBillijkheid : statusOk);
        if (status !== statusOk && status !== statusOkBillijkheid) {
          bijdrageValue = "";
          contributions[i] = undefined;
        }
      }
    }
    if (status === statusOk || status === statusOkBillijkheid) ok++;
    else errorRows.push(i);
    outputs[i] = [kindsdeel, vrijstelling, bijdrageValue, status];
  }
  if (onProgress !== undefined) onProgress(total, total);

  const summaries = summarize(dossiers, outputs, contributions, t);
  let rowsWithoutDossier = 0;
  for (let i = 0; i < total; i++) if (rowDossier[i] === undefined) rowsWithoutDossier++;
  return {
    outputs,
    summaries,
    counts: { rows: total - emptyRows, ok, errors: errorRows.length, empty: emptyRows, dossiers: dossiers.size },
    errorRows,
    method: table !== undefined ? "schaal" : "benadering",
    schaalError,
    notices: notices.list,
    rowsWithoutDossier,
  };
}

/** The texts of a run: its language's catalogue and input headers, and the sheet row of the first data row. */
interface RunTexts {
  t: DossierTexts;
  labels: Readonly<Record<InputColumn, string>>;
  /** the list's own headers (errorStatus names a column by them) */
  own?: Partial<Record<InputColumn, string>>;
  firstRowNumber: number;
}

/** Pass 2 for one dossier: which cells make the deficit, whether its rows agree, the deficit, children, kindsdeel. */
function resolveDossier(dossier: DossierState, hasTekortColumn: boolean, canCompute: boolean, texts: RunTexts): void {
  const { t, labels, firstRowNumber } = texts;
  const fields = dossier.fields;
  const given = fields.tekort;
  const useTekort = hasTekortColumn && given !== undefined && (given.parsed !== undefined || given.bad !== undefined);
  let relevant: DossierField[];
  if (useTekort) relevant = ["tekort", "aantalKinderen"];
  else if (canCompute) {
    relevant = ["ligdagprijs", "dagen", "bijkomendeKosten", "inkomsten", "zakgeld", "aantalKinderen"];
    // the date chooses the zakgeld only when no zakgeld is given
    if (fields.zakgeld?.parsed === undefined && fields.zakgeld?.bad === undefined) relevant.push("datum");
  } else {
    dossier.error = t.tekortMissing(labels.tekort, dossier.label);
    return;
  }

  // a bad cell: its own row gets the cell's message, the other rows of the dossier say where the fault is
  for (const field of relevant) {
    const state = fields[field];
    if (state?.bad === undefined) continue;
    const rowErrors = (dossier.rowErrors ??= new Map());
    for (const bad of state.bad) if (!rowErrors.has(bad.row)) rowErrors.set(bad.row, bad.status);
    if (dossier.error === undefined) {
      const label = labels[field as InputColumn];
      const row = firstRowNumber + state.bad[0].row;
      dossier.error = field === "aantalKinderen" ? t.aantalUnknown(label, dossier.label, row) : t.tekortUnknown(label, dossier.label, row);
    }
  }
  if (dossier.error !== undefined) return;

  // a disagreement between two rows
  for (const field of relevant) {
    const state = fields[field];
    if (state?.conflict === undefined || state.parsed === undefined) continue;
    dossier.error = t.disagree(
      labels[field as InputColumn],
      dossier.label,
      showValue(field, state.parsed),
      firstRowNumber + state.row,
      showValue(field, state.conflict),
      firstRowNumber + (state.conflictRow as number),
    );
    return;
  }

  try {
    let deficit: Decimal;
    if (useTekort) deficit = amount((given as FieldState).parsed!.value, "tekort");
    else {
      const v = (f: DossierField) => fields[f]?.parsed?.value ?? null;
      const datum = fields.datum?.parsed;
      const computed = tekortRule({
        ligdagprijs: v("ligdagprijs") as CellValue,
        dagen: v("dagen") as CellValue,
        bijkomendeKosten: v("bijkomendeKosten") as CellValue,
        inkomsten: v("inkomsten") as CellValue,
        zakgeld: v("zakgeld") as CellValue,
        // the Datum of the dossier as a serial (the rule reads serials)
        datum: datum === undefined ? null : dayToSerial(datum.value as number),
      });
      deficit = computed.value;
      if (computed.notices !== undefined && computed.notices.length > 0) dossier.notices = computed.notices;
    }
    dossier.tekort = deficit;
    // a computed deficit is already rounded to cents by the rule; a given one is rounded for showing
    dossier.tekortNumber = useTekort ? toExcelNumber(deficit) : deficit.toNumber();
    const aantal = fields.aantalKinderen?.parsed?.value as number | undefined;
    if (aantal !== undefined && aantal < dossier.rows.length) {
      dossier.error = t.aantalTooSmall(labels.aantalKinderen, aantal, dossier.label, dossier.rows.length);
      return;
    }
    dossier.aantal = aantal ?? dossier.rows.length;
    const share = kindsdeelRule(deficit, dossier.aantal).value;
    dossier.kindsdeel = share;
    dossier.kindsdeelNumber = share.toNumber(); // rounded to cents by the rule
  } catch (error) {
    dossier.error = errorStatus(error, texts.own);
  }
}

/**
 * The per-dossier summary: exact Decimal sums of the contributions, and the OCMW share from src/rules' `aandeelBedrag`
 * (the one definition of the share); never float cents. A dossier with an error on any row gets no sum and no share.
 */
function summarize(
  dossiers: Map<string, DossierState>,
  outputs: readonly OutputCells[],
  contributions: readonly (Decimal | undefined)[],
  t: DossierTexts,
): DossierSummary[] {
  const summaries: DossierSummary[] = [];
  for (const dossier of dossiers.values()) {
    let errors = 0;
    // contributions are published figures (cents, checked by the rules): an exact Decimal sum
    let som: Decimal | undefined;
    let parts = 0;
    let last = 0;
    for (const i of dossier.rows) {
      const c = contributions[i];
      // set only for rows whose status is OK (see pass 3)
      if (c === undefined) errors++;
      else {
        som = som === undefined ? c : som.plus(c);
        parts++;
        last = i;
      }
    }
    const summary: DossierSummary = {
      dossier: dossier.label,
      firstRow: dossier.rows[0],
      rows: dossier.rows.length,
      errors,
      status: t.ok,
    };
    if (dossier.tekort !== undefined) summary.tekort = dossier.tekortNumber;
    if (dossier.aantal !== undefined) summary.aantalKinderen = dossier.aantal;
    if (dossier.kindsdeelNumber !== undefined) summary.kindsdeel = dossier.kindsdeelNumber;
    if (dossier.error !== undefined) summary.status = dossier.error;
    else if (errors > 0) {
      summary.status = dossier.rows.length === 1 ? t.dossierRowError : t.dossierRowsError(errors, dossier.rows.length);
    } else if (dossier.tekort !== undefined) {
      try {
        const total = som ?? ZERO;
        const share = aandeelBedrag(dossier.tekort, total);
        // one contribution: its published figure is the sum (no second conversion)
        summary.somBijdragen = parts === 1 ? (outputs[last][2] as number) : total.toNumber();
        summary.aandeelOcmw = share.toNumber(); // rounded to cents by the rule
      } catch (error) {
        summary.status = errorStatus(error);
      }
    }
    summaries.push(summary);
  }
  return summaries;
}

// ---------------------------------------------------------------------------------------------------------------
// A whole sheet: header row + data rows.

export interface ListLayout {
  /** 0-based index of the header row in the matrix */
  headerRow: number;
  columns: ColumnIndex;
}

/** Finds the header row of a sheet's values and checks the required columns; throws DossierListError otherwise. */
export function layoutOf(matrix: readonly (readonly unknown[] | undefined)[], where = DOSSIER_TEXTS[currentLanguage()].theSheet): ListLayout {
  const found = findHeaderRow(matrix);
  if (found === undefined) throw new DossierListError(noHeaderRowMessage(where));
  const header = matrix[found.index] ?? [];
  const duplicates = duplicateColumns(header);
  if (duplicates.length > 0) throw new DossierListError(duplicateColumnsMessage(duplicates, header, 0, headerRowOf(where)));
  const missing = missingColumns(found.columns);
  if (missing.length > 0) throw new DossierListError(missingColumnsMessage(missing, headerRowOf(where)));
  return { headerRow: found.index, columns: found.columns };
}

export interface ListResult extends BatchResult {
  layout: ListLayout;
}

/**
 * A whole sheet as a matrix (header row somewhere in the first rows, then data rows). `firstRowNumber` of the
 * options is the sheet row of matrix[0] (default 1); messages then name sheet rows.
 */
export function recalculateList(
  matrix: readonly (readonly unknown[] | undefined)[],
  options: BatchOptions & { where?: string } = {},
): ListResult {
  const layout = layoutOf(matrix, options.where);
  const data = matrix.slice(layout.headerRow + 1);
  const result = recalculateRows(data, layout.columns, {
    headerLabels: headerLabelsOf(matrix[layout.headerRow] ?? [], layout.columns),
    ...options,
    firstRowNumber: (options.firstRowNumber ?? 1) + layout.headerRow + 1,
  });
  return { ...result, layout };
}
