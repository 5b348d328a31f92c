/**
 * npm run herbereken runs compiled JavaScript (build/, tsc with tsconfig.cli.json), not ts-node: `prepare` compiles it
 * (npm ci), and `preherbereken` compiles it again only when it is missing or older than the sources.
 */
import { execFile } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { promisify } from "util";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isStale, OUTPUT } = require("../../scripts/build-cli");

const ROOT = path.resolve(__dirname, "../..");
const run = promisify(execFile);
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

jest.setTimeout(120_000);

describe("the compiled command line", () => {
  test("the npm scripts run build/ without ts-node, and compile it on install and when stale", () => {
    expect(pkg.scripts.herbereken).toBe("node build/src/cli/herbereken.js");
    expect(pkg.scripts.herbereken).not.toMatch(/ts-node/);
    expect(pkg.scripts.preherbereken).toBe("node scripts/build-cli.js --if-stale");
    expect(pkg.scripts.prepare).toBe("node scripts/build-cli.js");
    expect(path.relative(ROOT, OUTPUT)).toBe(path.join("build", "src", "cli", "herbereken.js"));
  });

  test("is rebuilt when older than the sources, then fresh", async () => {
    await run(process.execPath, ["scripts/build-cli.js", "--if-stale"], { cwd: ROOT });
    expect(fs.existsSync(OUTPUT)).toBe(true);
    expect(isStale()).toBe(false);
    const old = new Date(Date.UTC(2020, 0, 1));
    fs.utimesSync(OUTPUT, old, old);
    expect(isStale()).toBe(true);
    const { stderr } = await run(process.execPath, ["scripts/build-cli.js", "--if-stale"], { cwd: ROOT });
    expect(stderr).toMatch(/wordt gecompileerd/);
    expect(isStale()).toBe(false);
    // fresh: nothing to do, nothing said
    const again = await run(process.execPath, ["scripts/build-cli.js", "--if-stale"], { cwd: ROOT });
    expect(again.stderr).toBe("");
  });

  test("recalculates the sample list with plain node, the parameter data compiled alongside", async () => {
    await run(process.execPath, ["scripts/build-cli.js", "--if-stale"], { cwd: ROOT });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocmw-cli-"));
    try {
      const out = path.join(dir, "uit.xlsx");
      const { stdout } = await run(process.execPath, [OUTPUT, path.join(ROOT, "voorbeelden/dossierlijst.xlsx"), "--uit", out], { cwd: ROOT });
      // 20 dossiers, 42 rows of which 1 empty (voorbeelden/dossierlijst.xlsx, scripts/make-voorbeeld.ts)
      expect(stdout).toMatch(/dossiers: 20/);
      expect(fs.statSync(out).size).toBeGreaterThan(1000);
      expect(fs.existsSync(path.join(ROOT, "build/src/rules/parameters/zakgeld.json"))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
