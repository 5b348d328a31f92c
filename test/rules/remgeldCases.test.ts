/**
 * Hand-worked cases as data tables a domain expert can read (test/cases/remgeld*.csv, verlofdagen.csv): the inputs,
 * the expected figure (or the expected error), a one-line explanation with the arithmetic, and the source.
 * Each case is run through the Excel wrapper, exactly as a cell formula calls it.
 */
import fs from "fs";
import path from "path";
import { parse } from "csv-parse/sync";
import { remgeldFunction, remgeldOpnamesFunction, remgeldOpnamesUitlegFunction, verlofdagenFunction } from "../../functions/functions";
import { expectExcelError, serial } from "../helpers/excel";

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(fs.readFileSync(path.resolve(__dirname, "../cases", file), "utf8"), { columns: true, delimiter: ";", skip_empty_lines: true, trim: true });

/** A cell as Excel hands it over: empty = null, an ISO date = its serial, WAAR/ONWAAR = a boolean, a number, or text. */
function cell(text: string): unknown {
  const t = text.trim();
  if (t === "") return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return serial(t);
  if (t === "WAAR") return true;
  if (t === "ONWAAR") return false;
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  return t;
}

/** "a,b | c,d,e": rows separated by |, cells by a comma; rows are padded to the widest. */
function range(text: string): unknown[][] {
  const rows = text.split("|").map((r) => r.split(",").map(cell));
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...new Array(width - r.length).fill(null)]);
}

/** "2024-01-01..2024-01-03 2024-03-05": dates and inclusive ranges of dates, as one column. */
function dates(text: string): unknown[][] {
  if (text.trim() === "") return [[null]];
  const out: number[] = [];
  for (const part of text.trim().split(/\s+/)) {
    const [a, b] = part.split("..");
    for (let s = serial(a); s <= serial(b ?? a); s++) out.push(s);
  }
  return out.map((s) => [s]);
}

/** The expected outcome: an amount, or "#VALUE! text the message must contain". */
function check(run: () => unknown, expected: string): void {
  const error = /^(#VALUE!|#N\/A)\s*(.*)$/.exec(expected);
  if (error) {
    const e = expectExcelError(run, error[1] as "#VALUE!" | "#N/A");
    expect(e.message).toContain(error[2]);
  } else expect(run()).toBe(Number(expected));
}

describe("OCMW.REMGELD (test/cases/remgeld.csv)", () => {
  const rows = read("remgeld.csv");
  test("the table has its cases", () => expect(rows.length).toBeGreaterThanOrEqual(10));
  test.each(rows.map((r) => [r.geval, r] as [string, Row]))("%s", (_name, r) => {
    check(
      () =>
        remgeldFunction(
          cell(r.categorie),
          cell(r.eerste_dag),
          cell(r.laatste_dag),
          cell(r.met_personen_ten_laste),
          cell(r.dienst),
          cell(r.eenpersoonskamer),
          cell(r.overgeplaatst),
          cell(r.opnamedatum),
          cell(r.ziekenhuis),
        ),
      r.verwacht,
    );
  });
});

describe("OCMW.REMGELD.OPNAMES (test/cases/remgeld_opnames.csv)", () => {
  const rows = read("remgeld_opnames.csv");
  test("the table has its cases", () => expect(rows.length).toBeGreaterThanOrEqual(20));
  const args = (r: Row) => [cell(r.categorie), range(r.opnames), cell(r.met_personen_ten_laste), cell(r.dienst), cell(r.eenpersoonskamer), cell(r.ziekenhuis)] as const;
  test.each(rows.map((r) => [r.geval, r] as [string, Row]))("%s", (_name, r) => {
    check(() => remgeldOpnamesFunction(...args(r)), r.verwacht);
  });
  test.each(rows.map((r) => [r.geval, r] as [string, Row]))("UITLEG of '%s': ends with the same figure, or fails the same way", (_name, r) => {
    if (r.verwacht.startsWith("#")) {
      const fn = expectExcelError(() => remgeldOpnamesFunction(...args(r)), "#VALUE!");
      const ui = expectExcelError(() => remgeldOpnamesUitlegFunction(...args(r)), "#VALUE!");
      expect(ui.message).toBe(fn.message);
    } else {
      const rows2 = remgeldOpnamesUitlegFunction(...args(r));
      for (const line of rows2) expect(line).toHaveLength(2);
      expect(rows2[rows2.length - 1]).toEqual(["Remgeld voor alle opnames", Number(r.verwacht)]);
    }
  });
});

describe("OCMW.VERLOFDAGEN (test/cases/verlofdagen.csv)", () => {
  const rows = read("verlofdagen.csv");
  test("the table has its cases", () => expect(rows.length).toBeGreaterThanOrEqual(8));
  test.each(rows.map((r) => [r.geval, r] as [string, Row]))("%s", (_name, r) => {
    check(() => verlofdagenFunction(cell(r.categorie), cell(r.opnamedatum), dates(r.verlofdagen)), r.verwacht);
  });
});
