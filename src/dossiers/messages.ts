/**
 * The batch's own texts (issue 13), one catalogue per language: the Status of a row and of a dossier, the messages of
 * the runner (a list changed during a run, merged output cells, an unusable scale, a cancelled run). Whole sentences
 * with parameters, never pieced together; the column names they receive are the headers of the run's language.
 * Also the texts of an unusable list (columns.ts) and of the summary sheet (summary.ts). The rules' texts (an error
 * of a cell) come from the rules' own catalogues (src/rules/messages).
 *
 * The batch looks its catalogue up once per run (`DOSSIER_TEXTS[taal]`), never per row.
 */
import { currentLanguage, type Taal } from "../rules";

/** The texts of an unusable list (columns.ts): no header row, a column missing or twice. */
export interface ListTexts {
  headerRow: string;
  headerRowOf: (where: string) => string;
  column: (letter: string, header: string) => string;
  twice: (label: string, where: string, first: string, second: string) => string;
  duplicates: (parts: string) => string;
  deficitMissing: (tekort: string, all: string, absent: string) => string;
  missingOne: (where: string, column: string) => string;
  missingMany: (where: string, columns: string) => string;
  noHeaderRow: (where: string, rows: number, required: string, tekort: string, all: string) => string;
}

/** The summary sheet's own texts (summary.ts). */
export interface SummaryTexts {
  noDossier: string;
  looseRows: (n: number) => string;
  total: string;
  totalStatus: (ok: number, all: number) => string;
  source: (bron: string) => string;
  scaleUnusable: (error: string) => string;
  scaleUsed: () => string;
  scaleUsedFrom: (bron: string) => string;
  shareNote: string;
  counts: (c: { rows: number; ok: number; errors: number; empty: number; dossiers: number }) => string;
  countsLoose: (c: { rows: number; ok: number; errors: number; empty: number; dossiers: number; loose: number }) => string;
  /** the one note of the run's own summary after a cancel, a stop because the list changed, an Excel error */
  staleCancelled: (where: string, row: number) => string;
  staleChanged: (where: string, row: number) => string;
  staleFailed: (where: string, row: number) => string;
  /** stopped by a problem of the list itself (merged output cells), said in the run's message */
  staleStopped: (where: string, row: number) => string;
  /** every row was written but the summary itself could not be */
  staleSummaryFailed: (where: string) => string;
}

export interface DossierTexts {
  /** the Status of a row recalculated without error */
  ok: string;
  /** the Status of a row whose contribution an equity decision set (seed 004); it counts as OK */
  okBillijkheid: string;
  /** the Status of a row a cancelled run did not reach */
  cancelled: string;
  /** "Kolom: text" / "Colonne : text": an error of a cell, the column first */
  cellError: (column: string, text: string) => string;
  /** a formula cell without a stored value (SPEC 3) */
  formulaWithoutValue: string;
  /** a cell whose value could not be read (shown to the rules, which quote it) */
  unknownCellValue: string;
  /** a date cell that is not a valid date (shown to the rules, which quote it) */
  invalidDate: string;
  /** a row with data but no dossier number */
  noDossier: (column: string) => string;
  /** no deficit on any row of a dossier (and no columns to compute it) */
  tekortMissing: (column: string, dossier: string) => string;
  /** the deficit of a dossier is unknown because of a bad cell on sheet row `row` */
  tekortUnknown: (column: string, dossier: string, row: number) => string;
  /** the number of children of a dossier is unknown because of a bad cell on sheet row `row` */
  aantalUnknown: (column: string, dossier: string, row: number) => string;
  /** two rows of a dossier hold different values for a dossier value */
  disagree: (column: string, dossier: string, first: string, firstRow: number, second: string, secondRow: number) => string;
  /** Aantal kinderen smaller than the dossier's rows */
  aantalTooSmall: (column: string, aantal: number, dossier: string, rows: number) => string;
  /** a Reden (reason of an equity decision) on a row without a Billijkheid amount; `billijkheid` is that column's header */
  redenWithoutBillijkheid: (billijkheid: string) => string;
  /** the summary Status of a dossier of one row, in error */
  dossierRowError: string;
  /** the summary Status of a dossier with `errors` of its `rows` rows in error */
  dossierRowsError: (errors: number, rows: number) => string;
  internalError: (message: string) => string;
  /** the list when no better name is known ("het blad") */
  theSheet: string;
  /** a scale cell that is a formula without a stored value */
  scaleFormula: (where: string, row: number, column: number, text: string) => string;
  /** the scale cannot be read */
  scaleUnusable: (where: string, message: string) => string;
  /** the run stopped because the list changed: what changed, and what was done */
  changed: (what: string, done: string) => string;
  /** merged cells in the output columns found before the first write */
  mergedFirst: (columns: string, cells: string) => string;
  /** the same found later: what changed */
  mergedLater: (cells: string) => string;
  headerAdded: (letter: string, now: string) => string;
  headerGone: (letter: string, was: string) => string;
  headerRenamed: (letter: string, now: string, was: string) => string;
  rowMoved: (row: number, before: string, now: string) => string;
  /** an input cell of a row about to be written differs from what was read ("" for an empty cell) */
  cellChanged: (row: number, cell: string, header: string, was: string, now: string) => string;
  /** a row's dossier in rowMoved ("dossier "A"", "au dossier « A »": with its preposition where the language needs one) */
  inDossier: (dossier: string) => string;
  inNoDossier: string;
  doneNone: string;
  doneSome: (from: number, to: number, next: number) => string;
  /** after an Excel error once the list was written in: which rows were written */
  writtenNone: string;
  writtenSome: (from: number, to: number, next: number) => string;
  writtenAll: string;
  /** an unusable list */
  list: ListTexts;
  /** the summary sheet */
  summary: SummaryTexts;
}

