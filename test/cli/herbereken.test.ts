/**
 * The command line on generated files in a temporary folder: .xlsx of 10 and 10 000 rows, CSV, missing columns,
 * empty rows, text in number columns, a file that is not a spreadsheet.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, defaultOutput } from "../../src/cli/herbereken";
import { dateToSerial, sampleDossierList } from "../../src/dossiers";
import { detectDelimiter, decodeText } from "../../src/workbook/file";
import { readXlsx, writeXlsxIn } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "herbereken-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function capture(isTTY = false) {
  let stdout = "";
  let stderr = "";
  return {
    io: { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t), isTTY } },
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

const writeXlsx = (file: string, sheets: Record<string, unknown[][]>): Promise<string> => writeXlsxIn(dir, file, sheets);

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort", "Datum"];

describe("herbereken", () => {
  test("10 rows: a new workbook next to the input with the output columns and a summary; the input is untouched", async () => {
    const input = await writeXlsx("lijst10.xlsx", { Dossiers: sampleDossierList(10) });
    const before = fs.readFileSync(input);
    const out = capture();
    expect(await main([input], out.io)).toBe(0);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    const output = path.join(dir, "lijst10.herberekend.xlsx");
    expect(defaultOutput(input)).toBe(output);
    expect(out.stdout).toContain("Rijen: 10, OK: 10, fouten: 0, lege rijen: 0, dossiers: 4.");
    expect(out.stdout).toContain(`Geschreven: ${output} (samenvatting op blad "Samenvatting")`);
    expect(out.stdout).toContain("BENADERING");
    expect(out.stderr).toBe("");
    const sheets = await readXlsx(output);
    expect(Object.keys(sheets)).toEqual(["Dossiers", "Samenvatting"]);
    const list = sheets.Dossiers;
    expect(list[0].slice(-4)).toEqual(["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
    expect(list.slice(1).map((r) => r[r.length - 1])).toEqual(Array(10).fill("OK"));
    // input columns are copied unchanged (a date serial now has a date format, so ExcelJS reads it back as a Date)
    const original = sampleDossierList(10);
    const serial = (v: unknown) => (v instanceof Date ? dateToSerial(v) : v);
    list.forEach((row, i) => expect(row.slice(0, original[0].length).map(serial)).toEqual(original[i]));
    expect(sheets.Samenvatting[0][0]).toBe("Dossier");
    expect(sheets.Samenvatting).toHaveLength(1 + 4 + 1 + 1 + 4); // header, 4 dossiers, total, empty row, notes
  });

  test("running on its own output gives the same list (idempotent), and never overwrites the input", async () => {
    const input = await writeXlsx("eigen.xlsx", { Dossiers: [H, ["A", "a", 31723, null, 2, 900, 39897], ["A", "b", "abc", null, 0, 900, 39897], ["B", "c", 0, null, 0, 100, null]] });
    const first = path.join(dir, "eigen.herberekend.xlsx");
    expect(await main([input], capture().io)).toBe(0);
    const second = path.join(dir, "tweede.xlsx");
    const out = capture();
    expect(await main([first, "--uit", second], out.io)).toBe(0);
    const a = await readXlsx(first);
    const b = await readXlsx(second);
    expect(b.Dossiers).toEqual(a.Dossiers);
    // the list is the first sheet with the headers; the summary the first run wrote (marked with a defined name) is
    // replaced, not joined by a "Samenvatting (2)"; only its Bron line names the other file
    expect(Object.keys(b)).toEqual(["Dossiers", "Samenvatting"]);
    const withoutBron = (rows: unknown[][]) => rows.filter((r) => !String(r[0]).startsWith("Bron:"));
    expect(withoutBron(b.Samenvatting)).toEqual(withoutBron(a.Samenvatting));
    expect(b.Samenvatting.map((r) => r[0])).toContain('Bron: blad "Dossiers" van eigen.herberekend.xlsx');
    expect(a.Dossiers[1].slice(-4)).toEqual([450, 26028.8, 118.63, "OK"]);
  });

  test("10 000 rows, with a progress report on stderr for a large file", async () => {
    const input = await writeXlsx("groot.xlsx", { Lijst: sampleDossierList(10_000, { seed: 7 }) });
    const out = capture(false);
    // progress is shown for more than 5 000 rows even when stderr is not a terminal
    expect(await main([input, "--uit", path.join(dir, "groot-uit.xlsx")], out.io)).toBe(0);
    expect(out.stdout).toMatch(/Rijen: 10000, OK: 10000, fouten: 0/);
    expect(out.stderr).toContain("Rekenen: 100%");
    const sheets = await readXlsx(path.join(dir, "groot-uit.xlsx"));
    expect(sheets.Lijst).toHaveLength(10_001);
    expect(sheets.Lijst.every((r, i) => i === 0 || r[r.length - 1] === "OK")).toBe(true);
  }, 60_000);

  test("a terminal gets a progress bar even for a small file", async () => {
    const input = await writeXlsx("tty.xlsx", { L: sampleDossierList(5) });
    const out = capture(true);
    expect(await main([input], out.io)).toBe(0);
    expect(out.stderr).toContain("Rekenen [##############################] 100%");
  });

  test("a CSV file (semicolon, Belgian numbers, dates as text, Windows-1252) and a comma-separated one", async () => {
    const csv = [
      "Dossier;Kind;Inkomen;Partner inkomen;Personen ten laste;Tekort;Datum",
      'D1;"Zoë; de oudste";31.723,00;;2;900;25/03/2009',
      "D1;Bert;0;;0;900;25/03/2009",
      "D1;Cas;-5;;0;900;25/03/2009",
      ";;;;;;",
      "",
    ].join("\r\n");
    const file = path.join(dir, "lijst.csv");
    fs.writeFileSync(file, Buffer.from(csv, "latin1"));
    const out = capture();
    expect(await main([file], out.io)).toBe(0);
    expect(out.stdout).toContain("Rijen: 3, OK: 2, fouten: 1, lege rijen: 1, dossiers: 1.");
    expect(out.stdout).toMatch(/rij 4 \(dossier D1\): Inkomen: mag niet negatief zijn \(kreeg -5\)/);
    const sheets = await readXlsx(path.join(dir, "lijst.herberekend.xlsx"));
    expect(sheets.lijst[1]).toEqual(["D1", "Zoë; de oudste", "31.723,00", null, "2", "900", "25/03/2009", 300, 26028.8, 118.63, "OK"]);
    expect((sheets.lijst[4] ?? []).slice(7)).toEqual([]); // the empty row keeps empty output cells

    const comma = path.join(dir, "komma.csv");
    fs.writeFileSync(comma, "\ufeffDossier,Kind,Inkomen,Partner inkomen,Personen ten laste,Tekort\nA,x,\"1234,5\",,0,300\n");
    const out2 = capture();
    expect(await main([comma], out2.io)).toBe(0);
    expect(out2.stdout).toContain("Rijen: 1, OK: 1, fouten: 0");
  });

  test("empty rows and text in number columns are row errors, not a failure", async () => {
    const input = await writeXlsx("tekst.xlsx", {
      Blad1: [H, ["A", "a", "veel", null, 0, 900, null], [], [null, null, null, null, null, null, null], ["A", "b", 1000, "?", 0, 900, null], ["B", "c", 1000, null, "twee", "honderd", null]],
    });
    const out = capture();
    expect(await main([input], out.io)).toBe(0);
    expect(out.stdout).toContain("Rijen: 3, OK: 0, fouten: 3, lege rijen: 2, dossiers: 2.");
    expect(out.stdout).toContain('rij 2 (dossier A): Inkomen: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "veel".');
    expect(out.stdout).toContain('rij 5 (dossier A): Partner inkomen: verwacht een bedrag');
    expect(out.stdout).toContain('rij 6 (dossier B): Tekort: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "honderd".');
  });

  test("a required column missing: exit 1 and the column is named", async () => {
    const input = await writeXlsx("mist.xlsx", { Blad1: [["Dossier", "Kind", "Inkomen", "Personen ten laste", "Tekort"], ["A", "a", 0, 0, 900]] });
    const out = capture();
    expect(await main([input], out.io)).toBe(1);
    expect(out.stderr).toBe('Fout: Verplichte kolom ontbreekt in de kopregel van blad "Blad1" van mist.xlsx: Partner inkomen.\n');
    expect(fs.existsSync(path.join(dir, "mist.herberekend.xlsx"))).toBe(false);
  });

  test("no header row; a file that is not a spreadsheet; a missing file; an old .xls", async () => {
    const noHeader = await writeXlsx("geenkop.xlsx", { Blad1: [[1, 2, 3], [4, 5, 6]] });
    let out = capture();
    expect(await main([noHeader], out.io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: Geen kopregel gevonden in blad "Blad1" van geenkop.xlsx/);

    const text = path.join(dir, "brief.xlsx");
    fs.writeFileSync(text, "Beste, dit is geen rekenblad.");
    out = capture();
    expect(await main([text], out.io)).toBe(1);
    expect(out.stderr).toBe(`Fout: ${text} is geen geldig Excel-bestand (.xlsx): de inhoud is geen Excel-werkmap.\n`);

    const binary = path.join(dir, "foto.csv");
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    out = capture();
    expect(await main([binary], out.io)).toBe(1);
    expect(out.stderr).toMatch(/is geen tekstbestand \(CSV\)/);

    const broken = path.join(dir, "kapot.xlsx");
    fs.writeFileSync(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    out = capture();
    expect(await main([broken], out.io)).toBe(1);
    expect(out.stderr).toMatch(/kan niet gelezen worden als Excel-werkmap/);

    out = capture();
    expect(await main([path.join(dir, "bestaatniet.xlsx")], out.io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: Bestand niet gevonden: /);

    const xls = path.join(dir, "oud.xls");
    fs.writeFileSync(xls, "x");
    out = capture();
    expect(await main([xls], out.io)).toBe(1);
    expect(out.stderr).toMatch(/oud Excel-bestand \(\.xls\)/);

    const other = path.join(dir, "notities.doc");
    fs.writeFileSync(other, "x");
    out = capture();
    expect(await main([other], out.io)).toBe(1);
    expect(out.stderr).toMatch(/is geen rekenblad/);
  });

  test("--uit may not be the input; --uit must be .xlsx; wrong arguments exit 1", async () => {
    const input = await writeXlsx("zelf.xlsx", { L: sampleDossierList(3) });
    let out = capture();
    expect(await main([input, "--uit", input], out.io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: De uitvoer .*zelf\.xlsx is het invoerbestand .*: de invoer wordt nooit overschreven/);
    out = capture();
    expect(await main([input, `--uit=${path.join(dir, ".", "zelf.xlsx")}`], out.io)).toBe(1);
    out = capture();
    expect(await main([input, "--uit", path.join(dir, "x.csv")], out.io)).toBe(1);
    expect(out.stderr).toMatch(/moet een .xlsx-bestand zijn/);
    out = capture();
    expect(await main([], out.io)).toBe(1);
    expect(out.stderr).toMatch(/Geef het invoerbestand op\.[\s\S]*Gebruik: npm run herbereken/);
    out = capture();
    expect(await main([input, "--kleur", "rood"], out.io)).toBe(1);
    expect(out.stderr).toMatch(/Onbekende optie --kleur/);
    out = capture();
    expect(await main([input, "--uit"], out.io)).toBe(1);
    out = capture();
    expect(await main(["--help"], out.io)).toBe(0);
    expect(out.stdout).toMatch(/^Gebruik:/);
  });

  test("--blad picks the sheet; by default the first sheet with the headers", async () => {
    const input = await writeXlsx("bladen.xlsx", {
      Uitleg: [["Deze werkmap bevat de dossiers van maart."]],
      Maart: [H, ["A", "a", 0, null, 0, 900, null]],
      April: [H, ["B", "b", 0, null, 0, 500, null], ["B", "c", 0, null, 0, 500, null]],
    });
    let out = capture();
    expect(await main([input], out.io)).toBe(0);
    expect(out.stdout).toContain('(blad "Maart")');
    out = capture();
    expect(await main([input, "--blad", "april", "--uit", path.join(dir, "april.xlsx")], out.io)).toBe(0);
    expect(out.stdout).toContain("Rijen: 2, OK: 2");
    out = capture();
    expect(await main([input, "--blad", "Mei", "--overschrijf"], out.io)).toBe(1);
    expect(out.stderr).toBe('Fout: Blad "Mei" niet gevonden. De werkmap heeft: "Uitleg", "Maart", "April".\n');
    out = capture();
    expect(await main([input, "--blad", "Uitleg", "--overschrijf"], out.io)).toBe(1);
    expect(out.stderr).toMatch(/Geen kopregel gevonden in blad "Uitleg"/);
  });

  test("the workbook's sheet Schaal is used, unless --schaal is given; a bad scale stops with a message", async () => {
    const schaal = [["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"], [0, 0, 30000, 0], [0, 30000, null, 75]];
    const input = await writeXlsx("metschaal.xlsx", { Lijst: [H, ["A", "a", 40000, null, 0, 900, null]], Schaal: schaal });
    let out = capture();
    expect(await main([input], out.io)).toBe(0);
    expect(out.stdout).toContain("Bijdragen volgens de officiële schaal (blad Schaal).");
    let sheets = await readXlsx(path.join(dir, "metschaal.herberekend.xlsx"));
    expect(sheets.Lijst[1].slice(-2)).toEqual([75, "OK"]);

    const csvScale = path.join(dir, "schaal.csv");
    fs.writeFileSync(csvScale, "personen_ten_laste;inkomen_van;inkomen_tot;maandbedrag\n0;0;;12,5\n");
    out = capture();
    expect(await main([input, "--schaal", csvScale, "--uit", path.join(dir, "s2.xlsx")], out.io)).toBe(0);
    expect(out.stdout).toContain("Bijdragen volgens de officiële schaal (schaal.csv).");
    sheets = await readXlsx(path.join(dir, "s2.xlsx"));
    expect(sheets.Lijst[1].slice(-2)).toEqual([12.5, "OK"]);

    const xlsxScale = await writeXlsx("schaal.xlsx", { Tarief: [[0, 0, null, 20]] });
    out = capture();
    expect(await main([input, "--schaal", xlsxScale, "--uit", path.join(dir, "s3.xlsx")], out.io)).toBe(0);
    expect(out.stdout).toContain("(schaal.xlsx, blad Tarief)");

    const bad = await writeXlsx("slecht.xlsx", { Lijst: [H, ["A", "a", 40000, null, 0, 900, null]], Schaal: [[0, 0, 100, "veel"]] });
    out = capture();
    expect(await main([bad], out.io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: De schaal \(blad Schaal\) is onbruikbaar: schaal \(rij 1, maandbedrag\): verwacht een bedrag/);

    out = capture();
    expect(await main([input, "--schaal", path.join(dir, "geen.csv"), "--overschrijf"], out.io)).toBe(1);
    expect(out.stderr).toMatch(/^Fout: Schaal: Bestand niet gevonden/);
  });
});

describe("CSV reading", () => {
  test("separator detection and quotes", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter("a\tb")).toBe("\t");
    expect(detectDelimiter('"a;b",c,d')).toBe(",");
    // quotes and empty cells: see csv.test.ts
    expect(decodeText(Buffer.from("\ufeffé", "utf8"))).toBe("é");
    expect(decodeText(Buffer.from([0x5a, 0x6f, 0xeb]))).toBe("Zoë");
  });
});
