/**
 * Audit item 4: the progress line writes seconds the Belgian way ("0,7 s") in both languages; an output whose folder
 * is a FILE (`--uit lijst.csv/uit.xlsx`) is refused before anything is read, with a message naming the given path,
 * never the hidden temporary file; a failed write never leaves a temporary file and never names it.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main, secondsText } from "../../src/cli/herbereken";
import { writeWorkbookFast, SpreadsheetFileError } from "../../src/workbook/file";
import { capture } from "../helpers/cli";

let dir: string;
beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "uitpad-")));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];

function csvList(): string {
  const file = path.join(dir, "small.csv");
  fs.writeFileSync(file, `${H.join(";")}\nA;a;20000;;0;900\n`);
  return file;
}

test("seconds with a decimal comma: 700 ms -> 0,7; 12 345 ms -> 12,3; 0 -> 0,0", () => {
  expect(secondsText(700)).toBe("0,7");
  expect(secondsText(12_345)).toBe("12,3");
  expect(secondsText(0)).toBe("0,0");
});

test.each([
  [[] as string[], /Gelezen: 1 rijen \(\d+,\d s\)/],
  [["--taal", "fr"], /Lu : 1 lignes \(\d+,\d s\)/],
])("the progress line %j writes its seconds with a comma, never a point", async (extra, line) => {
  const input = csvList();
  const { out, io } = capture(true);
  expect(await main([input, "--uit", path.join(dir, "uit.xlsx"), ...extra], io)).toBe(0);
  expect(out.stderr).toMatch(line);
  expect(out.stderr).not.toMatch(/\(\d+\.\d s\)/);
});

test.each([
  ["nl", [] as string[], (uit: string, folder: string) => `Fout: De uitvoer ${uit} kan niet geschreven worden: ${folder} is een bestand, geen map. Kies met --uit een .xlsx-bestand in een bestaande map.\n`],
  [
    "fr",
    ["--taal", "fr"],
    (uit: string, folder: string) =>
      `Erreur : La sortie ${uit} ne peut pas être écrite : ${folder} est un fichier, pas un dossier. Choisissez avec --uit un fichier .xlsx dans un dossier existant.\n`,
  ],
])("--uit small.csv/x.xlsx (%s): refused naming the given path, no temporary file named or left", async (_taal, extra, expected) => {
  const input = csvList();
  const uit = path.join(input, "x.xlsx");
  const { out, io } = capture();
  expect(await main([input, "--uit", uit, ...extra], io)).toBe(1);
  expect(out.stderr).toBe(expected(uit, input));
  expect(out.stderr).not.toContain(".tmp");
  expect(fs.readdirSync(dir)).toEqual(["small.csv"]);
});

test("--uit small.csv/sub/x.xlsx: the folder does not exist (not a message about the temporary file)", async () => {
  const input = csvList();
  const { out, io } = capture();
  expect(await main([input, "--uit", path.join(input, "sub", "x.xlsx")], io)).toBe(1);
  expect(out.stderr).toBe(`Fout: De map van de uitvoer bestaat niet: ${path.join(input, "sub")}\n`);
});

test("writing directly under a file: a translated error naming the output, the cleanup does not throw", async () => {
  const input = csvList();
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Blad").addRow([1]);
  const target = path.join(input, "x.xlsx");
  const error = await writeWorkbookFast(wb, target).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetFileError);
  const message = (error as Error).message;
  expect(message).toContain(target);
  expect(message).not.toContain(".tmp");
  expect(fs.readdirSync(dir)).toEqual(["small.csv"]);
});
