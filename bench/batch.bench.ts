/**
 * Benchmarks of the batch recalculation (issue 4). Not a timed test: it reports figures.
 *
 *   npx ts-node -T -e 'require("./bench/batch.bench").benchBatch().then(r=>console.table(r))'
 *
 * - pure batch: rows per second on 100 000 rows (best of a few runs, one core);
 * - command line on a 100 000-row workbook: total time, and the ratio to reading and writing the same file with
 *   ExcelJS without any calculation (the target: calculation adds less than 25%);
 * - Excel path on 10 000 rows, against the fake Excel API: round trips (context.sync) and payload bytes per chunk.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/herbereken";
import { recalculateList, sampleDossierList } from "../src/dossiers";
import { runExcelBatch } from "../src/workbook/batchExcel";
import { FakeExcel, type Cell } from "../src/workbook/excelFake";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;

async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return seconds(start);
}

function benchPure(rows: number, runs = 5): BenchResult[] {
  const numbers = sampleDossierList(rows, { seed: 11 });
  // the same list as text cells, as a CSV file gives them (Belgian decimal comma)
  const text = numbers.map((row) => row.map((v) => (v === null ? "" : typeof v === "number" ? String(v).replace(".", ",") : v)));
  const best = (matrix: unknown[][]) => {
    let min = Infinity;
    for (let k = 0; k < runs; k++) {
      const start = process.hrtime.bigint();
      recalculateList(matrix);
      min = Math.min(min, seconds(start));
    }
    return min;
  };
  const tNumbers = best(numbers);
  const tText = best(text);
  return [
    { name: `zuivere batch, ${rows} rijen (getallen)`, value: Math.round(rows / tNumbers), unit: "rijen/s" },
    { name: `zuivere batch, ${rows} rijen (tekst, zoals CSV)`, value: Math.round(rows / tText), unit: "rijen/s" },
  ];
}

async function benchCli(rows: number, runs = 2): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-herbereken-"));
  try {
    const input = path.join(dir, "lijst.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Dossiers").addRows(sampleDossierList(rows, { seed: 5 }));
    await wb.xlsx.writeFile(input);
    const quiet = { stdout: { write: () => true }, stderr: { write: () => true, isTTY: false } };
    let cli = Infinity;
    let plain = Infinity;
    // interleaved, best of `runs`: the machine's load affects both alike
    for (let k = 0; k < runs; k++) {
      plain = Math.min(
        plain,
        await time(async () => {
          const copy = new ExcelJS.Workbook();
          await copy.xlsx.readFile(input);
          await copy.xlsx.writeFile(path.join(dir, "kopie.xlsx"));
        }),
      );
      cli = Math.min(
        cli,
        await time(async () => {
          const code = await main([input, "--uit", path.join(dir, "uit.xlsx"), "--overschrijf"], quiet);
          if (code !== 0) throw new Error(`herbereken gaf code ${code}`);
        }),
      );
    }
    return [
      { name: `opdrachtregel, ${rows} rijen: totaal`, value: Number(cli.toFixed(2)), unit: "s" },
      { name: `ExcelJS lezen + schrijven zonder berekening, ${rows} rijen`, value: Number(plain.toFixed(2)), unit: "s" },
      { name: "opdrachtregel / lezen + schrijven", value: Number((cli / plain).toFixed(3)), unit: "verhouding" },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function benchExcel(rows: number): Promise<BenchResult[]> {
  const fake = new FakeExcel();
  const list = sampleDossierList(rows, { seed: 9 }) as Cell[][];
  const sheet = fake.addSheet("Lijst", list);
  fake.addTable("Dossiers", sheet, 0, 0, list[0].length, list.length - 1);
  const report = await runExcelBatch(fake.context, "tabel:Dossiers");
  const chunks = fake.syncs.filter((s) => s.requestBytes + s.responseBytes > 10_000);
  const payload = (s: (typeof fake.syncs)[number]) => s.requestBytes + s.responseBytes;
  const maxPayload = Math.max(...fake.syncs.map(payload));
  const avgChunk = chunks.reduce((t, s) => t + payload(s), 0) / Math.max(1, chunks.length);
  return [
    { name: `Excel (nagebootst), ${rows} rijen: context.sync`, value: fake.syncCount, unit: "keer" },
    { name: `Excel (nagebootst), ${rows} rijen: delen (lezen + schrijven + samenvatting)`, value: chunks.length, unit: "delen" },
    { name: `Excel (nagebootst), ${rows} rijen: grootste lading per sync`, value: maxPayload, unit: "bytes" },
    { name: `Excel (nagebootst), ${rows} rijen: gemiddelde lading per deel`, value: Math.round(avgChunk), unit: "bytes" },
    { name: `Excel (nagebootst), ${rows} rijen: OK`, value: report.ok, unit: "rijen" },
  ];
}

export async function benchBatch(): Promise<BenchResult[]> {
  return [...benchPure(100_000), ...(await benchCli(100_000)), ...(await benchExcel(10_000))];
}
