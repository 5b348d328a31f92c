/**
 * The hand-worked examples of SPEC 1 as tables a domain expert can read (test/cases/*.csv): one row per case, the
 * function's arguments by name, the expected figure (`verwacht`: an amount with a decimal comma, #N/A or #VALUE!), a
 * one-line explanation with the arithmetic (`uitleg`) and where it comes from (`bron`). Each row is called through
 * the Excel wrapper exactly as Excel calls it: dates (YYYY-MM-DD) become serial numbers, an empty cell is null, a
 * list "a | b | c" is a one-column range.
 */
import fs from "fs";
import path from "path";
import { parse } from "csv-parse/sync";
import * as F from "../../functions/functions";
import { expectExcelError, serial } from "../helpers/excel";

type Row = Record<string, string>;
const DIR = __dirname;

function read(file: string): Row[] {
  return parse(fs.readFileSync(path.join(DIR, file), "utf8"), { columns: true, delimiter: ";", trim: true, skip_empty_lines: true }) as Row[];
}

/** A cell as Excel hands it over: empty = null, a date = its serial, a number with a decimal comma, a range, a code. */
function cell(text: string): unknown {
  if (text === "") return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return serial(text);
  if (text.includes("|")) return text.split("|").map((part) => [cell(part.trim())]);
  if (/^-?\d+(,\d+)?$/.test(text)) return Number(text.replace(",", "."));
  return text;
}

/** The expected figure: an amount with a decimal comma, a date (YYYY-MM-DD: the serial Excel shows as that date), or an error. */
function expected(text: string): number | "#N/A" | "#VALUE!" {
  if (text === "#N/A" || text === "#VALUE!") return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return serial(text);
  return Number(text.replace(",", "."));
}

type Call = (...args: unknown[]) => unknown;

function runTable(file: string, fn: Call, argumentNames: string[], extra: (row: Row) => unknown[] = () => []) {
  const rows = read(file);
  describe(file, () => {
    test("the table has rows and every row has an explanation and a source", () => {
      expect(rows.length).toBeGreaterThan(2);
      for (const row of rows) {
        expect(row.uitleg.length).toBeGreaterThan(5);
        expect(row.bron.length).toBeGreaterThan(3);
      }
    });
    test.each(rows.map((row) => [`${argumentNames.map((a) => row[a] || "·").join("; ")} -> ${row.verwacht}: ${row.uitleg}`, row] as [string, Row]))(
      "%s",
      (_title, row) => {
        const args = [...argumentNames.map((a) => cell(row[a])), ...extra(row)];
        const want = expected(row.verwacht);
        if (typeof want === "number") expect(fn(...args)).toBe(want);
        else expectExcelError(() => fn(...args), want);
      },
    );
  });
}

runTable("kindsdeel.csv", F.kindsdeelFunction as Call, ["tekort", "aantal_kinderen"]);
runTable("aandeel.csv", F.aandeelFunction as Call, ["tekort", "bijdragen"]);
runTable("vrijstelling.csv", F.vrijstellingFunction as Call, ["personen_ten_laste", "datum"]);
runTable("tekort.csv", F.tekortFunction as Call, ["ligdagprijs", "dagen", "bijkomende_kosten", "inkomsten", "zakgeld", "datum"]);
runTable("zorgbudget.csv", F.zorgbudgetFunction as Call, [
  "maand",
  "aanvraagdatum",
  "zorgvorm",
  "katz",
  "bel",
  "medisch",
  "dagverzorging",
  "handicap",
  "zelfredzaamheid",
  "kinderbijslag_punten",
]);

// The scale of bijdrage-schaal.csv is schaal-tabel.csv itself, handed over as an Excel range (header row included).
const scaleRows = parse(fs.readFileSync(path.join(DIR, "schaal-tabel.csv"), "utf8"), { delimiter: ";", trim: true, skip_empty_lines: true }) as string[][];
const schaal = scaleRows.map((row, i) => (i === 0 ? row : row.map((c) => cell(c))));
runTable("bijdrage-schaal.csv", F.bijdrageFunction as Call, ["inkomen", "partner_inkomen", "personen_ten_laste", "kindsdeel", "datum"], () => [schaal, null]);

// Date results (seed 000's medische kaart, seed 001/002's zorgbudget terms): the expected date as Excel shows it.
runTable("medischekaart-einde.csv", F.medischeKaartEindeFunction as Call, ["startdatum", "maanden"]);
runTable("medischekaart-termijn.csv", F.medischeKaartTermijnFunction as Call, ["prestatiedatum"]);
runTable("zorgbudget-start.csv", F.zorgbudgetStartFunction as Call, ["aanvraagdatum"]);
runTable("zorgbudget-beslistermijn.csv", F.zorgbudgetBeslistermijnFunction as Call, ["aanvraagdatum"]);
