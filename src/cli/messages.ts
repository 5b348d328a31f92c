/**
 * The command line's own texts, one catalogue per language (issue 13): whole sentences with parameters, never pieced
 * together. The rules' texts (Status, errors of a row) come from the rules' catalogues through `withLanguage`.
 */
import type { Taal } from "../rules";

export interface CliTexts {
  usage: string;
  /** the line before a message that stops the command */
  error: (message: string) => string;
  unexpected: (message: string) => string;
  unknownOption: (option: string) => string;
  noValueTaken: (option: string) => string;
  valueNeeded: (option: string, example: string) => string;
  valueNeededPlain: (option: string) => string;
  wrongCommand: (message: string) => string;
  optionTwice: (option: string, count: number) => string;
  noInput: string;
  oneInput: (count: number, files: string) => string;
  unknownLanguage: (value: string) => string;
  outputIsInput: (output: string, file: string) => string;
  outputIsScale: (output: string, file: string) => string;
  outputExists: (output: string) => string;
  outputNotXlsx: (output: string) => string;
  outputIsFolder: (output: string) => string;
  outputFolderMissing: (folder: string) => string;
  outputFolderIsFile: (output: string, folder: string) => string;
  phase: { lezen: string; rekenen: string; schrijven: string; samenvatting: string };
  read: (rows: number, seconds: string) => string;
  saving: string;
  list: (input: string) => string;
  listSheet: (input: string, sheet: string) => string;
  byScale: (bron: string | undefined) => string;
  byApproximation: string;
  firstErrors: (count: number) => string;
  errors: string;
  errorRow: (row: number, status: string) => string;
  errorRowDossier: (row: number, dossier: string, status: string) => string;
  written: (output: string) => string;
  writtenWithSummary: (output: string, sheet: string) => string;
}

const EXAMPLE = { nl: { "--uit": "uitvoer.xlsx", "--blad": "Blad1", "--taal": "fr" }, fr: { "--uit": "resultat.xlsx", "--blad": "Feuil1", "--taal": "fr" } };

/** An example value for an option that needs one, in the usage's language. */
export function exampleValue(taal: Taal, option: string): string {
  const examples: Record<string, string> = EXAMPLE[taal];
  return examples[option] ?? (taal === "fr" ? "bareme.xlsx" : "schaal.xlsx");
}

