/** npm run bench: the custom functions (calls per second) and the dossier batch (rows per second, CLI, Excel path). */
import { benchBatch } from "./batch.bench";
import { benchFunctions } from "./functions.bench";

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const fns = await benchFunctions();
  console.log("Functies (via de wrappers, 100 000 gevarieerde oproepen)");
  table(
    ["functie", "oproepen", "seconden", "per seconde"],
    fns.map((r) => [r.name, String(r.calls), r.seconds.toFixed(3), Math.round(r.perSecond).toLocaleString("en-US")]),
  );
  console.log("\nDossierlijsten");
  const batch = await benchBatch();
  table(["meting", "waarde", "eenheid"], batch.map((r) => [r.name, Number.isInteger(r.value) ? String(r.value) : r.value.toFixed(2), r.unit]));
  (await import("./remgeld.bench")).printRemgeld(table);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
