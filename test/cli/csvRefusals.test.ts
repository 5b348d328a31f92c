/**
 * The CSV reader refuses, with the line named, what it cannot read as the user meant it (SPEC 3: "no row is ever
 * dropped"; issue 9 defect 1; never a silently wrong number), and reads what it can:
 * 1. a row with more filled fields than the header row (an unquoted 30000,50 in a comma file: amounts shifted);
 * 2. two stray quotes swallowing the rows between them into one cell (a real multi-line note is still read);
 * 3. a cell longer than an Excel cell holds (32 767 characters);
 * 4. the separator found on the header row, below a title line with a comma or with no separator at all;
 * 5. an empty file named as such; a UTF-16 file with a BOM (Excel's "Unicode-tekst") read, one without refused.
 * Every expected figure below is worked out by hand from the file text in the test.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { decodeText, detectDelimiter, parseCsv, SpreadsheetFileError } from "../../src/workbook/file";
import { readCsvFile } from "../../src/workbook/csv";
import { capture } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "csv-refusals-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The message parseCsv throws for `text` (fails the test when it reads the text). */
function refusal(text: string, options: Parameters<typeof parseCsv>[1] = { file: "lijst.csv" }): string {
  try {
    parseCsv(text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(SpreadsheetFileError);
    return (error as Error).message;
  }
  throw new Error("read, not refused");
}

const HEADER = "Dossier;Kind;Inkomen;Partner inkomen;Personen ten laste;Tekort";
const COMMA_HEADER = HEADER.replace(/;/g, ",");

describe("1. a row with more filled fields than the header row", () => {
  test("an unquoted 30000,50 in a comma file: refused naming the line and both counts (7 fields, header 6)", () => {
    // line 1 header (6 fields), line 2 A (6 fields), line 3 B: 30000,50 split in two -> 7 fields
    const text = `${COMMA_HEADER}\r\nA,k,30000,0,0,800\r\nB,k,30000,50,0,0,800\r\n`;
    expect(refusal(text)).toBe(
      "lijst.csv kan niet volledig gelezen worden: regel 3 heeft 7 velden, de kopregel (regel 1) maar 6, zodat de bedragen op die rij in de " +
        "verkeerde kolommen zouden belanden. Staat er een komma (,), het scheidingsteken van dit bestand, in een bedrag of tekst zonder " +
        'aanhalingstekens (bijvoorbeeld 30000,50 in een bestand met komma\'s)? Zet die cel tussen aanhalingstekens ("30000,50") of bewaar ' +
        "de lijst in Excel opnieuw als CSV, en probeer opnieuw.",
    );
  });

  test("in French", () => {
    const text = `Dossier,Enfant,Revenu,Revenu du partenaire,Personnes à charge,Déficit\nB,k,30000,50,0,0,800\n`;
    expect(refusal(text, { file: "liste.csv", taal: "fr" })).toMatch(
      /^liste\.csv ne peut pas être lu entièrement : la ligne 2 a 7 champs, la ligne d'en-tête \(ligne 1\) seulement 6, .*Le séparateur de ce fichier \(virgule \(,\)\) se trouve-t-il dans un montant/,
    );
  });

  test("title lines above the header may be wider; the lines are counted from the top of the file", () => {
    // line 1 title with 7 filled fields (above the header: not counted), line 2 empty, line 3 header, line 4 a good
    // row, line 5 a row with 7 filled fields
    const text = `Lijst;maart;2024;OCMW;Gent;dienst;sociaal\n\n${HEADER}\nA;k;1;;0;9\nB;k;30000;50;0;0;800\n`;
    expect(refusal(text)).toMatch(/^lijst\.csv kan niet volledig gelezen worden: regel 5 heeft 7 velden, de kopregel \(regel 3\) maar 6,/);
  });

  test("trailing empty fields do not count, nor empty fields in the middle; a header with an empty last column allows a value there", () => {
    expect(parseCsv(`${HEADER}\nA;k;1;;0;9;;;\n`)).toEqual([HEADER.split(";"), ["A", "k", "1", null, "0", "9", null, null, null]]);
    // Excel writes as many fields as the widest column: the note under an unnamed 7th column is not a shift
    expect(parseCsv(`${HEADER};\nA;k;1;;0;9;notitie\n`)[1]).toEqual(["A", "k", "1", null, "0", "9", "notitie"]);
  });

  test("a scale file (no list header): 4 or 5 fields (undated and dated versions mixed), more is refused", () => {
    expect(refusal("Schaal 2026\nvan;tot;basis;procent\n0;1000;0;0;5;9\n")).toMatch(/regel 3 heeft 6 velden, de kopregel \(regel 2\) maar 5/);
    expect(parseCsv("0;0;;20\r\n")).toEqual([["0", "0", null, "20"]]);
    // no header: undated rows of 4 fields, then a version from 1/3/2025 with its 5th field
    expect(parseCsv("0;0;10000;0\n0;10000;;50\n0;0;10500;0;01/03/2025\n0;10500;;55;01/03/2025\n")).toHaveLength(4);
  });

  test("a list of only its header row, a header cell typed over two lines (Alt+Enter): read, not refused", () => {
    expect(parseCsv('Dossier;Kind;Inkomen;"Personen\nten laste";Tekort\r\n')[0]).toEqual(["Dossier", "Kind", "Inkomen", "Personen\nten laste", "Tekort"]);
  });

  test("the CLI: exit 1, the line named, nothing written", async () => {
    const file = path.join(dir, "komma.csv");
    fs.writeFileSync(file, `${COMMA_HEADER}\r\nA,k,30000,0,0,800\r\nB,k,30000,50,0,0,800\r\n`);
    const { out, io } = capture();
    expect(await main([file], io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: .*komma\.csv kan niet volledig gelezen worden: regel 3 heeft 7 velden, de kopregel \(regel 1\) maar 6/);
    expect(fs.existsSync(path.join(dir, "komma.herberekend.xlsx"))).toBe(false);
  });
});

describe("2. stray quotes swallowing rows", () => {
  /** 30 data rows D1..D30 under the header; `edit` changes the Kind cell of some rows */
  function list(edit: (i: number) => string | undefined): string {
    const lines = [HEADER];
    for (let i = 1; i <= 30; i++) lines.push(`D${i};${edit(i) ?? `Kind${i}`};20000;0;0;500`);
    return lines.join("\r\n") + "\r\n";
  }

  test('"Bob in row 10 and Ann" in row 20: refused naming lines 11 and 21, not read as 20 rows', () => {
    // data row i is line i + 1; the cell opens on line 11 (row 10) and closes on line 21 (row 20)
    const text = list((i) => (i === 10 ? '"Bob' : i === 20 ? 'Ann"' : undefined));
    expect(refusal(text)).toBe(
      "lijst.csv kan niet volledig gelezen worden: een cel tussen aanhalingstekens (kolom B) begint op regel 11, loopt door tot regel 21 en " +
        'bevat een puntkomma (;), het scheidingsteken van dit bestand. Waarschijnlijk opent een los aanhalingsteken (") op regel 11 een cel ' +
        "die pas op regel 21 sluit, zodat de rijen daartussen in die ene cel zouden belanden. Verwijder het losse aanhalingsteken. " +
        "Hoort die tekst echt in één cel, haal er dan de regeleinden of de puntkomma (;) uit.",
    );
  });

  test("on two adjacent rows (one row swallowed, the row keeping its width): refused naming lines 11 and 12", () => {
    const text = list((i) => (i === 10 ? '"Bob' : i === 11 ? 'Ann"' : undefined));
    expect(refusal(text)).toMatch(/een cel tussen aanhalingstekens \(kolom B\) begint op regel 11, loopt door tot regel 12 en bevat een puntkomma/);
  });

  test("a stray quote in the last field and its pair in the first field of a later line: the joined row is too wide", () => {
    // row 10's Tekort opens a cell ("500), row 12's Dossier closes it (D12"): the joined record has
    // 5 fields of row 10 + 1 cell + 5 fields of row 12 = 11 fields, the header 6
    const lines = [HEADER];
    for (let i = 1; i <= 30; i++) lines.push(i === 10 ? `D10;Kind10;20000;0;0;"500` : i === 12 ? `D12";Kind12;20000;0;0;500` : `D${i};Kind${i};20000;0;0;500`);
    // the cell holds "500\r\nD11;Kind11;..." : it holds the separator, and is refused as such
    expect(refusal(lines.join("\r\n"))).toMatch(/kolom F\) begint op regel 11, loopt door tot regel 13/);
    // without the row in between (no separator in the cell): refused for its width
    lines.splice(11, 1);
    expect(refusal(lines.join("\r\n"))).toMatch(/^lijst\.csv kan niet volledig gelezen worden: een cel tussen aanhalingstekens \(kolom F\) begint op regel 11 en loopt door tot regel 12, waardoor die rij meer velden telt dan de andere/);
  });

  test("a stray quote in the header's last cell joining the only data row to it: refused", () => {
    const text = `Dossier;Kind;Inkomen;Partner inkomen;Personen ten laste;"Tekort\r\nD1";k;1;0;0;9\r\n`;
    expect(refusal(text)).toMatch(/kolom F\) begint op regel 1 en loopt door tot regel 2/);
  });

  test("a real multi-line address or note (no separator on its lines) is still read, the rows counted right", () => {
    const text = `${HEADER};Adres\r\nD1;Anna;20000;;0;500;"Kerkstraat 1\r\n9000 Gent"\r\nD2;Bert;0;;0;600;\r\n`;
    expect(parseCsv(text)).toEqual([
      [...HEADER.split(";"), "Adres"],
      ["D1", "Anna", "20000", null, "0", "500", "Kerkstraat 1\r\n9000 Gent"],
      ["D2", "Bert", "0", null, "0", "600", null],
    ]);
    // a header cell over two lines (Alt+Enter in Excel) as well
    expect(parseCsv(`Dossier;Kind;Inkomen;"Partner\ninkomen";Personen ten laste;Tekort\nD1;k;1;;0;9\n`)[0][3]).toBe("Partner\ninkomen");
  });

  test("in French", () => {
    const text = list((i) => (i === 10 ? '"Bob' : i === 20 ? 'Ann"' : undefined));
    expect(refusal(text, { file: "liste.csv", taal: "fr" })).toMatch(
      /^liste\.csv ne peut pas être lu entièrement : une cellule entre guillemets \(colonne B\) commence à la ligne 11, continue jusqu'à la ligne 21 et contient le séparateur de ce fichier \(point-virgule \(;\)\)/,
    );
  });

  test("the CLI: exit 1, nothing written (was: Rijen: 20, exit 0)", async () => {
    const file = path.join(dir, "slikt.csv");
    fs.writeFileSync(file, list((i) => (i === 10 ? '"Bob' : i === 20 ? 'Ann"' : undefined)));
    const { out, io } = capture();
    expect(await main([file], io)).toBe(1);
    expect(out.stderr).toMatch(/begint op regel 11, loopt door tot regel 21/);
    expect(out.stdout).toBe("");
    expect(fs.existsSync(path.join(dir, "slikt.herberekend.xlsx"))).toBe(false);
  });
});