const nl: DossierTexts = {
  ok: "OK",
  okBillijkheid: "OK (billijkheid)",
  cancelled: "niet herberekend (geannuleerd)",
  cellError: (column, text) => `${column}: ${text}`,
  formulaWithoutValue: "formule zonder berekende waarde: open en bewaar het bestand in Excel",
  unknownCellValue: "(onbekende celwaarde)",
  invalidDate: "(ongeldige datum)",
  noDossier: (column) => `${column}: ontbreekt; elke rij met gegevens heeft een dossiernummer nodig.`,
  tekortMissing: (column, dossier) => `${column}: ontbreekt voor dossier ${dossier}; vul het tekort in op minstens één rij van het dossier.`,
  tekortUnknown: (column, dossier, row) => `${column}: het tekort van dossier ${dossier} is onbekend door een fout in rij ${row} (kolom ${column}).`,
  aantalUnknown: (column, dossier, row) => `${column}: het aantal kinderen van dossier ${dossier} is onbekend door een fout in rij ${row} (kolom ${column}).`,
  disagree: (column, dossier, first, firstRow, second, secondRow) =>
    `${column}: de rijen van dossier ${dossier} verschillen (${first} in rij ${firstRow}, ${second} in rij ${secondRow}); ` +
    `een dossier heeft één ${column.toLowerCase()}: vul overal dezelfde waarde in of laat de andere rijen leeg.`,
  aantalTooSmall: (column, aantal, dossier, rows) =>
    `${column}: ${aantal} is minder dan het aantal rijen (kinderen) van dossier ${dossier} (${rows}); tel alle kinderen van de eerste graad mee.`,
  redenWithoutBillijkheid: (billijkheid) => `een reden zonder billijkheidsbedrag; vul het beslist bedrag in bij ${billijkheid} of maak de reden leeg.`,
  dossierRowError: "De rij van dit dossier heeft een fout.",
  dossierRowsError: (errors, rows) => (errors === 1 ? `1 van de ${rows} rijen heeft een fout.` : `${errors} van de ${rows} rijen hebben een fout.`),
  internalError: (message) => `Interne fout: ${message}`,
  theSheet: "het blad",
  scaleFormula: (where, row, column, text) => `De schaal (${where}) is onbruikbaar: rij ${row}, kolom ${column}: ${text}.`,
  scaleUnusable: (where, message) => `De schaal (${where}) is onbruikbaar: ${message}`,
  // `what` may end with a question: no full stop after its question mark
  changed: (what, done) =>
    `De lijst is gewijzigd terwijl ze herberekend werd: ${what}${what.endsWith("?") ? "" : "."} Er is niets meer geschreven; ${done}. Start de herberekening opnieuw als de lijst klaar is.`,
  mergedFirst: (columns, cells) => `De uitvoerkolommen (${columns}) bevatten samengevoegde cellen (${cells}): maak de samenvoeging ongedaan en start opnieuw. Er is niets geschreven.`,
  mergedLater: (cells) => `samengevoegde cellen in de uitvoerkolommen (${cells})`,
  headerAdded: (letter, now) => `kolom ${letter} heeft nu de kop "${now}" (was leeg)`,
  headerGone: (letter, was) => `de kop van kolom ${letter} ("${was}") is weg; werd er een kolom ingevoegd of verwijderd?`,
  headerRenamed: (letter, now, was) => `kolom ${letter} heet nu "${now}" in plaats van "${was}"; werd er een kolom ingevoegd of verwijderd?`,
  rowMoved: (row, before, now) => `rij ${row} hoorde bij ${before} en hoort nu bij ${now}; werd er een rij ingevoegd, verwijderd of gesorteerd?`,
  inDossier: (dossier) => `dossier "${dossier}"`,
  inNoDossier: "geen dossier",
  doneNone: "geen enkele rij is herberekend",
  cellChanged: (row, cell, header, was, now) =>
    `rij ${row} is veranderd: cel ${cell} (${header}) ${was === "" ? "was leeg" : `was "${was}"`} en ${now === "" ? "is nu leeg" : `is nu "${now}"`}; werd er een rij ingevoegd, verwijderd, gesorteerd of aangepast?`,
  doneSome: (from, to, next) =>
    `vóór de wijziging waren de rijen ${from} tot ${to} herberekend, de rijen vanaf ${next} niet (een rij die intussen werd ingevoegd of verwijderd, verschuift die rijen)`,
  writtenNone: "Geen enkele rij is herberekend; de uitvoerkolommen kunnen nog oude cijfers tonen.",
  writtenSome: (from, to, next) =>
    `De rijen ${from} tot ${to} zijn herberekend; de rijen vanaf ${next} zijn niet (volledig) bijgewerkt en kunnen nog oude cijfers tonen.`,
  writtenAll: "Alle rijen zijn herberekend; de samenvatting is niet (volledig) geschreven.",
  list: {
    headerRow: "de kopregel",
    headerRowOf: (where: string) => `de kopregel van ${where}`,
    column: (letter: string, header: string) => `${letter} ("${header}")`,
    twice: (label: string, where: string, first: string, second: string) => `"${label}" staat twee keer in ${where}: kolom ${first} en kolom ${second}`,
    duplicates: (parts: string) => `${parts}. Geef elke kolom een eigen kop (hernoem of verwijder er een) en start opnieuw.`,
    deficitMissing: (tekort: string, all: string, absent: string) => `${tekort} (of ${all}; ontbreekt: ${absent})`,
    missingOne: (where: string, column: string) => `Verplichte kolom ontbreekt in ${where}: ${column}.`,
    missingMany: (where: string, columns: string) => `Verplichte kolommen ontbreken in ${where}: ${columns}.`,
    noHeaderRow: (where: string, rows: number, required: string, tekort: string, all: string) =>
      `Geen kopregel gevonden in ${where}: verwacht in een van de eerste ${rows} rijen de kolomkoppen ${required} en ${tekort} (of ${all}).`,
  },
  summary: {
    noDossier: "(zonder dossiernummer)",
    looseRows: (n) =>
      n === 1
        ? "Een rij met gegevens maar zonder dossiernummer: niet bij een dossier geteld (zie Status in de lijst)."
        : `${n} rijen met gegevens maar zonder dossiernummer: niet bij een dossier geteld (zie Status in de lijst).`,
    // Rijen and Fouten of the total count every row; its amounts add only the dossiers without error: the label says so
    total: "Totaal (bedragen: dossiers zonder fout)",
    totalStatus: (ok, all) =>
      all === 0
        ? "Geen dossiers; Rijen en Fouten tellen alle rijen."
        : all === 1
          ? ok === 1
            ? "Bedragen van het dossier (zonder fout); Rijen en Fouten tellen alle rijen."
            : "Geen bedragen: het dossier heeft een fout; Rijen en Fouten tellen alle rijen."
          : ok === 0
            ? `Geen bedragen: alle ${all} dossiers hebben een fout; Rijen en Fouten tellen alle rijen.`
            : ok === 1
              ? `Bedragen van het enige dossier zonder fout (van ${all}); Rijen en Fouten tellen alle rijen.`
              : `Bedragen van de ${ok} dossiers zonder fout (van ${all}); Rijen en Fouten tellen alle rijen.`,
    source: (bron) => `Bron: ${bron}`,
    scaleUnusable: (error) => `Schaal onbruikbaar: ${error}`,
    scaleUsed: () => "Bijdragen volgens de officiële schaal, nooit meer dan het kindsdeel.",
    scaleUsedFrom: (bron) => `Bijdragen volgens de officiële schaal (${bron}), nooit meer dan het kindsdeel.`,
    shareNote: "Aandeel OCMW = tekort - som van de bijdragen. Een dossier met een fout krijgt geen som en geen aandeel.",
    counts: (c) => `Rijen: ${c.rows}, OK: ${c.ok}, fouten: ${c.errors}, lege rijen: ${c.empty}, dossiers: ${c.dossiers}.`,
    countsLoose: (c) =>
      `Rijen: ${c.rows}, OK: ${c.ok}, fouten: ${c.errors} (waarvan ${c.loose} zonder dossiernummer), lege rijen: ${c.empty}, dossiers: ${c.dossiers}.`,
    staleCancelled: (where, row) =>
      `Niet bijgewerkt: de herberekening van ${where} is geannuleerd bij rij ${row}. De samenvatting van een vorige herberekening is gewist, want ze paste niet meer bij de lijst. Start de herberekening opnieuw voor een nieuwe samenvatting.`,
    staleChanged: (where, row) =>
      `Niet bijgewerkt: de herberekening van ${where} is gestopt bij rij ${row}, want de lijst werd gewijzigd terwijl ze liep. De samenvatting van een vorige herberekening is gewist, want ze paste niet meer bij de lijst. Start de herberekening opnieuw voor een nieuwe samenvatting.`,
    staleStopped: (where, row) =>
      `Niet bijgewerkt: de herberekening van ${where} is gestopt bij rij ${row}; de melding bij de herberekening zegt waarom. De samenvatting van een vorige herberekening is gewist, want ze paste niet meer bij de lijst. Start de herberekening opnieuw voor een nieuwe samenvatting.`,
    staleFailed: (where, row) =>
      `Niet bijgewerkt: de herberekening van ${where} is gestopt bij rij ${row} door een fout van Excel. De samenvatting van een vorige herberekening is gewist, want ze paste niet meer bij de lijst. Start de herberekening opnieuw voor een nieuwe samenvatting.`,
    staleSummaryFailed: (where) =>
      `Niet bijgewerkt: de rijen van ${where} zijn herberekend, maar deze samenvatting kon niet volledig geschreven worden. Start de herberekening opnieuw voor een nieuwe samenvatting.`,
  },
};

