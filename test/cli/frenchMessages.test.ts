/**
 * Issue 13 item 3, `--taal fr`: every message of a French run in French, written out by hand: the statuses of a list
 * that triggers each one (a row without a dossier number, a missing deficit, a bad deficit cell and the dossier's other
 * row, two rows that disagree, a formula without value, an equity decision, the summary statuses), a CSV file with an
 * unclosed quote, a sheet that does not exist, an unreadable scale file, a missing file; no Dutch word anywhere in the
 * French output (messages, list, Résumé).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/herbereken";
import { CLI_TEXTS } from "../../src/cli/messages";
import { sheetRows } from "../../src/workbook/file";
import { capture } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "herbereken-fr-msg-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Dutch words that must never show in a French run ("billijkheid" is a Dutch domain term: Dutch texts only). */
const DUTCH_WORDS =
  /\b(rij|rijen|regel|ontbreekt|fout|fouten|heeft|hebben|kolom|blad|niet|gevonden|geannuleerd|herberekend|billijkheid|tekort|dossiernummer|werkmap|bestand|onbruikbaar|Samenvatting|Totaal|Geschreven)\b/i;

const H = ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit", "Équité", "Motif"];

test("a French run over a list with every kind of error: the exact French Statut of each row, the Résumé, no Dutch word", async () => {
  // sheet rows (header in row 1):
  //  2  no dossier number
  //  3  D1: no Déficit on its one row
  //  4  D2: Déficit "abc"; row 5 (D2) is told its deficit is unknown because of row 4
  //  6  D3: 900 and 950 on rows 6 and 7
  //  8  D4: Revenu is a formula without a stored value (ExcelJS writes { formula } without a cached value)
  //  9  D5: one child, Déficit 800, no income: computed contribution 0; the Comité decided 50 (<= the part 800 / 1)
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Dossiers").addRows([
    H,
    [null, "Zoé", 0, null, 0, 900, null, null],
    ["D1", "Anne", 0, null, 0, null, null, null],
    ["D2", "Bruno", 0, null, 0, "abc", null, null],
    ["D2", "Chloé", 0, null, 0, 900, null, null],
    ["D3", "Denis", 0, null, 0, 900, null, null],
    ["D3", "Emma", 0, null, 0, 950, null, null],
    ["D4", "Fanny", { formula: "5000*2" }, null, 0, 300, null, null],
    ["D5", "Hugo", 0, null, 0, 800, 50, "revenus modestes"],
  ]);
  const input = path.join(dir, "liste.xlsx");
  await wb.xlsx.writeFile(input);
  const output = path.join(dir, "liste-fr.xlsx");
  const { out, io } = capture();
  expect(await main([input, "--uit", output, "--taal", "fr"], io)).toBe(0);

  const disagree =
    "Déficit : les lignes du dossier D3 diffèrent (900 à la ligne 6, 950 à la ligne 7) ; un dossier n'a qu'une seule valeur « Déficit » : " +
    "indiquez partout la même valeur ou laissez les autres lignes vides.";
  const statuses = [
    "Dossier : manquant ; chaque ligne avec des données a besoin d'un numéro de dossier.",
    "Déficit : manquant pour le dossier D1 ; indiquez le déficit sur au moins une ligne du dossier.",
    "Déficit : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « abc ».",
    "Déficit : le déficit du dossier D2 est inconnu à cause d'une erreur à la ligne 4 (colonne Déficit).",
    disagree,
    disagree,
    "Revenu : formule sans valeur calculée : ouvrez le fichier dans Excel et enregistrez-le.",
    "OK (équité)",
  ];
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  const list = sheetRows(back.getWorksheet("Dossiers")!);
  expect(list[0].slice(8)).toEqual(["Part d'enfant", "Montant immunisé", "Contribution", "Statut"]);
  expect(list.slice(1).map((r) => r[11])).toEqual(statuses);
  // D5: Part d'enfant 800, Contribution 50 (the decision)
  expect([list[8][8], list[8][10]]).toEqual([800, 50]);

  const resume = sheetRows(back.getWorksheet("Résumé")!);
  const byDossier = new Map(resume.slice(1).map((r) => [r[0], r[8]]));
  expect(byDossier.get("D4")).toBe("La ligne de ce dossier contient une erreur.");
  expect(byDossier.get("D5")).toBe("OK");
  expect(byDossier.get("(sans numéro de dossier)")).toBe(
    "Une ligne avec des données mais sans numéro de dossier : comptée dans aucun dossier (voir Statut dans la liste).",
  );

  // the message: 8 rows with data, 1 OK (D5), 7 errors, one of them without a dossier number; 5 dossiers
  const lines = out.stdout.trim().split("\n");
  expect(lines).toContain("Lignes : 8, OK : 1, erreurs : 7 (dont 1 sans numéro de dossier), lignes vides : 0, dossiers : 5.");
  expect(lines).toContain(`  ligne 2 : ${statuses[0]}`);
  expect(lines).toContain(`  ligne 8 (dossier D4) : ${statuses[6]}`);

  const texts = [out.stdout, out.stderr, ...list.flat(), ...resume.flat()].filter((v): v is string => typeof v === "string");
  // the user's own words in the list (names, the reason of the decision) are not ours: only our texts are checked
  for (const text of texts) expect([text, DUTCH_WORDS.test(text)]).toEqual([text, false]);
});

