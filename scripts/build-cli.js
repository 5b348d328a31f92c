/* Compiles the command line (src/cli/herbereken.ts and what it imports) with tsc and tsconfig.cli.json into build/,
 * so `npm run herbereken` runs plain JavaScript without ts-node.
 *
 *   node scripts/build-cli.js            compile (npm run build:cli; `prepare` runs it, so npm ci / npm install do)
 *   node scripts/build-cli.js --if-stale compile only when build/ is missing or older than the sources
 *                                        (the `preherbereken` step of npm run herbereken: a few milliseconds when fresh)
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUTPUT = path.join(ROOT, "build", "src", "cli", "herbereken.js");
/** What the compiled command line is made of: the TypeScript and JSON under src/ (not the task pane) and the configs. */
const SOURCES = ["src/cli", "src/dossiers", "src/rules", "src/workbook", "tsconfig.json", "tsconfig.cli.json"].map((p) => path.join(ROOT, p));

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return /\.(tsx?|json)$/.test(entry) ? stat.mtimeMs : 0;
  return fs.readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), 0);
}

function isStale() {
  if (!fs.existsSync(OUTPUT)) return true;
  const built = fs.statSync(OUTPUT).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

function compile() {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [ROOT] });
  } catch {
    console.error("De opdrachtregel kan niet gecompileerd worden: typescript ontbreekt (npm ci installeert het).");
    return 1;
  }
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(ROOT, "tsconfig.cli.json")], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0) {
    console.error("Compileren van de opdrachtregel (tsc -p tsconfig.cli.json) mislukt; zie de fouten hierboven.");
    return 1;
  }
  // tsc leaves an unchanged file alone: mark the output as built now, so it is not seen as stale again
  const now = new Date();
  fs.utimesSync(OUTPUT, now, now);
  return 0;
}

function main(argv) {
  if (argv.includes("--if-stale") && !isStale()) return 0;
  // npm runs this before the command without its arguments, so it cannot know --taal: said in both languages
  if (argv.includes("--if-stale")) {
    process.stderr.write("De opdrachtregel wordt gecompileerd (eenmalig na een wijziging) / compilation de la ligne de commande (une fois après une modification)...\n");
  }
  return compile();
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { isStale, OUTPUT, SOURCES };
