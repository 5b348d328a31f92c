/**
 * The --help texts and the README describe what the code accepts (audit): a scale of 4 OR 5 columns (the fifth,
 * `vanaf`, dates indexed versions, SPEC 1 OCMW.BIJDRAGE), and the optional columns Billijkheid and Reden with the
 * status "OK (billijkheid)" (French: Équité, Motif, "OK (équité)"). And a 5-column --schaal file really works.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { sheetRows } from "../../src/workbook/file";
import { capture } from "../helpers/cli";

async function help(argv: string[]): Promise<string> {
  const { out, io } = capture();
  expect(await main(argv, io)).toBe(0);
  // the usage wraps its lines: compare the words
  return out.stdout.replace(/\s+/g, " ");
}

test("--help (nl): the scale has 4 or 5 columns with [vanaf]; Billijkheid, Reden and OK (billijkheid) are named", async () => {
  const text = await help(["--help"]);
  expect(text).toContain("4 of 5 kolommen: personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag | [vanaf]");
  expect(text).not.toContain("4 kolommen:");
  expect(text).toContain("Billijkheid");
  expect(text).toContain("Reden");
  expect(text).toContain("OK (billijkheid)");
});

test("--taal fr --help: 4 ou 5 colonnes with [vanaf]; Équité, Motif and OK (équité) are named", async () => {
  const text = await help(["--taal", "fr", "--help"]);
  expect(text).toContain("4 ou 5 colonnes : personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag | [vanaf]");
  expect(text).not.toContain("4 colonnes :");
  expect(text).toContain("Équité");
  expect(text).toContain("Motif");
  expect(text).toContain("OK (équité)");
});

test("README: the Dutch batch section names Billijkheid, Reden, OK (billijkheid) and a scale of 4 or 5 columns", () => {
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
  const start = readme.indexOf("## Een dossierlijst in één keer herberekenen");
  const section = readme.slice(start, readme.indexOf("### In Excel", start));
  expect(section).toContain("`Billijkheid`");
  expect(section).toContain("`Reden`");
  expect(section).toContain("`OK (billijkheid)`");
  expect(section).toContain("4 of 5 kolommen");
  expect(section).not.toMatch(/\(4 kolommen/);
});

test("a --schaal file of 5 columns: each dossier's Datum picks its version (vanaf)", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vanaf-"));
  try {
    const scale = new ExcelJS.Workbook();
    // the version without vanaf (50 a month) is in force until 1/1/2025; from then the version of 80 a month
    scale.addWorksheet("Schaal").addRows([
      ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag", "vanaf"],
      [0, 0, null, 50, null],
      [0, 0, null, 80, new Date(Date.UTC(2025, 0, 1))],
    ]);
    const scaleFile = path.join(dir, "schaal.xlsx");
    await scale.xlsx.writeFile(scaleFile);
    const list = new ExcelJS.Workbook();
    list.addWorksheet("Lijst").addRows([
      ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Datum"],
      ["A", "a", 20000, null, 0, 900, new Date(Date.UTC(2024, 5, 15))],
      ["B", "a", 20000, null, 0, 900, new Date(Date.UTC(2025, 5, 15))],
    ]);
    const input = path.join(dir, "lijst.xlsx");
    await list.xlsx.writeFile(input);
    const output = path.join(dir, "uit.xlsx");
    const { out, io } = capture();
    expect(await main([input, "--schaal", scaleFile, "--uit", output], io)).toBe(0);
    expect(out.stderr).toBe("");
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    const rows = sheetRows(back.getWorksheet("Lijst")!);
    // one child, tekort 900: kindsdeel 900; bijdrage = min(900, the version's 50 or 80)
    expect(rows[1].slice(7, 11)).toEqual([900, expect.anything(), 50, "OK"]);
    expect(rows[2].slice(7, 11)).toEqual([900, expect.anything(), 80, "OK"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a workbook whose scale sheet is called Barème (a French-speaking CPAS's name) is read as the scale", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bareme-"));
  try {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Liste").addRows([
      ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"],
      ["A", "a", 20000, null, 0, 900],
    ]);
    // one row from 0 without upper bound: 70 a month, whatever the income
    workbook.addWorksheet("BARÈME").addRows([
      ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
      [0, 0, null, 70],
    ]);
    const input = path.join(dir, "liste.xlsx");
    await workbook.xlsx.writeFile(input);
    const output = path.join(dir, "uit.xlsx");
    const { out, io } = capture();
    expect(await main([input, "--uit", output], io)).toBe(0);
    expect(out.stdout).toContain("Bijdragen volgens de officiële schaal (blad BARÈME).");
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(output);
    // one child, tekort 900: kindsdeel 900; bijdrage = min(900, 70) from the scale, not the approximation
    expect(sheetRows(back.getWorksheet("Liste")!)[1].slice(6, 10)).toEqual([900, expect.anything(), 70, "OK"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
