/**
 * Benchmark of the hospital functions through their wrappers, as Excel calls them: OCMW.REMGELD.OPNAMES (and its
 * UITLEG) on 50-admission histories (goal: >= 5 000 calls/s), OCMW.REMGELD with an opnamedatum, OCMW.VERLOFDAGEN on a
 * year of leave days. Histories are made before timing with the project's seeded PRNG; the fastest of `rounds` passes
 * is reported (the machine is shared).
 */
import "../functions/customFunctionsStandIn";
import { prng } from "../src/dossiers/sample";

export interface RemgeldRow {
  name: string;
  calls: number;
  seconds: number;
  perSecond: number;
  /** the goal in calls per second, where there is one */
  goal?: number;
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30) / MS_PER_DAY;
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / MS_PER_DAY - EXCEL_EPOCH;

type Fn = (...args: any[]) => unknown;

/** A history of `n` admissions from 2015 on: gaps of 0..400 days (so some join, some not), stays of 0..60 days, with a header row, some day-hospital rows, some transfers and examinations. */
function makeHistory(rnd: () => number, n: number): unknown[][] {
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const rows: unknown[][] = [["opnamedatum", "ontslagdatum", "soort", "overgeplaatst", "onderzoeken"]];
  let at = serial(2015, 1, 1) + int(0, 365);
  for (let i = 0; i < n; i++) {
    const opname = at + int(1, 120) * (rnd() < 0.2 ? 3 : 1);
    const ontslag = opname + int(0, 60);
    rows.push([opname, ontslag, rnd() < 0.9 ? null : "volledig", rnd() < 0.1, rnd() < 0.3 ? int(0, 2) : null]);
    if (rnd() < 0.2) rows.push([opname + 1, opname + 1, "dag", null, null]);
    at = ontslag;
  }
  // rows in any order: swap a few
  for (let i = 0; i < 5; i++) {
    const a = 1 + int(0, rows.length - 2);
    const b = 1 + int(0, rows.length - 2);
    [rows[a], rows[b]] = [rows[b], rows[a]];
  }
  return rows;
}

let sink = 0;

function time(name: string, fn: Fn, argList: unknown[][], rounds: number, goal?: number): RemgeldRow {
  const run = () => {
    for (const args of argList) {
      try {
        const r = fn(...args);
        sink += Array.isArray(r) ? r.length : (r as number) > 0 ? 1 : 0;
      } catch {
        sink += 2;
      }
    }
  };
  run(); // warm-up
  let seconds = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    run();
    seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return { name, calls: argList.length, seconds, perSecond: Math.round(argList.length / seconds), goal };
}

export function benchRemgeld(calls = 5_000, seed = 20240301, rounds = 3): RemgeldRow[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const F = require("../functions/functions") as typeof import("../functions/functions");
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const categories = ["VT", "KIND", "WERKLOOS", "PTL", "ANDER"] as const;
  const opnamesArgs: unknown[][] = [];
  for (let i = 0; i < calls; i++) {
    opnamesArgs.push([pick(categories), makeHistory(rnd, 50), rnd() < 0.3, pick([null, "A", "T"]), rnd() < 0.3, pick([null, "algemeen", "psychiatrisch"])]);
  }
  for (const args of opnamesArgs.slice(0, 20)) {
    const r = F.remgeldOpnamesFunction(...(args as Parameters<typeof F.remgeldOpnamesFunction>));
    if (typeof r !== "number") throw new Error("REMGELD.OPNAMES gaf geen getal");
  }
  const remgeldArgs: unknown[][] = [];
  for (let i = 0; i < calls * 4; i++) {
    const eerste = rnd() < 0.3 ? 1 : 1 + Math.floor(rnd() * 2500);
    remgeldArgs.push([pick(categories), eerste, eerste + Math.floor(rnd() * 120), null, pick([null, "A", "T"]), null, null, serial(2012, 1, 1) + Math.floor(rnd() * 5000), pick([null, "psychiatrisch"])]);
  }
  const verlofArgs: unknown[][] = [];
  for (let i = 0; i < calls; i++) {
    const opname = serial(2020, 1, 1) + Math.floor(rnd() * 1500);
    const days: unknown[][] = [];
    for (let d = 0; d < 40; d++) days.push([opname + Math.floor(rnd() * 400)]);
    verlofArgs.push([pick(categories), opname, days]);
  }
  const rows = [
    time("REMGELD.OPNAMES (50 opnames)", F.remgeldOpnamesFunction, opnamesArgs, rounds, 5_000),
    time("REMGELD.OPNAMES.UITLEG (50 opnames)", F.remgeldOpnamesUitlegFunction, opnamesArgs.slice(0, calls / 5), rounds),
    time("REMGELD (met opnamedatum)", F.remgeldFunction, remgeldArgs, rounds),
    time("VERLOFDAGEN (40 dagen)", F.verlofdagenFunction, verlofArgs, rounds),
  ];
  if (sink === -1) console.log(sink);
  return rows;
}

/** Prints the table (run.ts passes its own table printer). */
export function printRemgeld(table: (header: string[], rows: string[][]) => void): void {
  console.log("\nZiekenhuis (via de wrappers)");
  table(
    ["functie", "oproepen", "seconden", "per seconde", "doel"],
    benchRemgeld().map((r) => [r.name, String(r.calls), r.seconds.toFixed(3), r.perSecond.toLocaleString("en-US"), r.goal === undefined ? "" : `>= ${r.goal.toLocaleString("en-US")}`]),
  );
}
