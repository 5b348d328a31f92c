/**
 * Indexed amounts (SPEC 0): the exemption threshold, its increase per person ten laste and the zakgeld follow
 * Belgium's 2 % index jumps. `spilindex` lists every jump { from, n }; c(n) = round(1.02^n, 4). An indexed amount
 * lists its published values { from, n, value }. On day D: P = the published value with the latest `from` <= D,
 * N = the n of the last jump with `from` <= D; if N > n(P) the amount is P x c(N) / c(n(P)), rounded half-up to
 * cents once (one step from P); otherwise P itself. An empty date means the amount in force on the last jump.
 *
 * When an indexed amount is used for a date more than 9 months after the LAST known jump, the figure is still given
 * but carries the notice "Mogelijk verouderd" (staleNotice).
 */
import { currentLanguage, msg, withLanguage, type Taal } from "./language";
import { addMonths, dayToCalendar, dayToIso, formatDay, isoToDay, type Day } from "./excelDate";
import { unavailable } from "./errors";
import { cents, dec, Decimal, formatAmount } from "./money";
import { citation, shownLabel, valueRef, type Source } from "./parameters";
import spilindexData from "./parameters/spilindex.json";
import { setFrenchLabel, shownSource, type Notice, type ParameterRef } from "./trace";

/** One index jump: from `fromDay` on, amounts are at coefficient c(n). */
export interface IndexJump {
  fromDay: Day;
  from: string;
  n: number;
  /** c(n) = round(1.02^n, 4) */
  coefficient: Decimal;
  /** citation of the evidence for the jump */
  source: string;
}