describe("3. a cell longer than an Excel cell holds", () => {
  test("32 768 characters: refused naming its line and column; 32 767 read", () => {
    const text = (n: number) => `${HEADER}\nA;k;1;;0;9\nB;${"x".repeat(n)};1;;0;9\n`;
    expect(refusal(text(32768))).toBe(
      "lijst.csv kan niet volledig gelezen worden: de cel in kolom B die op regel 3 begint, telt 32 768 tekens, meer dan de 32 767 die een " +
        "Excel-cel kan bevatten. Maak die cel korter (of controleer de aanhalingstekens ervoor) en probeer opnieuw.",
    );
    expect(parseCsv(text(32767))[2][1]).toHaveLength(32767);
    expect(refusal(text(40000), { file: "liste.csv", taal: "fr" })).toMatch(/la cellule de la colonne B qui commence à la ligne 3 compte 40 000 caractères, plus que les 32 767/);
  });
});

describe("4. the separator is found on the header row", () => {
  test("a title with a comma above a semicolon header", () => {
    const text = `Dossierlijst maart 2024, OCMW Gent\n${HEADER}\nA;k;30000,50;0;0;900\n`;
    expect(detectDelimiter(text)).toBe(";");
    expect(parseCsv(text)[2]).toEqual(["A", "k", "30000,50", "0", "0", "900"]);
  });

  test("a title without separators above a comma header, and a tab header under a title with semicolons", () => {
    expect(detectDelimiter(`Dossierlijst maart 2024\n\n${COMMA_HEADER}\nA,k,"30000,50",0,0,900\n`)).toBe(",");
    expect(detectDelimiter(`Lijst; maart; 2024\n${HEADER.replace(/;/g, "\t")}\nA\tk\t1\t\t0\t9\n`)).toBe("\t");
  });

  test("without a list header (a scale file): the separator that splits the first rows alike", () => {
    // ; splits both rows into 4; the comma splits only the second (decimal comma) into 2
    expect(detectDelimiter("van;tot;basis;procent\n0;1000;12,5;0\n")).toBe(";");
    // the title's comma: 1 row of 2 fields; the semicolon: 2 rows of 4
    expect(detectDelimiter("Schaal, 2026\n0;0;;20\n0;100;;30\n")).toBe(";");
  });

  test("the CLI reads a list under a title with a comma (was: Geen kopregel gevonden)", async () => {
    const file = path.join(dir, "titel.csv");
    fs.writeFileSync(file, `Dossierlijst maart 2024, OCMW Gent\r\n${HEADER}\r\nA;k;30000,50;0;0;900\r\n`);
    const { out, io } = capture();
    expect(await main([file], io)).toBe(0);
    expect(out.stdout).toContain("Rijen: 1, OK: 1");
  });
});

