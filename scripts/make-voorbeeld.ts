/**
 * Writes voorbeelden/dossierlijst.xlsx: a made-up dossier list of 20 WZC dossiers, one row per child, with a few
 * wrong rows on purpose (text in a number column, a negative income, a dossier whose rows disagree on the day price,
 * a row without a dossier number) and one empty row; one child has an equity decision of the Bijzonder Comité
 * (columns Billijkheid and Reden, seed 004).
 *
 *   node -r ts-node/register/transpile-only scripts/make-voorbeeld.ts [UITVOER]
 *
 * All names and amounts are invented.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";

type Cell = string | number | Date | null;

const HEADERS = [
  "Dossier",
  "Kind",
  "Inkomen",
  "Partner inkomen",
  "Personen ten laste",
  "Kadastraal inkomen",
  "Ligdagprijs",
  "Dagen",
  "Bijkomende kosten",
  "Inkomsten",
  "Datum",
  "Billijkheid",
  "Reden",
];

const DATUM = new Date(Date.UTC(2024, 2, 1)); // 01/03/2024

interface Child {
  naam: string;
  inkomen: Cell;
  partner?: Cell;
  ptl: Cell;
  ki?: Cell;
  /** an equity decision: the decided monthly contribution and its reason */
  billijkheid?: [number, string];
}

interface Dossier {
  id: string;
  ligdagprijs: number;
  dagen: number;
  kosten: number;
  inkomsten: number;
  kinderen: Child[];
  /** overrides per child index (to make a wrong row) */
  afwijkend?: Record<number, Partial<Record<"ligdagprijs" | "dossier", Cell>>>;
}