test("a CSV file with a quote that is never closed: refused in French with its line, exit 1, nothing written", async () => {
  const file = path.join(dir, "guillemet.csv");
  fs.writeFileSync(file, 'Dossier;Enfant;Revenu;Revenu du partenaire;Personnes à charge;Déficit\r\nA;Anne;0;;0;900\r\nB;"Bruno;0;;0;900\r\nC;Chloé;0;;0;900\r\n');
  const { out, io } = capture();
  expect(await main([file, "--taal", "fr"], io)).toBe(1);
  expect(out.stderr).toBe(
    `Erreur : ${file} ne peut pas être lu entièrement : à la ligne 3, un guillemet (") ouvre une cellule qui n'est jamais fermée, ` +
      "de sorte que toutes les lignes suivantes aboutiraient dans cette seule cellule. Fermez le guillemet (ou supprimez-le) à la ligne 3 et réessayez.\n",
  );
  expect(fs.existsSync(path.join(dir, "guillemet.herberekend.xlsx"))).toBe(false);
});

test("a sheet that does not exist (--blad): named in French with the sheets of the workbook", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Janvier").addRows([H.slice(0, 6), ["A", "Anne", 0, null, 0, 900]]);
  wb.addWorksheet("Février").addRows([H.slice(0, 6)]);
  const input = path.join(dir, "feuilles.xlsx");
  await wb.xlsx.writeFile(input);
  const { out, io } = capture();
  expect(await main([input, "--blad", "Mars", "--taal", "fr"], io)).toBe(1);
  expect(out.stderr).toBe("Erreur : Feuille « Mars » introuvable. Le classeur contient : « Janvier », « Février ».\n");
});

test("a missing input file, a file that is no spreadsheet, a missing scale file: in French", async () => {
  const absent = path.join(dir, "absent.xlsx");
  const missing = capture();
  expect(await main([absent, "--taal", "fr"], missing.io)).toBe(1);
  expect(missing.out.stderr).toBe(`Erreur : Fichier introuvable : ${absent}\n`);

  const text = path.join(dir, "notes.docx");
  fs.writeFileSync(text, "pas un tableur");
  const wrong = capture();
  expect(await main([text, "--taal", "fr"], wrong.io)).toBe(1);
  expect(wrong.out.stderr).toBe(`Erreur : ${text} n'est pas un tableur : un classeur Excel (.xlsx) ou un fichier CSV (.csv) est attendu.\n`);

  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Dossiers").addRows([H.slice(0, 6), ["A", "Anne", 0, null, 0, 900]]);
  const input = path.join(dir, "avec-bareme.xlsx");
  await wb.xlsx.writeFile(input);
  const scale = path.join(dir, "bareme-absent.xlsx");
  const noScale = capture();
  expect(await main([input, "--schaal", scale, "--taal", "fr"], noScale.io)).toBe(1);
  expect(noScale.out.stderr).toBe(`Erreur : Barème : Fichier introuvable : ${scale}\n`);
});

test("an unusable scale sheet in the workbook: the run stops with a French message", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Dossiers").addRows([H.slice(0, 6), ["A", "Anne", 0, null, 0, 900]]);
  // a scale row with a formula without a stored value in its 4th column (row 1, column 4)
  wb.addWorksheet("Schaal").addRows([[0, 0, null, { formula: "40+2" }]]);
  const input = path.join(dir, "bareme-formule.xlsx");
  await wb.xlsx.writeFile(input);
  const { out, io } = capture();
  expect(await main([input, "--taal", "fr"], io)).toBe(1);
  expect(out.stderr).toBe(
    "Erreur : Le barème (feuille Schaal) est inutilisable : ligne 1, colonne 4 : formule sans valeur calculée : ouvrez le fichier dans Excel et enregistrez-le.\n",
  );
});

test("the CLI catalogue: every Dutch key has a French text", () => {
  expect(Object.keys(CLI_TEXTS.fr).sort()).toEqual(Object.keys(CLI_TEXTS.nl).sort());
  expect(Object.keys(CLI_TEXTS.fr.phase).sort()).toEqual(Object.keys(CLI_TEXTS.nl.phase).sort());
});
