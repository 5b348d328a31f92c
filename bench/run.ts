/** Prints the benchmark of the OCMW.* functions: `npx ts-node -T bench/run.ts` (or `npm run bench`). */
import { benchFunctions } from "./functions.bench";

async function main(): Promise<void> {
  const rows = await benchFunctions();
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${"functie".padEnd(width)}  ${"oproepen".padStart(9)}  ${"seconden".padStart(9)}  ${"per seconde".padStart(12)}`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(width)}  ${String(r.calls).padStart(9)}  ${r.seconds.toFixed(3).padStart(9)}  ${r.perSecond.toLocaleString("en-US").padStart(12)}`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