describe("5. empty files and UTF-16", () => {
  test.each([
    ["0 bytes", ""],
    ["spaces and line breaks", "  \r\n\r\n\t\n"],
    ["a byte-order mark only", "\ufeff"],
  ])("an empty file (%s): 'leeg bestand', in Dutch and French", (_, text) => {
    expect(refusal(text)).toBe("lijst.csv is een leeg bestand: er staat geen enkele regel in. Kies het juiste bestand, of bewaar de lijst opnieuw als CSV.");
    expect(refusal(text, { file: "liste.csv", taal: "fr" })).toBe(
      "liste.csv est un fichier vide : il ne contient aucune ligne. Choisissez le bon fichier, ou enregistrez à nouveau la liste en CSV.",
    );
  });

  test("the CLI on a 0-byte file: exit 1, 'leeg bestand'", async () => {
    const file = path.join(dir, "leeg.csv");
    fs.writeFileSync(file, "");
    const { out, io } = capture();
    expect(await main([file], io)).toBe(1);
    expect(out.stderr).toBe(`Fout: ${file} is een leeg bestand: er staat geen enkele regel in. Kies het juiste bestand, of bewaar de lijst opnieuw als CSV.\n`);
  });

  const unicodeText = `${HEADER.replace(/;/g, "\t")}\r\nD1\tZoë\t20000\t\t0\t900\r\n`;

  test("UTF-16LE with a BOM (Excel's Unicode-tekst, tab-separated) is read; UTF-16BE with a BOM too", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(unicodeText, "utf16le")]);
    const file = path.join(dir, "unicode.txt");
    fs.writeFileSync(file, le);
    expect(readCsvFile(file)).toEqual([HEADER.split(";"), ["D1", "Zoë", "20000", null, "0", "900"]]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeText(be)).toBe(unicodeText);
  });

  test("the CLI computes a UTF-16 list: exit 0, one row OK", async () => {
    const file = path.join(dir, "unicode-lijst.txt");
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(unicodeText, "utf16le")]));
    const { out, io } = capture();
    expect(await main([file], io)).toBe(0);
    expect(out.stdout).toContain("Rijen: 1, OK: 1");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "unicode-lijst.herberekend.xlsx"));
    expect(wb.worksheets[0].getCell("B2").value).toBe("Zoë");
  });

  test("UTF-16 without a BOM: refused, saying to save it as CSV UTF-8; other bytes with zeros stay 'binary'", () => {
    expect(() => decodeText(Buffer.from(unicodeText, "utf16le"), "u.txt")).toThrow(
      'u.txt is als UTF-16-tekst (Unicode-tekst) bewaard zonder aanduiding van de bytevolgorde en kan niet betrouwbaar gelezen worden. Open het in Excel en bewaar het als "CSV UTF-8 (door komma\'s gescheiden)" of als Excel-werkmap (.xlsx).',
    );
    expect(() => decodeText(Buffer.from(unicodeText, "utf16le"), "u.txt", "fr")).toThrow(/enregistrez-le en « CSV UTF-8/);
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "foto.csv")).toThrow("foto.csv is geen tekstbestand (CSV): het bevat binaire gegevens.");
  });
});