const fr: DossierTexts = {
  ok: "OK",
  okBillijkheid: "OK (équité)",
  cancelled: "non recalculé (annulé)",
  cellError: (column, text) => `${column} : ${text}`,
  formulaWithoutValue: "formule sans valeur calculée : ouvrez le fichier dans Excel et enregistrez-le",
  unknownCellValue: "(valeur de cellule inconnue)",
  invalidDate: "(date non valide)",
  noDossier: (column) => `${column} : manquant ; chaque ligne avec des données a besoin d'un numéro de dossier.`,
  tekortMissing: (column, dossier) => `${column} : manquant pour le dossier ${dossier} ; indiquez le déficit sur au moins une ligne du dossier.`,
  tekortUnknown: (column, dossier, row) =>
    `${column} : le déficit du dossier ${dossier} est inconnu à cause d'une erreur à la ligne ${row} (colonne ${column}).`,
  aantalUnknown: (column, dossier, row) =>
    `${column} : le nombre d'enfants du dossier ${dossier} est inconnu à cause d'une erreur à la ligne ${row} (colonne ${column}).`,
  disagree: (column, dossier, first, firstRow, second, secondRow) =>
    `${column} : les lignes du dossier ${dossier} diffèrent (${first} à la ligne ${firstRow}, ${second} à la ligne ${secondRow}) ; ` +
    `un dossier n'a qu'une seule valeur « ${column} » : indiquez partout la même valeur ou laissez les autres lignes vides.`,
  aantalTooSmall: (column, aantal, dossier, rows) =>
    `${column} : ${aantal} est inférieur au nombre de lignes (enfants) du dossier ${dossier} (${rows}) ; comptez tous les enfants du premier degré.`,
  redenWithoutBillijkheid: (billijkheid) => `un motif sans montant d'équité ; indiquez le montant décidé dans ${billijkheid} ou videz le motif.`,
  dossierRowError: "La ligne de ce dossier contient une erreur.",
  dossierRowsError: (errors, rows) => (errors === 1 ? `1 ligne sur ${rows} contient une erreur.` : `${errors} lignes sur ${rows} contiennent une erreur.`),
  internalError: (message) => `Erreur interne : ${message}`,
  theSheet: "la feuille",
  scaleFormula: (where, row, column, text) => `Le barème (${where}) est inutilisable : ligne ${row}, colonne ${column} : ${text}.`,
  scaleUnusable: (where, message) => `Le barème (${where}) est inutilisable : ${message}`,
  // `what` may end with a question: no full stop after its question mark
  changed: (what, done) =>
    `La liste a été modifiée pendant le recalcul : ${what}${what.endsWith("?") ? "" : "."} Plus rien n'a été écrit ; ${done}. Relancez le recalcul quand la liste est prête.`,
  mergedFirst: (columns, cells) =>
    `Les colonnes de sortie (${columns}) contiennent des cellules fusionnées (${cells}) : annulez la fusion et recommencez. Rien n'a été écrit.`,
  mergedLater: (cells) => `des cellules fusionnées dans les colonnes de sortie (${cells})`,
  headerAdded: (letter, now) => `la colonne ${letter} a maintenant l'en-tête « ${now} » (elle était vide)`,
  headerGone: (letter, was) => `l'en-tête de la colonne ${letter} (« ${was} ») a disparu ; une colonne a-t-elle été insérée ou supprimée ?`,
  headerRenamed: (letter, now, was) => `la colonne ${letter} s'appelle maintenant « ${now} » au lieu de « ${was} » ; une colonne a-t-elle été insérée ou supprimée ?`,
  rowMoved: (row, before, now) => `la ligne ${row} appartenait ${before} et appartient maintenant ${now} ; une ligne a-t-elle été insérée, supprimée ou triée ?`,
  inDossier: (dossier) => `au dossier « ${dossier} »`,
  inNoDossier: "à aucun dossier",
  doneNone: "aucune ligne n'a été recalculée",
  cellChanged: (row, cell, header, was, now) =>
    `la ligne ${row} a changé : la cellule ${cell} (${header}) ${was === "" ? "était vide" : `valait « ${was} »`} et ${now === "" ? "est maintenant vide" : `vaut maintenant « ${now} »`} ; une ligne a-t-elle été insérée, supprimée, triée ou modifiée ?`,
  doneSome: (from, to, next) =>
    `avant la modification, les lignes ${from} à ${to} avaient été recalculées, pas les lignes à partir de ${next} (une ligne insérée ou supprimée entre-temps décale ces lignes)`,
  writtenNone: "Aucune ligne n'a été recalculée ; les colonnes de sortie peuvent encore montrer d'anciens chiffres.",
  writtenSome: (from, to, next) =>
    `Les lignes ${from} à ${to} ont été recalculées ; les lignes à partir de ${next} n'ont pas été (entièrement) mises à jour et peuvent encore montrer d'anciens chiffres.`,
  writtenAll: "Toutes les lignes ont été recalculées ; le résumé n'a pas été (entièrement) écrit.",
  list: {
    headerRow: "la ligne d'en-tête",
    headerRowOf: (where: string) => `la ligne d'en-tête de ${where}`,
    column: (letter: string, header: string) => `${letter} (« ${header} »)`,
    twice: (label: string, where: string, first: string, second: string) => `« ${label} » figure deux fois dans ${where} : colonne ${first} et colonne ${second}`,
    duplicates: (parts: string) => `${parts}. Donnez à chaque colonne son propre en-tête (renommez-en ou supprimez-en une) et recommencez.`,
    deficitMissing: (tekort: string, all: string, absent: string) => `${tekort} (ou ${all} ; manque : ${absent})`,
    missingOne: (where: string, column: string) => `Colonne obligatoire manquante dans ${where} : ${column}.`,
    missingMany: (where: string, columns: string) => `Colonnes obligatoires manquantes dans ${where} : ${columns}.`,
    noHeaderRow: (where: string, rows: number, required: string, tekort: string, all: string) =>
      `Aucune ligne d'en-tête trouvée dans ${where} : les en-têtes ${required} et ${tekort} (ou ${all}) sont attendus dans l'une des ${rows} premières lignes.`,
  },
  summary: {
    noDossier: "(sans numéro de dossier)",
    looseRows: (n) =>
      n === 1
        ? "Une ligne avec des données mais sans numéro de dossier : comptée dans aucun dossier (voir Statut dans la liste)."
        : `${n} lignes avec des données mais sans numéro de dossier : comptées dans aucun dossier (voir Statut dans la liste).`,
    total: "Total (montants : dossiers sans erreur)",
    // one sentence per case: French agrees the noun and the verb with the number
    totalStatus: (ok, all) =>
      all === 0
        ? "Aucun dossier ; Lignes et Erreurs comptent toutes les lignes."
        : all === 1
          ? ok === 1
            ? "Montants du dossier (sans erreur) ; Lignes et Erreurs comptent toutes les lignes."
            : "Aucun montant : le dossier contient une erreur ; Lignes et Erreurs comptent toutes les lignes."
          : ok === 0
            ? `Aucun montant : les ${all} dossiers contiennent une erreur ; Lignes et Erreurs comptent toutes les lignes.`
            : ok === 1
              ? `Montants du seul dossier sans erreur (sur ${all}) ; Lignes et Erreurs comptent toutes les lignes.`
              : `Montants des ${ok} dossiers sans erreur (sur ${all}) ; Lignes et Erreurs comptent toutes les lignes.`,
    source: (bron) => `Source : ${bron}`,
    scaleUnusable: (error) => `Barème inutilisable : ${error}`,
    scaleUsed: () => "Contributions selon le barème officiel, jamais plus que la part d'enfant.",
    scaleUsedFrom: (bron) => `Contributions selon le barème officiel (${bron}), jamais plus que la part d'enfant.`,
    shareNote: "Part du CPAS = déficit - somme des contributions. Un dossier avec une erreur n'a ni somme ni part du CPAS.",
    counts: (c) => `Lignes : ${c.rows}, OK : ${c.ok}, erreurs : ${c.errors}, lignes vides : ${c.empty}, dossiers : ${c.dossiers}.`,
    countsLoose: (c) =>
      `Lignes : ${c.rows}, OK : ${c.ok}, erreurs : ${c.errors} (dont ${c.loose} sans numéro de dossier), lignes vides : ${c.empty}, dossiers : ${c.dossiers}.`,
    staleCancelled: (where, row) =>
      `Pas à jour : le recalcul de ${where} a été annulé à la ligne ${row}. Le résumé d'un recalcul précédent a été effacé, car il ne correspondait plus à la liste. Relancez le recalcul pour un nouveau résumé.`,
    staleChanged: (where, row) =>
      `Pas à jour : le recalcul de ${where} s'est arrêté à la ligne ${row}, car la liste a été modifiée pendant le recalcul. Le résumé d'un recalcul précédent a été effacé, car il ne correspondait plus à la liste. Relancez le recalcul pour un nouveau résumé.`,
    staleStopped: (where, row) =>
      `Pas à jour : le recalcul de ${where} s'est arrêté à la ligne ${row} ; le message du recalcul dit pourquoi. Le résumé d'un recalcul précédent a été effacé, car il ne correspondait plus à la liste. Relancez le recalcul pour un nouveau résumé.`,
    staleFailed: (where, row) =>
      `Pas à jour : le recalcul de ${where} s'est arrêté à la ligne ${row} à cause d'une erreur d'Excel. Le résumé d'un recalcul précédent a été effacé, car il ne correspondait plus à la liste. Relancez le recalcul pour un nouveau résumé.`,
    staleSummaryFailed: (where) =>
      `Pas à jour : les lignes de ${where} ont été recalculées, mais ce résumé n'a pas pu être écrit entièrement. Relancez le recalcul pour un nouveau résumé.`,
  },
};

export const DOSSIER_TEXTS: Readonly<Record<Taal, DossierTexts>> = { nl, fr };

/** The batch's texts in the rules' current language (`withLanguage`). */
export function dossierTexts(): DossierTexts {
  return DOSSIER_TEXTS[currentLanguage()];
}