const DOSSIERS: Dossier[] = [
  { id: "2024-001", ligdagprijs: 62.5, dagen: 31, kosten: 145.3, inkomsten: 1425.6, kinderen: [{ naam: "Annick Peeters", inkomen: 38250, partner: 29400, ptl: 2 }, { naam: "Bart Peeters", inkomen: 24100, ptl: 0 }] },
  { id: "2024-002", ligdagprijs: 58.9, dagen: 31, kosten: 98.75, inkomsten: 1610.2, kinderen: [{ naam: "Carine Janssens", inkomen: 31723, ptl: 2 }, { naam: "Dirk Janssens", inkomen: 45600, partner: 12000, ptl: 1 }, { naam: "Els Janssens", inkomen: 19800, ptl: 0 }] },
  { id: "2024-003", ligdagprijs: 71.2, dagen: 31, kosten: 210, inkomsten: 1380, kinderen: [{ naam: "Frank Maes", inkomen: 52300, partner: 41000, ptl: 3, ki: 2450 }] },
  { id: "2024-004", ligdagprijs: 64, dagen: 31, kosten: 120.4, inkomsten: 1502.35, kinderen: [{ naam: "Greet Jacobs", inkomen: "vijftigduizend", ptl: 1 }, { naam: "Hans Jacobs", inkomen: 28900, ptl: 0 }] },
  { id: "2024-005", ligdagprijs: 66.8, dagen: 31, kosten: 87.9, inkomsten: 1720, kinderen: [{ naam: "Ilse Mertens", inkomen: 27450, partner: 26800, ptl: 2 }, { naam: "Jan Mertens", inkomen: 33100, ptl: 0 }, { naam: "Karel Mertens", inkomen: 22000, ptl: 1 }, { naam: "Lies Mertens", inkomen: 61200, partner: 38500, ptl: 2, ki: 1800 }] },
  { id: "2024-006", ligdagprijs: 59.5, dagen: 31, kosten: 160, inkomsten: 1295.4, kinderen: [{ naam: "Marc Willems", inkomen: -3200, ptl: 0 }, { naam: "Nele Willems", inkomen: 36400, ptl: 1 }] },
  { id: "2024-007", ligdagprijs: 63.75, dagen: 31, kosten: 134.2, inkomsten: 1455, kinderen: [{ naam: "Oscar Claes", inkomen: 47800, partner: 35200, ptl: 2 }] },
  {
    id: "2024-008",
    ligdagprijs: 65.2,
    dagen: 31,
    kosten: 102.6,
    inkomsten: 1388.8,
    kinderen: [{ naam: "Piet Goossens", inkomen: 29900, ptl: 1 }, { naam: "Rita Goossens", inkomen: 41250, partner: 20100, ptl: 2 }],
    // a typing error: the day price of the second row differs
    afwijkend: { 1: { ligdagprijs: 62.5 } },
  },
  { id: "2024-009", ligdagprijs: 61, dagen: 31, kosten: 76.4, inkomsten: 1587.9, kinderen: [{ naam: "Sofie Wouters", inkomen: 25600, ptl: 0 }, { naam: "Tom Wouters", inkomen: 30150, partner: 28700, ptl: 3 }] },
  { id: "2024-010", ligdagprijs: 68.4, dagen: 31, kosten: 188.15, inkomsten: 1240, kinderen: [{ naam: "Veerle De Smedt", inkomen: 54800, ptl: 1 }, { naam: "Wim De Smedt", inkomen: 23900, ptl: 0 }, { naam: "Xavier De Smedt", inkomen: 39400, partner: 15500, ptl: 2 }] },
  { id: "2024-011", ligdagprijs: 60.25, dagen: 31, kosten: 95, inkomsten: 1690, kinderen: [{ naam: "Yvonne Dubois", inkomen: 21000, ptl: 0 }] },
  { id: "2024-012", ligdagprijs: 67.1, dagen: 31, kosten: 150.5, inkomsten: 1333.3, kinderen: [{ naam: "Zoë Hermans", inkomen: 44100, partner: 37900, ptl: 2 }, { naam: "Arne Hermans", inkomen: "1.234,56", ptl: 0 }] },
  { id: "2024-013", ligdagprijs: 62, dagen: 31, kosten: 110.8, inkomsten: 1512.45, kinderen: [{ naam: "Bram Aerts", inkomen: 35800, ptl: 1 }, { naam: "Chloé Aerts", inkomen: 29300, partner: 31200, ptl: 2 }] },
  { id: "2024-014", ligdagprijs: 69.9, dagen: 31, kosten: 201.7, inkomsten: 1405.25, kinderen: [{ naam: "Dries Michiels", inkomen: 58900, partner: 44300, ptl: 3, ki: 3100 }, { naam: "Eva Michiels", inkomen: 26700, ptl: 0 }, { naam: "Filip Michiels", inkomen: 33450, ptl: "twee" }] },
  { id: "2024-015", ligdagprijs: 57.8, dagen: 31, kosten: 88.35, inkomsten: 1478, kinderen: [{ naam: "Gert Van Damme", inkomen: 40200, ptl: 1 }] },
  { id: "2024-016", ligdagprijs: 64.6, dagen: 31, kosten: 131.9, inkomsten: 1366.7, kinderen: [{ naam: "Hilde Lambrechts", inkomen: 24500, partner: 22800, ptl: 2 }, { naam: "Ivo Lambrechts", inkomen: 49700, ptl: 1, billijkheid: [40, "Bijzonder Comité 12/02/2024: schuldbemiddeling lopende"] }] },
  { id: "2024-017", ligdagprijs: 66, dagen: 31, kosten: 142.4, inkomsten: 1555.55, kinderen: [{ naam: "Joke Vermeulen", inkomen: 37600, ptl: 0 }, { naam: "Kurt Vermeulen", inkomen: 31900, partner: 27400, ptl: 2 }] },
  { id: "2024-018", ligdagprijs: 63.3, dagen: 31, kosten: 99.99, inkomsten: 1420.1, kinderen: [{ naam: "Leen Vandenberghe", inkomen: 42300, partner: 39800, ptl: 3 }, { naam: "Mieke Vandenberghe", inkomen: 27800, ptl: 1 }] },
  {
    id: "2024-019",
    ligdagprijs: 61.7,
    dagen: 31,
    kosten: 117.2,
    inkomsten: 1610,
    kinderen: [{ naam: "Nico Stevens", inkomen: 34500, ptl: 1 }, { naam: "Olga Stevens", inkomen: 28100, ptl: 0 }],
    // the dossier number was forgotten on one row
    afwijkend: { 1: { dossier: null } },
  },
  { id: "2024-020", ligdagprijs: 70.5, dagen: 31, kosten: 176.6, inkomsten: 1298.9, kinderen: [{ naam: "Pieter Segers", inkomen: 63400, partner: 52100, ptl: 2, ki: 2150 }, { naam: "Roos Segers", inkomen: 22600, ptl: 0 }, { naam: "Stijn Segers", inkomen: 38800, ptl: 1 }] },
];