/** c(n) = 1.02^n rounded half-up to 4 decimals (SPEC 0). */
export function indexCoefficient(n: number): Decimal {
  return new Decimal("1.02").pow(n).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

interface JumpData {
  from: string;
  n: number;
  source: Source | string;
}

function loadJumps(values: JumpData[]): IndexJump[] {
  const jumps = values
    .map((v) => ({ fromDay: isoToDay(v.from), from: v.from, n: v.n, coefficient: indexCoefficient(v.n), source: citation(v.source) }))
    .sort((a, b) => a.fromDay - b.fromDay);
  for (let i = 1; i < jumps.length; i++) {
    if (jumps[i].n <= jumps[i - 1].n) throw new Error(`spilindex: de sprong van ${jumps[i].from} moet een hogere n hebben`);
  }
  return jumps;
}

/** Every known index jump, oldest first. */
export const INDEX_JUMPS: readonly IndexJump[] = loadJumps(spilindexData.values as JumpData[]);

/** The last known jump (in the list, not the last before some date). */
export const LAST_INDEX_JUMP: IndexJump = INDEX_JUMPS[INDEX_JUMPS.length - 1];

/** Months after the last known jump during which an indexed amount is not flagged as possibly outdated. */
export const STALE_AFTER_MONTHS = 9;

/** "1/3/2026": a date as people write it, without leading zeros (in a French call "01/03/2026"). */
export function formatDayPlain(day: Day): string {
  if (currentLanguage() === "fr") return formatDay(day);
  const c = dayToCalendar(day);
  return `${c.day}/${c.month}/${c.year}`;
}

/** The last day an indexed amount is used without the stale warning: EDATE(last jump; 9). */
export const STALE_AFTER_DAY: Day = addMonths(LAST_INDEX_JUMP.fromDay, STALE_AFTER_MONTHS);

/** The one stale-amount warning (SPEC 0), for the trace, the task pane, the batch and the CLI. */
export const STALE_NOTICE: Notice = {
  kind: "verouderd",
  text: withLanguage("nl", () => msg("notice.stale", { lastJump: formatDayPlain(LAST_INDEX_JUMP.fromDay) })),
};
const STALE_NOTICE_FR: Notice = {
  kind: "verouderd",
  text: withLanguage("fr", () => msg("notice.stale", { lastJump: formatDayPlain(LAST_INDEX_JUMP.fromDay) })),
};

/**
 * The stale-amount warning for an indexed amount used on `day`, or undefined when there is none. Judged on the
 * date given only (undefined = the latest amounts, never stale); no function reads today's date.
 */
export function staleNotice(day: Day | undefined): Notice | undefined {
  return day !== undefined && day > STALE_AFTER_DAY ? (currentLanguage() === "fr" ? STALE_NOTICE_FR : STALE_NOTICE) : undefined;
}

/** What the faces need to know about the index data on `day` (e.g. the task pane's date field). */
export interface IndexStatus {
  /** the last known jump, YYYY-MM-DD */
  lastJump: string;
  /** the last date without the warning, YYYY-MM-DD */
  staleAfter: string;
  /** the warning for `day`, when there is one */
  notice?: Notice;
}

export function indexStatus(day: Day | undefined): IndexStatus {
  const notice = staleNotice(day);
  const status: IndexStatus = { lastJump: LAST_INDEX_JUMP.from, staleAfter: dayToIso(STALE_AFTER_DAY) };
  if (notice !== undefined) status.notice = notice;
  return status;
}

/** The last jump with `from` <= day, or undefined before the first. */
function jumpIndexAt(day: Day): number {
  for (let i = INDEX_JUMPS.length - 1; i >= 0; i--) if (INDEX_JUMPS[i].fromDay <= day) return i;
  return -1;
}

export interface IndexedValueData {
  from: string;
  n: number;
  value: string;
  source: Source | string;
  derivation?: { factor: string; of: string; text?: string };
  derivation_fr?: string;
}

export interface IndexedParameterData {
  name: string;
  label: string;
  /** the French label (issue 13), shown in a French call */
  label_fr?: string;
  description: string;
  unit: string;
  values: IndexedValueData[];
  note?: string;
}

/** A published value of an indexed amount. */
export interface StoredIndexedValue {
  fromDay: Day;
  n: number;
  value: Decimal;
  ref: ParameterRef;
}

/** The amount in force, with how it was obtained. */
export interface IndexedInForce {
  value: Decimal;
  /** the parameter as users see it; `derivation` is set when the value was derived by an index jump */
  ref: ParameterRef;
  /** the published value P it comes from */
  stored: StoredIndexedValue;
  /** the jump used when the value is derived (N > n(P)); undefined when it is P itself */
  jump?: IndexJump;
}

export interface IndexedParameter {
  readonly name: string;
  readonly label: string;
  readonly description: string;
  readonly unit: string;
  /** the published values, oldest first */
  readonly entries: readonly StoredIndexedValue[];
  /**
   * The amount in force on `day`; undefined = the latest (in force on the last jump's date). The same object is
   * returned for the same published value and jump, so callers may remember results per object.
   */
  at(day: Day | undefined, argument?: string): IndexedInForce;
  latest(): IndexedInForce;
}

export function indexedParameter(data: IndexedParameterData): IndexedParameter {
  if (data.values.length === 0) throw new Error(`Parameter ${data.name} heeft geen waarden`);
  const entries: StoredIndexedValue[] = data.values
    .map((v) => ({
      fromDay: isoToDay(v.from),
      n: v.n,
      value: dec(v.value),
      ref: valueRef({ name: data.name, label: data.label, from: v.from }, v, data.label_fr),
    }))
    .sort((a, b) => a.fromDay - b.fromDay);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].fromDay === entries[i - 1].fromDay) {
      throw new Error(`Parameter ${data.name} heeft twee waarden vanaf ${dayToIso(entries[i].fromDay)}`);
    }
  }
  // One result per (published value, jump) and language (the derivation is text): computed once, then shared.
  const memos: Record<Taal, (IndexedInForce | undefined)[][]> = { nl: entries.map(() => []), fr: entries.map(() => []) };

  function derive(entryIndex: number, jumpIndex: number): IndexedInForce {
    const memo = memos[currentLanguage()];
    const known = memo[entryIndex][jumpIndex + 1];
    if (known !== undefined) return known;
    const stored = entries[entryIndex];
    const jump = jumpIndex >= 0 ? INDEX_JUMPS[jumpIndex] : undefined;
    let result: IndexedInForce;
    if (jump === undefined || jump.n <= stored.n) {
      result = { value: stored.value, ref: stored.ref, stored };
    } else {
      const base = indexCoefficient(stored.n);
      const value = cents(stored.value.times(jump.coefficient).dividedBy(base));
      const fromDay = Math.max(jump.fromDay, stored.fromDay);
      const derivation = msg("trace.derivation", {
        stored: formatAmount(stored.value),
        storedFrom: formatDay(stored.fromDay),
        source: shownSource(stored.ref),
        jump: formatDay(jump.fromDay),
        coefficient: jump.coefficient.toFixed(4).replace(".", ","),
        base: base.toFixed(4).replace(".", ","),
      });
      result = {
        value,
        ref: { name: data.name, label: data.label, from: dayToIso(fromDay), source: derivation, derivation },
        stored,
        jump,
      };
    }
    if (result.ref !== stored.ref) setFrenchLabel(result.ref, data.label_fr);
    memo[entryIndex][jumpIndex + 1] = result;
    return result;
  }

  function at(day: Day | undefined, argument = "datum"): IndexedInForce {
    const d = day ?? Math.max(LAST_INDEX_JUMP.fromDay, entries[entries.length - 1].fromDay);
    let e = entries.length - 1;
    while (e >= 0 && entries[e].fromDay > d) e--;
    if (e < 0) {
      throw unavailable(argument, msg("parameter.unknownOn", { label: shownLabel(data), day: formatDay(d), first: formatDay(entries[0].fromDay) }));
    }
    return derive(e, jumpIndexAt(d));
  }

  return {
    name: data.name,
    label: data.label,
    description: data.description,
    unit: data.unit,
    entries,
    at,
    latest: () => at(undefined),
  };
}