const nl: CliTexts = {
  usage: `Gebruik: npm run herbereken -- INVOER [--uit UITVOER] [--overschrijf] [--blad NAAM] [--schaal BESTAND] [--taal nl|fr]

  INVOER            de dossierlijst: een Excel-werkmap (.xlsx) of een CSV-bestand (.csv, ; , of tab als
                    scheidingsteken); een relatief pad geldt vanuit de map waarin u de opdracht typt
  --uit UITVOER     de nieuwe werkmap (.xlsx); standaard NAAM.herberekend.xlsx naast de invoer
  --overschrijf     een bestaande uitvoer mag vervangen worden (anders stopt de opdracht); de invoer en de schaal
                    worden nooit overschreven
  --blad NAAM       het blad met de lijst; standaard het eerste blad met de nodige kolomkoppen
  --schaal BESTAND  de officiële schaal (.xlsx of .csv, 4 of 5 kolommen: personen_ten_laste | inkomen_van |
                    inkomen_tot | maandbedrag | [vanaf], vanaf = de datum van een geïndexeerde versie); standaard
                    het blad Schaal van de werkmap, anders de ingebouwde benadering
  --taal nl|fr      de taal van de meldingen, de nieuwe kolomkoppen, Status en de samenvatting; standaard nl
                    (de kolomkoppen van de lijst mogen in het Nederlands of het Frans staan)
  -h, --help        deze hulp

De invoer wordt nooit gewijzigd. Per kind komen de kolommen Kindsdeel, Vrijstelling, Bijdrage en Status erbij,
per dossier een rij op het blad Samenvatting. Een beslissing om redenen van billijkheid staat in de kolommen
Billijkheid (het beslist maandbedrag) en Reden; Status is dan OK (billijkheid). Getallen als tekst: eerst Belgisch (1.234,56; 234.567 is 234 567),
anders een gewoon internationaal getal (1234.567, 12.5); al de rest is een fout op die rij.

Afloopcode: 0 als de lijst verwerkt is (foute rijen staan in Status), 1 als ze niet verwerkt kan worden of bij een
verkeerde opdracht.`,
  error: (message) => `Fout: ${message}`,
  unexpected: (message) => `Onverwachte fout: ${message}`,
  unknownOption: (option) => `Onbekende optie ${option}. De opties zijn --uit, --overschrijf, --blad, --schaal, --taal en --help.`,
  noValueTaken: (option) => `Optie ${option} neemt geen waarde (schrijf gewoon ${option}).`,
  valueNeeded: (option, example) => `Optie ${option} vraagt een waarde, bv. ${option} ${example}.`,
  valueNeededPlain: (option) => `Optie ${option} vraagt een waarde.`,
  wrongCommand: (message) => `Verkeerde opdracht: ${message}`,
  optionTwice: (option, count) => `Optie ${option} staat er ${count} keer; geef ze één keer.`,
  noInput: "Geef het invoerbestand op.",
  oneInput: (count, files) => `Eén invoerbestand verwacht, maar kreeg er ${count}: ${files}.`,
  unknownLanguage: (value) => `Onbekende taal "${value}" bij --taal: kies nl (Nederlands) of fr (Frans).`,
  outputIsInput: (output, file) => `De uitvoer ${output} is het invoerbestand (${file}): de invoer wordt nooit overschreven. Kies met --uit een andere naam.`,
  outputIsScale: (output, file) => `De uitvoer ${output} is het schaalbestand (${file}): de invoer wordt nooit overschreven. Kies met --uit een andere naam.`,
  outputExists: (output) => `De uitvoer ${output} bestaat al. Geef --overschrijf om dat bestand te vervangen, of kies met --uit een andere naam.`,
  outputNotXlsx: (output) => `De uitvoer moet een .xlsx-bestand zijn (kreeg ${output}).`,
  outputIsFolder: (output) => `De uitvoer ${output} is een map, geen bestand: geef met --uit de naam van een .xlsx-bestand.`,
  outputFolderMissing: (folder) => `De map van de uitvoer bestaat niet: ${folder}`,
  outputFolderIsFile: (output, folder) => `De uitvoer ${output} kan niet geschreven worden: ${folder} is een bestand, geen map. Kies met --uit een .xlsx-bestand in een bestaande map.`,
  phase: { lezen: "Lezen", rekenen: "Rekenen", schrijven: "Schrijven", samenvatting: "Samenvatting" },
  read: (rows, seconds) => `Gelezen: ${rows} rijen (${seconds} s)`,
  saving: "Opslaan...",
  list: (input) => `Dossierlijst: ${input}`,
  listSheet: (input, sheet) => `Dossierlijst: ${input} (blad "${sheet}")`,
  byScale: (bron) => `Bijdragen volgens de officiële schaal (${bron}).`,
  byApproximation: "Bijdragen volgens de ingebouwde benadering (geen schaal gevonden).",
  firstErrors: (count) => `Eerste ${count} fouten:`,
  errors: "Fouten:",
  errorRow: (row, status) => `  rij ${row}: ${status}`,
  errorRowDossier: (row, dossier, status) => `  rij ${row} (dossier ${dossier}): ${status}`,
  written: (output) => `Geschreven: ${output}`,
  writtenWithSummary: (output, sheet) => `Geschreven: ${output} (samenvatting op blad "${sheet}")`,
};

