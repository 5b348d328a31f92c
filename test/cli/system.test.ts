/**
 * The smaller defects of issue 9 (defect 8) on the command line: Ctrl-C while writing leaves no temporary file,
 * `npm run herbereken -- FILE` reads FILE from the user's folder (INIT_CWD), system errors in Dutch, a column twice in
 * the header row is an error naming both.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { sampleDossierList } from "../../src/dossiers";
import { capture } from "../helpers/cli";

const ROOT = path.resolve(__dirname, "../..");
let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "systeem-")));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A CSV list of `rows` rows (sampleDossierList, Belgian text as a CSV export writes it). */
function writeCsv(file: string, rows: number): void {
  const lines = sampleDossierList(rows, { seed: 3 }).map((row) => row.map((v) => (v === null || v === undefined ? "" : String(v).replace(".", ","))).join(";"));
  fs.writeFileSync(file, lines.join("\r\n") + "\r\n");
}

test.each(["SIGINT", "SIGTERM"] as const)("%s while the workbook is written: the hidden temporary file is removed, no output", async (signal) => {
  const input = path.join(dir, "groot.csv");
  writeCsv(input, 30_000);
  const output = path.join(dir, "uit.xlsx");
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", "src/cli/herbereken.ts", input, "--uit", output], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, sig) => resolve({ code, signal: sig })));
  // wait until the temporary file exists: the write has started
  let sawTemp = false;
  for (let t = 0; t < 1500 && child.exitCode === null; t++) {
    if (fs.readdirSync(dir).some((f) => f.endsWith(".tmp"))) {
      sawTemp = true;
      child.kill(signal);
      break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const end = await exited;
  expect(sawTemp).toBe(true);
  expect(end.signal).toBe(signal);
  expect(stderr).toContain("Onderbroken");
  expect(fs.readdirSync(dir).sort()).toEqual(["groot.csv"]);
}, 120_000);

describe("paths from the user's folder", () => {
  const saved = process.env.INIT_CWD;
  afterEach(() => {
    if (saved === undefined) delete process.env.INIT_CWD;
    else process.env.INIT_CWD = saved;
  });

  test("a relative FILE (and --uit, --schaal) is read from INIT_CWD, the folder npm was started in", async () => {
    writeCsv(path.join(dir, "lijst.csv"), 4);
    fs.writeFileSync(path.join(dir, "schaal.csv"), "0;0;;20\r\n");
    process.env.INIT_CWD = dir;
    const { out, io } = capture();
    expect(await main(["lijst.csv", "--schaal", "schaal.csv", "--uit", "uit.xlsx"], io)).toBe(0);
    expect(out.stderr).toBe("");
    expect(fs.existsSync(path.join(dir, "uit.xlsx"))).toBe(true);
    expect(out.stdout).toContain("(schaal.csv)");
  });
});

describe("system errors in Dutch", () => {
  test("a folder as output", async () => {
    writeCsv(path.join(dir, "lijst.csv"), 2);
    fs.mkdirSync(path.join(dir, "map.xlsx"));
    for (const extra of [[], ["--overschrijf"]]) {
      const { out, io } = capture();
      expect(await main([path.join(dir, "lijst.csv"), "--uit", path.join(dir, "map.xlsx"), ...extra], io)).toBe(1);
      expect(out.stderr).toBe(`Fout: De uitvoer ${path.join(dir, "map.xlsx")} is een map, geen bestand: geef met --uit de naam van een .xlsx-bestand.\n`);
    }
  });

  const linux = process.platform === "linux" && fs.existsSync("/sys/kernel");
  (linux ? test : test.skip)("permission denied when writing (a folder nobody may write in, even root: /sys)", async () => {
    writeCsv(path.join(dir, "lijst.csv"), 2);
    const { out, io } = capture();
    expect(await main([path.join(dir, "lijst.csv"), "--uit", "/sys/uit.xlsx"], io)).toBe(1);
    expect(out.stderr).toBe("Fout: Geen toegang tot /sys/uit.xlsx: toegang geweigerd. Controleer de rechten op het bestand en de map, of kies een andere map.\n");
  });

  (linux && fs.existsSync("/proc/1/mem") ? test : test.skip)("permission denied when reading", async () => {
    const { out, io } = capture();
    expect(await main(["/proc/1/mem", "--uit", path.join(dir, "x.xlsx")], io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: Geen toegang tot \/proc\/1\/mem: toegang geweigerd\./);
  });

  test("a corrupt zip named .xlsx: Dutch, without ExcelJS's English", async () => {
    const broken = path.join(dir, "kapot.xlsx");
    fs.writeFileSync(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const { out, io } = capture();
    expect(await main([broken, "--uit", path.join(dir, "x.xlsx")], io)).toBe(1);
    expect(out.stderr).toBe(
      `Fout: ${broken} kan niet gelezen worden als Excel-werkmap (.xlsx): het bestand is beschadigd of is geen Excel-werkmap. ` +
        "Open het in Excel en bewaar het opnieuw als Excel-werkmap (.xlsx).\n",
    );
  });
});

test("a column twice in the header row is an error naming both columns", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Lijst").addRows([
    ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "inkomen"],
    ["A", "a", 20000, null, 0, 900, 50000],
  ]);
  const input = path.join(dir, "dubbel.xlsx");
  await wb.xlsx.writeFile(input);
  const { out, io } = capture();
  expect(await main([input], io)).toBe(1);
  expect(out.stderr).toBe(
    'Fout: "Inkomen" staat twee keer in de kopregel van blad "Lijst" van dubbel.xlsx: kolom C ("Inkomen") en kolom G ("inkomen"). ' +
      "Geef elke kolom een eigen kop (hernoem of verwijder er een) en start opnieuw.\n",
  );
  expect(fs.existsSync(path.join(dir, "dubbel.herberekend.xlsx"))).toBe(false);
});
