/** Header matching, cell coercion, sheet names and the summary sheet. */
import {
  argumentLabel,
  cellText,
  columnLetter,
  dateCell,
  dateToSerial,
  findHeaderRow,
  freeSheetName,
  missingOutputColumns,
  numberCell,
  quoteSheetName,
  recalculateList,
  rowAddress,
  splitAddress,
  summaryMatrix,
  SUMMARY_HEADERS,
} from "../../src/dossiers";
import { Decimal } from "../../src/rules";

describe("cells", () => {
  test.each([
    [1234.5, 1234.5],
    ["31723", 31723],
    ["-5", -5],
    ["1234,56", 1234.56],
    [" 12,5 ", 12.5],
    ["", null],
    ["   ", null],
    [null, null],
    [undefined, null],
    ["abc", "abc"],
    ["1,2,3", "1,2,3"],
    [true, true],
  ])("numberCell(%p) = %p", (input, expected) => {
    expect(numberCell(input)).toEqual(expected);
  });

  test("grouped Belgian text and long digit strings become exact Decimals", () => {
    expect(numberCell("1.234,56")).toEqual(new Decimal("1234.56"));
    expect(numberCell("€ 93,25")).toEqual(new Decimal("93.25"));
    expect((numberCell("1234567890123456,78") as Decimal).toString()).toBe("1234567890123456.78");
  });

  test("dates: Date objects in UTC, date text, serials", () => {
    expect(dateToSerial(new Date(Date.UTC(2024, 2, 1)))).toBe(45352);
    expect(dateToSerial(new Date(Date.UTC(2024, 2, 1, 23, 59)))).toBe(45352);
    expect(dateToSerial(new Date(NaN))).toBeUndefined();
    expect(numberCell(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(dateCell("01/03/2024")).toBe(45352);
    expect(dateCell("1-3-2024")).toBe(45352);
    expect(dateCell("01.03.2024")).toBe(45352);
    expect(dateCell("2024-03-01")).toBe(45352);
    expect(dateCell("31/02/2024")).toBe("31/02/2024");
    expect(dateCell("45352")).toBe(45352);
    expect(dateCell(45352)).toBe(45352);
  });

  test("cellText", () => {
    expect(cellText(" D-1 ")).toBe("D-1");
    expect(cellText(12)).toBe("12");
    expect(cellText({ richText: [{ text: "a" }, { text: "b" }] })).toBe("ab");
  });
});

describe("columns", () => {
  test("the header row is the first of the first rows with two known input headers", () => {
    expect(findHeaderRow([["Titel"], [], ["dossier", "KIND", "partner-inkomen"]])).toEqual({
      index: 2,
      columns: { dossier: 0, kind: 1, partnerInkomen: 2 },
    });
    expect(findHeaderRow([["Kindsdeel", "Status"]])).toBeUndefined();
    const late = [...Array.from({ length: 20 }, () => ["x"]), ["Dossier", "Kind"]];
    expect(findHeaderRow(late)).toBeUndefined();
  });

  test("missing output columns, argument labels", () => {
    expect(missingOutputColumns({ kindsdeel: 3, status: 9 })).toEqual(["vrijstelling", "bijdrage"]);
    expect(argumentLabel("partner_inkomen")).toBe("Partner inkomen");
    expect(argumentLabel("schaal (rij 3, maandbedrag)")).toBe("Schaal (rij 3, maandbedrag)");
    expect(argumentLabel("iets")).toBe("iets");
  });
});

describe("sheets and addresses", () => {
  test("column letters and addresses", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
    expect(quoteSheetName("Blad1")).toBe("Blad1");
    expect(quoteSheetName("Mijn blad")).toBe("'Mijn blad'");
    expect(quoteSheetName("Kim's")).toBe("'Kim''s'");
    expect(rowAddress("Mijn blad", 4, 0, 10)).toBe("'Mijn blad'!A5:K5");
    expect(splitAddress("'Kim''s lijst'!A5:K5")).toEqual({ sheet: "Kim's lijst", range: "A5:K5" });
    expect(splitAddress("A1")).toEqual({ range: "A1" });
  });

  test("a free sheet name, compared case-insensitively", () => {
    expect(freeSheetName("Samenvatting", ["Blad1"])).toBe("Samenvatting");
    expect(freeSheetName("Samenvatting", ["samenvatting", "Samenvatting (2)"])).toBe("Samenvatting (3)");
    expect(freeSheetName("x".repeat(31), ["x".repeat(31)])).toBe("x".repeat(27) + " (2)");
  });
});

describe("summary sheet", () => {
  test("one row per dossier, a total over the dossiers without errors, and notes", () => {
    const r = recalculateList([
      ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"],
      ["A", "a", 0, null, 0, 900],
      ["A", "b", 100000, null, 0, 900],
      ["B", "c", "fout", null, 0, 300],
    ]);
    const m = summaryMatrix(r, { bron: "blad Lijst" });
    expect(m[0]).toEqual([...SUMMARY_HEADERS]);
    expect(m[1]).toEqual(["A", 900, 2, 450, 450, 450, 2, 0, "OK"]);
    expect(m[2]).toEqual(["B", 300, 1, 300, "", "", 1, 1, "De rij van dit dossier heeft een fout."]);
    expect(m[3]).toEqual(["Totaal (bedragen: dossiers zonder fout)", 900, "", "", 450, 450, 3, 1, "Bedragen van het enige dossier zonder fout (van 2); Rijen en Fouten tellen alle rijen."]);
    expect(m.every((row) => row.length === SUMMARY_HEADERS.length)).toBe(true);
    const notes = m.slice(5).map((row) => row[0]);
    expect(notes).toEqual([
      "Bron: blad Lijst",
      "Rijen: 3, OK: 2, fouten: 1, lege rijen: 0, dossiers: 2.",
      expect.stringMatching(/^BENADERING/),
      expect.stringMatching(/^Aandeel OCMW = tekort - som/),
    ]);
  });

  test("with a scale: says where it came from", () => {
    const r = recalculateList(
      [["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"], ["A", "a", 0, null, 0, 900]],
      { schaal: [[0, 0, null, 10]] },
    );
    expect(summaryMatrix(r, { schaalBron: "blad Schaal" }).map((row) => row[0])).toContain(
      "Bijdragen volgens de officiële schaal (blad Schaal), nooit meer dan het kindsdeel.",
    );
  });
});