const fr: CliTexts = {
  usage: `Utilisation : npm run herbereken -- ENTREE [--uit SORTIE] [--overschrijf] [--blad NOM] [--schaal FICHIER] [--taal nl|fr]

  ENTREE            la liste des dossiers : un classeur Excel (.xlsx) ou un fichier CSV (.csv, séparateur ; , ou
                    tabulation) ; un chemin relatif part du dossier dans lequel vous tapez la commande
  --uit SORTIE      le nouveau classeur (.xlsx) ; par défaut NOM.herberekend.xlsx à côté de l'entrée
  --overschrijf     une sortie existante peut être remplacée (sinon la commande s'arrête) ; l'entrée et le barème
                    ne sont jamais écrasés
  --blad NOM        la feuille de la liste ; par défaut la première feuille avec les en-têtes nécessaires
  --schaal FICHIER  le barème officiel (.xlsx ou .csv, 4 ou 5 colonnes : personen_ten_laste | inkomen_van |
                    inkomen_tot | maandbedrag | [vanaf], vanaf = la date d'une version indexée) ; par défaut la
                    feuille Schaal du classeur, sinon l'approximation intégrée
  --taal nl|fr      la langue des messages, des nouveaux en-têtes, du Statut et du résumé ; par défaut nl
                    (les en-têtes de la liste peuvent être en néerlandais ou en français)
  -h, --help        cette aide

L'entrée n'est jamais modifiée. Pour chaque enfant, les colonnes Part d'enfant, Montant immunisé, Contribution et
Statut sont ajoutées ; pour chaque dossier, une ligne sur la feuille Résumé. Une décision d'équité se met dans les
colonnes Équité (le montant mensuel décidé) et Motif ; le Statut est alors OK (équité). Nombres écrits comme texte : d'abord
en format belge (1.234,56 ; 234.567 vaut 234 567), sinon un nombre international ordinaire (1234.567, 12.5) ; tout
le reste est une erreur sur cette ligne.

Code de sortie : 0 si la liste a été traitée (les lignes en erreur sont dans Statut), 1 si elle ne peut pas l'être
ou si la commande est erronée.`,
  error: (message) => `Erreur : ${message}`,
  unexpected: (message) => `Erreur inattendue : ${message}`,
  unknownOption: (option) => `Option inconnue ${option}. Les options sont --uit, --overschrijf, --blad, --schaal, --taal et --help.`,
  noValueTaken: (option) => `L'option ${option} ne prend pas de valeur (écrivez simplement ${option}).`,
  valueNeeded: (option, example) => `L'option ${option} demande une valeur, p. ex. ${option} ${example}.`,
  valueNeededPlain: (option) => `L'option ${option} demande une valeur.`,
  wrongCommand: (message) => `Commande erronée : ${message}`,
  optionTwice: (option, count) => `L'option ${option} est donnée ${count} fois ; donnez-la une seule fois.`,
  noInput: "Indiquez le fichier d'entrée.",
  oneInput: (count, files) => `Un seul fichier d'entrée attendu, mais ${count} reçus : ${files}.`,
  unknownLanguage: (value) => `Langue inconnue « ${value} » pour --taal : choisissez nl (néerlandais) ou fr (français).`,
  outputIsInput: (output, file) => `La sortie ${output} est le fichier d'entrée (${file}) : l'entrée n'est jamais écrasée. Choisissez un autre nom avec --uit.`,
  outputIsScale: (output, file) =>
    `La sortie ${output} est le fichier du barème (${file}) : l'entrée n'est jamais écrasée. Choisissez un autre nom avec --uit.`,
  outputExists: (output) => `La sortie ${output} existe déjà. Ajoutez --overschrijf pour remplacer ce fichier, ou choisissez un autre nom avec --uit.`,
  outputNotXlsx: (output) => `La sortie doit être un fichier .xlsx (reçu ${output}).`,
  outputIsFolder: (output) => `La sortie ${output} est un dossier, pas un fichier : indiquez avec --uit le nom d'un fichier .xlsx.`,
  outputFolderMissing: (folder) => `Le dossier de la sortie n'existe pas : ${folder}`,
  outputFolderIsFile: (output, folder) =>
    `La sortie ${output} ne peut pas être écrite : ${folder} est un fichier, pas un dossier. Choisissez avec --uit un fichier .xlsx dans un dossier existant.`,
  phase: { lezen: "Lecture", rekenen: "Calcul", schrijven: "Écriture", samenvatting: "Résumé" },
  read: (rows, seconds) => `Lu : ${rows} lignes (${seconds} s)`,
  saving: "Enregistrement...",
  list: (input) => `Liste des dossiers : ${input}`,
  listSheet: (input, sheet) => `Liste des dossiers : ${input} (feuille « ${sheet} »)`,
  byScale: (bron) => `Contributions selon le barème officiel (${bron}).`,
  byApproximation: "Contributions selon l'approximation intégrée (aucun barème trouvé).",
  firstErrors: (count) => `Les ${count} premières erreurs :`,
  errors: "Erreurs :",
  errorRow: (row, status) => `  ligne ${row} : ${status}`,
  errorRowDossier: (row, dossier, status) => `  ligne ${row} (dossier ${dossier}) : ${status}`,
  written: (output) => `Écrit : ${output}`,
  writtenWithSummary: (output, sheet) => `Écrit : ${output} (résumé sur la feuille « ${sheet} »)`,
};

export const CLI_TEXTS: Readonly<Record<Taal, CliTexts>> = { nl, fr };
