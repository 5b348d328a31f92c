/**
 * Benchmark of the OCMW.* custom functions: for each function, 100 000 varied calls through the wrapper in
 * functions/functions.ts, exactly as Excel calls them (null for omitted optional arguments, 2D arrays for ranges,
 * date serials). Arguments are precomputed with a seeded PRNG before timing; timing uses process.hrtime.bigint().
 * Each function is timed over `rounds` passes of the same 100 000 calls after a warm-up; the fastest pass is
 * reported, which filters out noise from other processes on the machine.
 */
// The CustomFunctions global as Excel provides it (Error + ErrorCode): the same stand-in the tests use.
import "../functions/customFunctionsStandIn";
import { prng } from "../src/dossiers/sample";

export interface Row {
  name: string;
  calls: number;
  seconds: number;
  perSecond: number;
}



const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30) / MS_PER_DAY;
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / MS_PER_DAY - EXCEL_EPOCH;

type Args = unknown[];
type Fn = (...args: any[]) => unknown;

interface Case {
  name: string;
  fn: Fn;
  make: (rnd: () => number) => Args;
}

function buildCases(F: typeof import("../functions/functions")): Case[] {
  const int = (rnd: () => number, min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
  const money = (rnd: () => number, max: number) => Math.round(rnd() * max * 100) / 100;
  const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
  const D2009 = serial(2009, 3, 1);
  const D2035 = serial(2035, 12, 31);
  const D1990 = serial(1990, 1, 1);
  const maybe = <T>(rnd: () => number, p: number, v: () => T): T | null => (rnd() < p ? v() : null);
  const scale = [
    ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
    [0, 20000, 25000, 50],
    [0, 25000, 30000, 100],
    [0, 30000, 40000, 200],
    [0, 40000, null, 350],
    [2, 25000, 30000, 40],
    [2, 30000, 40000, 90],
    [2, 40000, null, 250],
  ];
  const scale100 = largeScale(100);
  const scale100Copies = Array.from({ length: 50 }, () => scale100.map((row) => [...row]));
  const bijdrageArgs = (rnd: () => number): Args => [
    money(rnd, 80_000), // inkomen
    maybe(rnd, 0.5, () => money(rnd, 50_000)), // partner_inkomen
    int(rnd, 0, 5), // personen_ten_laste
    money(rnd, 800), // kindsdeel
    maybe(rnd, 0.7, () => int(rnd, D2009, D2035)), // datum
    null, // schaal
    maybe(rnd, 0.2, () => money(rnd, 4_000)), // kadastraal_inkomen
  ];
  return [
    {
      name: "TEKORT",
      fn: F.tekortFunction,
      make: (rnd) => [
        money(rnd, 120),
        int(rnd, 0, 31),
        rnd() < 0.5 ? [[money(rnd, 300)], [money(rnd, 50)], [null]] : money(rnd, 400),
        money(rnd, 3_000),
        maybe(rnd, 0.3, () => money(rnd, 150)),
        maybe(rnd, 0.5, () => int(rnd, serial(2016, 7, 1), D2035)),
      ],
    },
    { name: "KINDSDEEL", fn: F.kindsdeelFunction, make: (rnd) => [money(rnd, 3_000), int(rnd, 1, 8)] },
    { name: "VRIJSTELLING", fn: F.vrijstellingFunction, make: (rnd) => [int(rnd, 0, 6), maybe(rnd, 0.7, () => int(rnd, D2009, D2035))] },
    { name: "BIJDRAGE", fn: F.bijdrageFunction, make: bijdrageArgs },
    {
      name: "BIJDRAGE (met schaal)",
      fn: F.bijdrageFunction,
      make: (rnd) => {
        const a = bijdrageArgs(rnd);
        a[5] = scale;
        return a;
      },
    },
    {
      // a scale of 100 rows in 5 columns (two vanaf versions), handed over as Excel does: a new array each call
      name: "BIJDRAGE (schaal 100 rijen)",
      fn: F.bijdrageFunction,
      make: (rnd) => {
        const a = bijdrageArgs(rnd);
        a[5] = scale100Copies[Math.floor(rnd() * scale100Copies.length)];
        return a;
      },
    },
    { name: "BIJDRAGE.UITLEG", fn: F.bijdrageUitlegFunction, make: bijdrageArgs },
    {
      name: "ZORGBUDGET",
      fn: F.zorgbudgetFunction,
      make: (rnd) => {
        const aanvraag = int(rnd, D1990, D2035);
        return [
          aanvraag + int(rnd, -60, 400),
          aanvraag,
          pick(rnd, ["thuis", "residentieel", "THUIS"] as const),
          maybe(rnd, 0.6, () => pick(rnd, ["O", "A", "B", "C", "Cd", "D"] as const)),
          maybe(rnd, 0.3, () => int(rnd, 0, 60)),
          maybe(rnd, 0.2, () => int(rnd, 0, 30)),
          maybe(rnd, 0.2, () => pick(rnd, ["A", "B", "C", "D"] as const)),
          ...(rnd() < 0.2 ? [int(rnd, 0, 100), int(rnd, 0, 12)] : [null, null]), // handicap with zelfredzaamheid
          maybe(rnd, 0.2, () => int(rnd, 0, 30)), // kinderbijslag_punten
        ];
      },
    },
    { name: "ZORGBUDGET.START", fn: F.zorgbudgetStartFunction, make: (rnd) => [int(rnd, D1990, D2035)] },
    { name: "ZORGBUDGET.BESLISTERMIJN", fn: F.zorgbudgetBeslistermijnFunction, make: (rnd) => [int(rnd, D1990, D2035)] },
    {
      name: "REMGELD",
      fn: F.remgeldFunction,
      make: (rnd) => {
        const eerste = rnd() < 0.3 ? 1 : int(rnd, 1, 2_500);
        return [
          pick(rnd, ["VT", "KIND", "WERKLOOS", "PTL", "ANDER"] as const),
          eerste,
          eerste + int(rnd, 0, 120),
          maybe(rnd, 0.3, () => rnd() < 0.5),
          maybe(rnd, 0.5, () => pick(rnd, ["A", "T"] as const)),
          maybe(rnd, 0.3, () => rnd() < 0.5),
          maybe(rnd, 0.2, () => rnd() < 0.5),
        ];
      },
    },
    {
      name: "MEDISCHEKAART.EINDE",
      fn: F.medischeKaartEindeFunction,
      make: (rnd) => [int(rnd, D1990, D2035), maybe(rnd, 0.6, () => int(rnd, 1, 3))],
    },
    { name: "MEDISCHEKAART.TERMIJN", fn: F.medischeKaartTermijnFunction, make: (rnd) => [int(rnd, D1990, D2035)] },
  ];
}

/**
 * A scale of `rows` rows (plus a header): two versions (undated and from 1/3/2024), 5 groups of personen ten laste,
 * consecutive income bands of 100 euro, the last band of each group open.
 */
export function largeScale(rows: number): unknown[][] {
  const table: unknown[][] = [["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag", "vanaf"]];
  const perVersion = Math.floor(rows / 2);
  for (let v = 0; v < 2; v++) {
    const vanaf = v === 0 ? null : serial(2024, 3, 1);
    const perGroup = Math.floor(perVersion / 5);
    for (let g = 0; g < 5; g++) {
      for (let i = 0; i < perGroup; i++) {
        const van = 15_000 + i * 100;
        table.push([g, van, i === perGroup - 1 ? null : van + 100, Math.round(i * 0.5 * 100) / 100 + v, vanaf]);
      }
    }
  }
  return table;
}

/**
 * BIJDRAGE with a 100 000-row scale through the wrapper: the first call (parsing) and then `calls` calls, each with a
 * fresh copy of the same table as Excel hands it over (the copies are made before timing).
 */
function benchLargeScale(F: typeof import("../functions/functions"), calls = 20): Row[] {
  const table = largeScale(100_000);
  const copies = Array.from({ length: calls }, () => table.map((row) => [...row]));
  const args = (i: number) => [30_000 + i * 7, null, i % 6, 800, serial(2025, 1, 1) + i, copies[i], null];
  const start = process.hrtime.bigint();
  sink += touch(call(F.bijdrageFunction, args(0)));
  const first = Number(process.hrtime.bigint() - start) / 1e9;
  const next = process.hrtime.bigint();
  for (let i = 1; i < calls; i++) sink += touch(call(F.bijdrageFunction, args(i)));
  const rest = Number(process.hrtime.bigint() - next) / 1e9;
  return [
    { name: "BIJDRAGE (schaal 100 000 rijen, eerste oproep)", calls: 1, seconds: first, perSecond: Math.round(1 / first) },
    { name: "BIJDRAGE (schaal 100 000 rijen, volgende)", calls: calls - 1, seconds: rest, perSecond: Math.round((calls - 1) / rest) },
  ];
}

/** Keeps results alive so the JIT cannot drop the calls. */
let sink = 0;

export async function benchFunctions(calls = 100_000, seed = 20240301, rounds = 3): Promise<Row[]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const F = require("../functions/functions") as typeof import("../functions/functions");
  const rows: Row[] = [];
  for (const c of buildCases(F)) {
    const rnd = prng(seed);
    const argList: Args[] = new Array(calls);
    for (let i = 0; i < calls; i++) argList[i] = c.make(rnd);
    // warm-up on the first 5 000 argument sets
    for (let i = 0; i < Math.min(5_000, calls); i++) sink += touch(call(c.fn, argList[i]));
    let seconds = Infinity;
    for (let round = 0; round < rounds; round++) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < calls; i++) sink += touch(call(c.fn, argList[i]));
      seconds = Math.min(seconds, Number(process.hrtime.bigint() - start) / 1e9);
    }
    rows.push({ name: c.name, calls, seconds, perSecond: Math.round(calls / seconds) });
  }
  rows.push(...benchLargeScale(F));
  if (sink === -1) console.log(sink);
  return rows;
}

function call(fn: Fn, args: Args): unknown {
  try {
    return fn(...args);
  } catch (error) {
    return error;
  }
}

function touch(result: unknown): number {
  if (typeof result === "number") return result > 0 ? 1 : 0;
  if (Array.isArray(result)) return result.length;
  return 2; // an error; counted, not hidden
}
