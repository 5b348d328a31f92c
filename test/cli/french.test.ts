/**
 * `--taal fr` (issue 13 item 3): a list with French headers recalculated with French messages, output headers, Status
 * texts and a summary sheet "Résumé"; the command line's own errors in French.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main, USAGE } from "../../src/cli/herbereken";
import { CLI_TEXTS } from "../../src/cli/messages";
import { capture, readXlsx, writeXlsxIn } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "herbereken-fr-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const writeXlsx = (file: string, sheets: Record<string, unknown[][]>): Promise<string> => writeXlsxIn(dir, file, sheets);

const H = ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit"];

test("a French list with --taal fr: French headers added, French Status, a sheet Résumé, French messages", async () => {
  // D1: Déficit 900, two children without income: Part d'enfant 900 / 2 = 450 each, Contribution 0 (under the threshold)
  // D2: the Revenu "abc" is not a number: the row's Statut names the column in French, with the rules' French text
  const input = await writeXlsx("liste.xlsx", {
    Dossiers: [H, ["D1", "Anne", 0, null, 0, 900], ["D1", "Bruno", 0, null, 0, 900], ["D2", "Chloé", "abc", null, 0, 300]],
  });
  const output = path.join(dir, "resultat.xlsx");
  const { out, io } = capture();
  expect(await main([input, "--uit", output, "--taal", "fr"], io)).toBe(0);
  expect(out.stderr).toBe("");
  const lines = out.stdout.trim().split("\n");
  expect(lines[0]).toBe(`Liste des dossiers : ${input} (feuille « Dossiers »)`);
  expect(lines[1]).toBe("Contributions selon l'approximation intégrée (aucun barème trouvé).");
  // 3 rows, 2 OK, 1 error, 2 dossiers
  expect(lines).toContain("Lignes : 3, OK : 2, erreurs : 1, lignes vides : 0, dossiers : 2.");
  const status = "Revenu : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « abc ».";
  expect(lines).toContain("Erreurs :");
  expect(lines).toContain(`  ligne 4 (dossier D2) : ${status}`);
  expect(lines[lines.length - 1]).toBe(`Écrit : ${output} (résumé sur la feuille « Résumé »)`);
  expect(out.stdout).not.toMatch(/Rijen|Geschreven|Bijdragen|Fouten/);

  const sheets = await readXlsx(output);
  expect(Object.keys(sheets)).toEqual(["Dossiers", "Résumé"]);
  const list = sheets.Dossiers;
  expect(list[0]).toEqual([...H, "Part d'enfant", "Montant immunisé", "Contribution", "Statut"]);
  expect(list.slice(1).map((r) => [r[6], r[8], r[9]])).toEqual([
    [450, 0, "OK"],
    [450, 0, "OK"],
    // the Part d'enfant needs only the deficit: D2's 300 for its one child
    [300, null, status],
  ]);
  const resume = sheets["Résumé"];
  expect(resume[0]).toEqual([
    "Dossier",
    "Déficit",
    "Nombre d'enfants",
    "Part d'enfant",
    "Somme des contributions",
    "Part du CPAS",
    "Lignes",
    "Erreurs",
    "Statut",
  ]);
  // D1: 900 deficit, 2 children, 450 each, contributions 0, so the CPAS pays 900
  expect(resume[1].slice(0, 8)).toEqual(["D1", 900, 2, 450, 0, 900, 2, 0]);
  const total = resume.find((r) => r[0] === "Total (montants : dossiers sans erreur)");
  expect(total?.[8]).toBe("Montants du seul dossier sans erreur (sur 2) ; Lignes et Erreurs comptent toutes les lignes.");
  const notes = resume.map((r) => String(r[0]));
  expect(notes).toContain("Lignes : 3, OK : 2, erreurs : 1, lignes vides : 0, dossiers : 2.");
  expect(notes).toContain("Part du CPAS = déficit - somme des contributions. Un dossier avec une erreur n'a ni somme ni part du CPAS.");
});

test("the same list without --taal: Dutch output headers, Status and summary (the French headers are read as well)", async () => {
  const input = await writeXlsx("liste-nl.xlsx", { Dossiers: [H, ["D1", "Anne", 0, null, 0, 900], ["D2", "Chloé", "abc", null, 0, 300]] });
  const output = path.join(dir, "uit-nl.xlsx");
  const { out, io } = capture();
  expect(await main([input, "--uit", output], io)).toBe(0);
  const sheets = await readXlsx(output);
  expect(Object.keys(sheets)).toEqual(["Dossiers", "Samenvatting"]);
  expect(sheets.Dossiers[0].slice(-4)).toEqual(["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
  // the column is named as the user's list names it (its header Revenu), the message in the run's language
  expect(sheets.Dossiers[2][9]).toBe('Revenu: verwacht een bedrag in euro (een getal, 0 of meer), maar kreeg de tekst "abc".');
  expect(out.stdout).toContain("Rijen: 2, OK: 1, fouten: 1, lege rijen: 0, dossiers: 2.");
});

test("a French run on its own output reuses the French output columns", async () => {
  const input = await writeXlsx("deux.xlsx", { Dossiers: [H, ["D1", "Anne", 0, null, 0, 900]] });
  const first = path.join(dir, "deux-1.xlsx");
  const second = path.join(dir, "deux-2.xlsx");
  expect(await main([input, "--uit", first, "--taal", "fr"], capture().io)).toBe(0);
  expect(await main([first, "--uit", second, "--taal", "fr"], capture().io)).toBe(0);
  const sheets = await readXlsx(second);
  expect(sheets.Dossiers[0]).toEqual([...H, "Part d'enfant", "Montant immunisé", "Contribution", "Statut"]);
  expect(Object.keys(sheets)).toEqual(["Dossiers", "Résumé"]);
});

test.each([
  [["liste.xlsx", "--taal", "fr", "-o", "x.xlsx"], "Option inconnue -o. Les options sont --uit, --overschrijf, --blad, --schaal, --taal et --help."],
  [["--taal=fr", "liste.xlsx", "--uit"], "L'option --uit demande une valeur, p. ex. --uit resultat.xlsx."],
  [["--taal", "fr"], "Indiquez le fichier d'entrée."],
  [["--taal", "fr", "a.xlsx", "b.xlsx"], "Un seul fichier d'entrée attendu, mais 2 reçus : a.xlsx, b.xlsx."],
])("%j: exit 1, a French message, then the French usage", async (argv, message) => {
  const { out, io } = capture();
  expect(await main(argv, io)).toBe(1);
  expect(out.stderr).toBe(`Erreur : ${message}\n\n${CLI_TEXTS.fr.usage}\n`);
});

test("an unknown language: a Dutch message naming nl and fr; --taal fr --help: the French usage", async () => {
  const wrong = capture();
  expect(await main(["liste.xlsx", "--taal", "de"], wrong.io)).toBe(1);
  expect(wrong.out.stderr).toBe(`Fout: Onbekende taal "de" bij --taal: kies nl (Nederlands) of fr (Frans).\n\n${USAGE}\n`);
  const help = capture();
  expect(await main(["--taal", "fr", "--help"], help.io)).toBe(0);
  expect(help.out.stdout).toMatch(/^Utilisation : npm run herbereken -- ENTREE/);
  expect(help.out.stdout).toContain("Part d'enfant, Montant immunisé, Contribution et\nStatut");
});

test("a missing input file with --taal fr: the message starts with Erreur", async () => {
  const { out, io } = capture();
  expect(await main([path.join(dir, "absent.xlsx"), "--taal", "fr"], io)).toBe(1);
  expect(out.stderr).toMatch(/^Erreur : /);
});

test("--taal fr on a list without a required column: the message in French, naming the French headers", async () => {
  // no Personnes à charge, and neither Déficit nor the four columns it can be computed from
  const input = await writeXlsx("incomplete.xlsx", {
    Dossiers: [
      ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Jours"],
      ["A", "a", 0, null, 30],
    ],
  });
  const { out, io } = capture();
  expect(await main([input, "--uit", path.join(dir, "incomplete-uit.xlsx"), "--taal", "fr"], io)).toBe(1);
  expect(out.stderr).toBe(
    "Erreur : Colonnes obligatoires manquantes dans la ligne d'en-tête de feuille « Dossiers » de incomplete.xlsx : Personnes à charge; " +
      "Déficit (ou Prix de journée + Jours + Frais supplémentaires + Revenus ; manque : Prix de journée, Frais supplémentaires, Revenus).\n",
  );
});

test("--taal fr: the Résumé names its source in French", async () => {
  const input = await writeXlsx("source.xlsx", { Dossiers: [H, ["D1", "Anne", 0, null, 0, 900]] });
  const output = path.join(dir, "source-uit.xlsx");
  expect(await main([input, "--uit", output, "--taal", "fr"], capture().io)).toBe(0);
  const sheets = await readXlsx(output);
  expect(sheets["Résumé"].map((r) => r[0])).toContain("Source : feuille « Dossiers » de source.xlsx");
});