export function voorbeeldRows(): Cell[][] {
  const rows: Cell[][] = [HEADERS];
  DOSSIERS.forEach((d, n) => {
    d.kinderen.forEach((k, i) => {
      const extra = d.afwijkend?.[i] ?? {};
      rows.push([
        "dossier" in extra ? (extra.dossier as Cell) : d.id,
        k.naam,
        k.inkomen,
        k.partner ?? null,
        k.ptl,
        k.ki ?? null,
        (extra.ligdagprijs as number | undefined) ?? d.ligdagprijs,
        d.dagen,
        d.kosten,
        d.inkomsten,
        DATUM,
        k.billijkheid?.[0] ?? null,
        k.billijkheid?.[1] ?? null,
      ]);
    });
    if (n === 9) rows.push(HEADERS.map(() => null)); // an empty row in the middle of the list
  });
  return rows;
}

export async function makeVoorbeeld(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "OCMW Rekenhulp";
  workbook.created = new Date(Date.UTC(2024, 2, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("Dossiers", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRows(voorbeeldRows());
  sheet.getRow(1).font = { bold: true };
  const widths = [11, 20, 14, 15, 10, 11, 11, 7, 12, 11, 11, 12, 45];
  widths.forEach((w, c) => (sheet.getColumn(c + 1).width = w));
  for (const c of [3, 4, 6, 7, 9, 10, 12]) sheet.getColumn(c).numFmt = "#,##0.00";
  sheet.getColumn(11).numFmt = "dd/mm/yyyy";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADERS.length } };

  const uitleg = workbook.addWorksheet("Uitleg");
  uitleg.getColumn(1).width = 110;
  uitleg.getColumn(1).alignment = { wrapText: true, vertical: "top" };
  // printed on one A4 page wide (a long line is wrapped, never cut onto a page of its own)
  uitleg.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  uitleg.addRows([
    ["Voorbeeld van een dossierlijst voor OCMW Rekenhulp (verzonnen namen en bedragen)."],
    ["Eén rij per kind. Het tekort wordt berekend uit Ligdagprijs, Dagen, Bijkomende kosten, Inkomsten en het zakgeld op Datum."],
    ["Met opzet fout: 2024-004 (tekst als inkomen), 2024-006 (negatief inkomen), 2024-008 (twee ligdagprijzen),"],
    ["2024-014 (tekst als personen ten laste), een rij van 2024-019 zonder dossiernummer, en een lege rij."],
    ["Billijkheid: voor Ivo Lambrechts (2024-016) besliste het Bijzonder Comité een bijdrage van 40,00 per maand; Status wordt 'OK (billijkheid)'."],
    ["Herberekenen: npm run herbereken -- voorbeelden/dossierlijst.xlsx"],
  ]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await workbook.xlsx.writeFile(file);
}

if (require.main === module) {
  const file = process.argv[2] ?? path.join(__dirname, "..", "voorbeelden", "dossierlijst.xlsx");
  makeVoorbeeld(file).then(
    () => process.stdout.write(`Geschreven: ${file}\n`),
    (error) => {
      process.stderr.write(`Fout: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
