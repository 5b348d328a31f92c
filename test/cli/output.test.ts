/**
 * No output is ever an input (issue 9, defect 2): not the list, not the --schaal file, whatever path names them
 * (relative, through a symbolic link, a hard link); an existing output is replaced only with --overschrijf.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { capture, writeXlsxIn } from "../helpers/cli";

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "uit-")));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];

const writeXlsx = (file: string, sheets: Record<string, unknown[][]>): Promise<string> => writeXlsxIn(dir, file, sheets);

async function files(): Promise<{ list: string; scale: string; listBytes: Buffer; scaleBytes: Buffer }> {
  const list = await writeXlsx("lijst.xlsx", { Lijst: [H, ["A", "a", 40000, null, 0, 900]] });
  const scale = await writeXlsx("schaal.xlsx", { Schaal: [[0, 0, null, 20]] });
  return { list, scale, listBytes: fs.readFileSync(list), scaleBytes: fs.readFileSync(scale) };
}

test("--uit equal to the --schaal file is refused: the official scale is never replaced (also with --overschrijf)", async () => {
  const f = await files();
  for (const extra of [[], ["--overschrijf"]]) {
    const { out, io } = capture();
    expect(await main([f.list, "--schaal", f.scale, "--uit", f.scale, ...extra], io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: De uitvoer .*schaal\.xlsx is het schaalbestand/);
    expect(fs.readFileSync(f.scale).equals(f.scaleBytes)).toBe(true);
  }
});

test("the same file under another name: relative, through a symbolic link, through a hard link", async () => {
  const f = await files();
  fs.symlinkSync(f.list, path.join(dir, "link.xlsx"));
  fs.linkSync(f.scale, path.join(dir, "hard.xlsx"));
  fs.mkdirSync(path.join(dir, "sub"));
  const cases: [string[], RegExp][] = [
    [[f.list, "--uit", path.join(dir, "sub", "..", "lijst.xlsx")], /is het invoerbestand/],
    [[f.list, "--uit", path.join(dir, "link.xlsx"), "--overschrijf"], /is het invoerbestand/],
    [[path.join(dir, "link.xlsx"), "--uit", f.list, "--overschrijf"], /is het invoerbestand/],
    [[f.list, "--schaal", path.join(dir, "hard.xlsx"), "--uit", f.scale, "--overschrijf"], /is het schaalbestand/],
  ];
  for (const [argv, message] of cases) {
    const { out, io } = capture();
    expect(await main(argv, io)).toBe(1);
    expect(out.stderr).toMatch(message);
  }
  expect(fs.readFileSync(f.list).equals(f.listBytes)).toBe(true);
  expect(fs.readFileSync(f.scale).equals(f.scaleBytes)).toBe(true);
});

test("an existing output is replaced only with --overschrijf; the message names the file and the option", async () => {
  const f = await files();
  const output = path.join(dir, "uit.xlsx");
  fs.writeFileSync(output, "eerder werk");
  let c = capture();
  expect(await main([f.list, "--uit", output], c.io)).toBe(1);
  expect(c.out.stderr).toBe(`Fout: De uitvoer ${output} bestaat al. Geef --overschrijf om dat bestand te vervangen, of kies met --uit een andere naam.\n`);
  expect(fs.readFileSync(output, "utf8")).toBe("eerder werk");
  // the default output next to the input too
  fs.writeFileSync(path.join(dir, "lijst.herberekend.xlsx"), "eerder werk");
  c = capture();
  expect(await main([f.list], c.io)).toBe(1);
  expect(c.out.stderr).toMatch(/lijst\.herberekend\.xlsx bestaat al\. Geef --overschrijf/);

  c = capture();
  expect(await main([f.list, "--uit", output, "--overschrijf"], c.io)).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["Lijst", "Samenvatting"]);
});
