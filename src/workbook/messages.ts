/**
 * The texts of the workbook layer (issue 13), one catalogue per language: files that cannot be read or written, CSV
 * files that cannot be read whole, sheets and tables not found, Office errors explained. Whole sentences with
 * parameters, never pieced together. The caller passes the run's language (`--taal`, the pane's language).
 */
import type { Taal } from "../rules";

/** A count with its thousands apart: 32 767. */
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

export interface WorkbookTexts {
  // system errors (fileErrors.ts)
  theFile: string;
  accessDenied: (where: string) => string;
  isFolder: (where: string) => string;
  notAFolder: (where: string) => string;
  notFound: (where: string) => string;
  exists: (where: string) => string;
  diskFull: (where: string) => string;
  readOnly: (where: string) => string;
  busy: (where: string) => string;
  tooManyFiles: (where: string) => string;
  nameTooLong: (where: string) => string;
  systemError: (where: string, code: string) => string;
  // files (file.ts)
  fileNotFound: (file: string) => string;
  fileIsFolder: (file: string) => string;
  oldXls: (file: string) => string;
  notXlsx: (file: string) => string;
  notSpreadsheet: (file: string) => string;
  corruptXlsx: (file: string) => string;
  noSheets: (file: string) => string;
  /** a scale in an .xlsx file: "schaal.xlsx, blad Schaal" */
  scaleFileWhere: (file: string, sheet: string) => string;
  interrupted: (signal: string) => string;
  // CSV (csv.ts)
  theCsvFile: string;
  notText: (file: string) => string;
  quoteNotClosed: (file: string, line: number) => string;
  invalidClosingQuote: (file: string, line: number) => string;
  invalidOpeningQuote: (file: string, line: number) => string;
  invalidCsv: (file: string, line: number) => string;
  /** a file of 0 bytes, or only spaces, line breaks or a byte-order mark */
  emptyCsv: (file: string) => string;
  /** UTF-16 text without a byte-order mark: not read (the byte order is a guess) */
  utf16WithoutBom: (file: string) => string;
  /** the separators by name: "puntkomma (;)" */
  separatorName: (delimiter: string) => string;
  /** a row after the header row with more filled fields than the header row has fields */
  tooManyFields: (file: string, line: number, fields: number, headerLine: number, headerFields: number, separator: string) => string;
  /** a quoted cell that runs over several lines and holds the separator: most likely a stray quote swallowing rows */
  multiLineCell: (file: string, startLine: number, endLine: number, column: string, separator: string) => string;
  /** a quoted cell over several lines that makes its row wider than the rows it should match: a stray quote joining rows */
  joinedRows: (file: string, startLine: number, endLine: number, column: string) => string;
  /** a cell longer than an Excel cell can hold */
  cellTooLong: (file: string, line: number, column: string, length: number, limit: number) => string;
  // lists (batchFile.ts, batchExcel.ts, batchMemory.ts, batchPort.ts)
  sheetNotFoundIn: (sheet: string, sheets: string) => string;
  /** a quoted sheet name in sheetNotFoundIn's list */
  quoted: (name: string) => string;
  scaleError: (message: string) => string;
  /** the workbook's scale sheet or table, for "De schaal (blad Schaal) ..." */
  scaleSheet: (name: string) => string;
  scaleTable: (name: string) => string;
  /** a list's sheet in a file: `blad "Dossiers" van lijst.xlsx` */
  fileSheetWhere: (sheet: string, file: string) => string;
  tableWhere: (name: string) => string;
  sheetWhere: (name: string) => string;
  tableLabel: (name: string, sheet: string) => string;
  sheetLabel: (name: string) => string;
  tableNotFound: (name: string) => string;
  sheetNotFound: (name: string) => string;
  listNotFound: (id: string) => string;
  unknownSource: (source: string) => string;
  /** the comment of the defined name that marks the batch's summary */
  summaryMarkerComment: string;
  // Office errors (officeErrors.ts)
  office: Readonly<Record<string, string>>;
  officeOther: string;
  officeStopped: (text: string, code: string) => string;
  unexpected: (message: string) => string;
  // the wizard's workbook port (excel.ts, memory.ts): what it was doing, and why it could not
  wizard: {
    readTables: string;
    readScale: string;
    readSelection: string;
    readList: string;
    writeSheet: string;
    notFoundAnyMore: (what: string) => string;
    officeError: (what: string, message: string) => string;
    rangeWithoutSheet: (what: string, address: string) => string;
    sheetEmpty: (sheet: string) => string;
    sheetGone: (sheet: string) => string;
    tableGone: (table: string) => string;
    nothingSelected: string;
    invalidSelection: (address: string) => string;
    invalidRange: (address: string) => string;
    chartOutside: (title: string) => string;
    /** where a selection or a scale is, for the pane's messages: "tabel Dossiers", "werkblad Lijst" */
    tableSource: (name: string) => string;
    sheetSource: (name: string) => string;
  };
}

const nl: WorkbookTexts = {
  theFile: "het bestand",
  accessDenied: (where) => `Geen toegang tot ${where}: toegang geweigerd. Controleer de rechten op het bestand en de map, of kies een andere map.`,
  isFolder: (where) => `${where} is een map, geen bestand: geef de naam van een bestand.`,
  notAFolder: (where) => `${where}: een deel van dit pad is een bestand, geen map.`,
  notFound: (where) => `${where} niet gevonden: het bestand of de map bestaat niet.`,
  exists: (where) => `${where} bestaat al en kan niet vervangen worden (is het een map?).`,
  diskFull: (where) => `De schijf is vol: ${where} kon niet geschreven worden.`,
  readOnly: (where) => `${where} staat op een schijf die alleen gelezen kan worden: kies een andere map.`,
  busy: (where) => `${where} is in gebruik door een ander programma (staat het open in Excel?): sluit het en probeer opnieuw.`,
  tooManyFiles: (where) => `Te veel open bestanden: ${where} kon niet geopend worden. Probeer opnieuw.`,
  nameTooLong: (where) => `De naam van ${where} is te lang.`,
  systemError: (where, code) => `${where} kon niet gelezen of geschreven worden (systeemfout ${code}).`,
  fileNotFound: (file) => `Bestand niet gevonden: ${file}`,
  fileIsFolder: (file) => `${file} is een map, geen bestand.`,
  oldXls: (file) => `${file} is een oud Excel-bestand (.xls); sla het in Excel op als .xlsx-werkmap en probeer opnieuw.`,
  notXlsx: (file) => `${file} is geen geldig Excel-bestand (.xlsx): de inhoud is geen Excel-werkmap.`,
  notSpreadsheet: (file) => `${file} is geen rekenblad: verwacht een Excel-werkmap (.xlsx) of een CSV-bestand (.csv).`,
  corruptXlsx: (file) =>
    `${file} kan niet gelezen worden als Excel-werkmap (.xlsx): het bestand is beschadigd of is geen Excel-werkmap. ` +
    `Open het in Excel en bewaar het opnieuw als Excel-werkmap (.xlsx).`,
  noSheets: (file) => `${file} bevat geen werkbladen.`,
  scaleFileWhere: (file, sheet) => `${file}, blad ${sheet}`,
  interrupted: (signal) => `Onderbroken (${signal}): er is niets geschreven; het tijdelijke bestand is verwijderd.`,
  theCsvFile: "het CSV-bestand",
  notText: (file) => `${file} is geen tekstbestand (CSV): het bevat binaire gegevens.`,
  quoteNotClosed: (file, line) =>
    `${file} kan niet volledig gelezen worden: op regel ${line} opent een aanhalingsteken (") een cel die nergens ` +
    `gesloten wordt, zodat alle volgende regels in die ene cel zouden belanden. Sluit het aanhalingsteken ` +
    `(of verwijder het) op regel ${line} en probeer opnieuw.`,
  invalidClosingQuote: (file, line) =>
    `${file} kan niet volledig gelezen worden: in de rij die op regel ${line} begint, volgt op een afsluitend ` +
    `aanhalingsteken (") nog tekst in dezelfde cel (of een aanhalingsteken opent er een cel die te vroeg sluit). Zet de hele cel tussen aanhalingstekens en verdubbel de aanhalingstekens erin ("").`,
  invalidOpeningQuote: (file, line) =>
    `${file} kan niet volledig gelezen worden: in de rij die op regel ${line} begint, staat een aanhalingsteken (") ` +
    `midden in een cel. ` +
    `Zet de hele cel tussen aanhalingstekens en verdubbel het aanhalingsteken erin (""), of verwijder het.`,
  invalidCsv: (file, line) => `${file} kan niet volledig gelezen worden (de rij die op regel ${line} begint): het is geen geldig CSV-bestand.`,
  emptyCsv: (file) => `${file} is een leeg bestand: er staat geen enkele regel in. Kies het juiste bestand, of bewaar de lijst opnieuw als CSV.`,
  utf16WithoutBom: (file) =>
    `${file} is als UTF-16-tekst (Unicode-tekst) bewaard zonder aanduiding van de bytevolgorde en kan niet betrouwbaar gelezen worden. ` +
    `Open het in Excel en bewaar het als "CSV UTF-8 (door komma's gescheiden)" of als Excel-werkmap (.xlsx).`,
  separatorName: (delimiter) => (delimiter === ";" ? "puntkomma (;)" : delimiter === "," ? "komma (,)" : delimiter === "\t" ? "tab" : `"${delimiter}"`),
  tooManyFields: (file, line, fields, headerLine, headerFields, separator) =>
    `${file} kan niet volledig gelezen worden: regel ${line} heeft ${fields} velden, de kopregel (regel ${headerLine}) maar ${headerFields}, ` +
    `zodat de bedragen op die rij in de verkeerde kolommen zouden belanden. Staat er een ${separator}, het scheidingsteken van dit bestand, ` +
    `in een bedrag of tekst zonder aanhalingstekens (bijvoorbeeld 30000,50 in een bestand met komma's)? Zet die cel tussen aanhalingstekens ` +
    `("30000,50") of bewaar de lijst in Excel opnieuw als CSV, en probeer opnieuw.`,
  multiLineCell: (file, startLine, endLine, column, separator) =>
    `${file} kan niet volledig gelezen worden: een cel tussen aanhalingstekens (kolom ${column}) begint op regel ${startLine}, loopt door tot regel ${endLine} ` +
    `en bevat een ${separator}, het scheidingsteken van dit bestand. Waarschijnlijk opent een los aanhalingsteken (") op regel ${startLine} een cel ` +
    `die pas op regel ${endLine} sluit, zodat de rijen daartussen in die ene cel zouden belanden. Verwijder het losse aanhalingsteken. ` +
    `Hoort die tekst echt in één cel, haal er dan de regeleinden of de ${separator} uit.`,
  joinedRows: (file, startLine, endLine, column) =>
    `${file} kan niet volledig gelezen worden: een cel tussen aanhalingstekens (kolom ${column}) begint op regel ${startLine} en loopt door tot regel ${endLine}, ` +
    `waardoor die rij meer velden telt dan de andere. Waarschijnlijk opent een los aanhalingsteken (") op regel ${startLine} een cel die pas op regel ${endLine} sluit, ` +
    `zodat de rijen daartussen in die ene cel zouden belanden. Verwijder het losse aanhalingsteken en probeer opnieuw.`,
  cellTooLong: (file, line, column, length, limit) =>
    `${file} kan niet volledig gelezen worden: de cel in kolom ${column} die op regel ${line} begint, telt ${count(length)} tekens, ` +
    `meer dan de ${count(limit)} die een Excel-cel kan bevatten. Maak die cel korter (of controleer de aanhalingstekens ervoor) en probeer opnieuw.`,
  sheetNotFoundIn: (sheet, sheets) => `Blad "${sheet}" niet gevonden. De werkmap heeft: ${sheets}.`,
  quoted: (name) => `"${name}"`,
  scaleError: (message) => `Schaal: ${message}`,
  scaleSheet: (name) => `blad ${name}`,
  scaleTable: (name) => `tabel ${name}`,
  fileSheetWhere: (sheet, file) => `blad "${sheet}" van ${file}`,
  tableWhere: (name) => `tabel "${name}"`,
  sheetWhere: (name) => `blad "${name}"`,
  tableLabel: (name, sheet) => `Tabel ${name} (blad ${sheet})`,
  sheetLabel: (name) => `Blad ${name}`,
  tableNotFound: (name) => `Tabel "${name}" niet gevonden.`,
  sheetNotFound: (name) => `Blad "${name}" niet gevonden.`,
  listNotFound: (id) => `Lijst "${id}" niet gevonden.`,
  unknownSource: (source) => `Onbekende bron: ${source}`,
  summaryMarkerComment: "Samenvatting van de herberekening (OCMW Rekenhulp); wordt bij een nieuwe herberekening vervangen.",
  office: {
    ItemNotFound: "Een blad, tabel of naam die de herberekening nodig heeft, bestaat niet (meer).",
    ItemAlreadyExists: "Er bestaat al een blad of naam met die naam.",
    InvalidArgument: "Excel weigerde een bewerking met ongeldige gegevens.",
    InvalidReference: "Een verwijzing naar een blad of bereik is niet (meer) geldig; werd er iets verwijderd?",
    InvalidOperation: "Excel kan deze bewerking nu niet uitvoeren.",
    InvalidOperationInCellEditMode: "Excel is in bewerkingsmodus: druk op Enter of Esc in de cel en probeer opnieuw.",
    EditModeCannotPerformOperation: "Excel is in bewerkingsmodus: druk op Enter of Esc in de cel en probeer opnieuw.",
    AccessDenied: "Excel weigert de wijziging: het blad of de werkmap is beveiligd of alleen-lezen.",
    InsertDeleteConflict: "De lijst kon niet uitgebreid worden: er staan gegevens of een andere tabel in de weg.",
    Conflict: "Iemand anders wijzigt de werkmap tegelijk; probeer het zo dadelijk opnieuw.",
    RequestPayloadSizeLimitExceeded: "Te veel gegevens in één keer voor Excel; probeer opnieuw (de lijst wordt dan in kleinere delen gelezen).",
    ResponsePayloadSizeLimitExceeded: "Te veel gegevens in één keer voor Excel; probeer opnieuw (de lijst wordt dan in kleinere delen gelezen).",
    ApiNotFound: "Deze versie van Excel kent een bewerking van de herberekening niet; werk Excel bij.",
    GeneralException: "Excel meldde een onverwachte fout.",
    Unauthenticated: "U bent niet (meer) aangemeld bij Office; meld u opnieuw aan.",
    ServiceNotAvailable: "Excel is even niet bereikbaar; probeer het zo dadelijk opnieuw.",
    ActivityLimitReached: "Excel heeft te veel opdrachten tegelijk gekregen; probeer het zo dadelijk opnieuw.",
  },
  officeOther: "Excel meldde een fout.",
  officeStopped: (text, code) => `${text} De herberekening is gestopt. (Excel-code: ${code})`,
  unexpected: (message) => `Onverwachte fout tijdens de herberekening: ${message}`,
  wizard: {
    readTables: "Tabellen lezen",
    readScale: "Schaal lezen",
    readSelection: "Selectie lezen",
    readList: "Dossierlijst lezen",
    writeSheet: "Werkblad schrijven",
    notFoundAnyMore: (what) => `${what}: het gevraagde werkblad, de tabel of het bereik bestaat niet (meer).`,
    officeError: (what, message) => `${what}: Excel meldt een fout (${message}).`,
    rangeWithoutSheet: (what, address) => `${what}: het bereik ${address} noemt geen werkblad.`,
    sheetEmpty: (sheet) => `Het werkblad "${sheet}" is leeg: selecteer een rij van een dossierlijst.`,
    sheetGone: (sheet) => `Het werkblad "${sheet}" bestaat niet (meer).`,
    tableGone: (table) => `De tabel "${table}" bestaat niet (meer).`,
    nothingSelected: "Er is niets geselecteerd.",
    invalidSelection: (address) => `Ongeldige selectie: ${address}.`,
    invalidRange: (address) => `Ongeldig bereik: ${address}.`,
    chartOutside: (title) => `De grafiek "${title}" valt buiten het blad.`,
    tableSource: (name) => `tabel ${name}`,
    sheetSource: (name) => `werkblad ${name}`,
  },
};

const fr: WorkbookTexts = {
  theFile: "le fichier",
  accessDenied: (where) => `Pas d'accès à ${where} : accès refusé. Vérifiez les droits sur le fichier et le dossier, ou choisissez un autre dossier.`,
  isFolder: (where) => `${where} est un dossier, pas un fichier : indiquez le nom d'un fichier.`,
  notAFolder: (where) => `${where} : une partie de ce chemin est un fichier, pas un dossier.`,
  notFound: (where) => `${where} introuvable : le fichier ou le dossier n'existe pas.`,
  exists: (where) => `${where} existe déjà et ne peut pas être remplacé (est-ce un dossier ?).`,
  diskFull: (where) => `Le disque est plein : ${where} n'a pas pu être écrit.`,
  readOnly: (where) => `${where} se trouve sur un disque en lecture seule : choisissez un autre dossier.`,
  busy: (where) => `${where} est utilisé par un autre programme (est-il ouvert dans Excel ?) : fermez-le et réessayez.`,
  tooManyFiles: (where) => `Trop de fichiers ouverts : ${where} n'a pas pu être ouvert. Réessayez.`,
  nameTooLong: (where) => `Le nom de ${where} est trop long.`,
  systemError: (where, code) => `${where} n'a pas pu être lu ou écrit (erreur système ${code}).`,
  fileNotFound: (file) => `Fichier introuvable : ${file}`,
  fileIsFolder: (file) => `${file} est un dossier, pas un fichier.`,
  oldXls: (file) => `${file} est un ancien fichier Excel (.xls) ; enregistrez-le dans Excel comme classeur .xlsx et réessayez.`,
  notXlsx: (file) => `${file} n'est pas un fichier Excel valide (.xlsx) : son contenu n'est pas un classeur Excel.`,
  notSpreadsheet: (file) => `${file} n'est pas un tableur : un classeur Excel (.xlsx) ou un fichier CSV (.csv) est attendu.`,
  corruptXlsx: (file) =>
    `${file} ne peut pas être lu comme classeur Excel (.xlsx) : le fichier est endommagé ou n'est pas un classeur Excel. ` +
    `Ouvrez-le dans Excel et enregistrez-le à nouveau comme classeur Excel (.xlsx).`,
  noSheets: (file) => `${file} ne contient aucune feuille de calcul.`,
  scaleFileWhere: (file, sheet) => `${file}, feuille ${sheet}`,
  interrupted: (signal) => `Interrompu (${signal}) : rien n'a été écrit ; le fichier temporaire a été supprimé.`,
  theCsvFile: "le fichier CSV",
  notText: (file) => `${file} n'est pas un fichier texte (CSV) : il contient des données binaires.`,
  quoteNotClosed: (file, line) =>
    `${file} ne peut pas être lu entièrement : à la ligne ${line}, un guillemet (") ouvre une cellule qui n'est jamais ` +
    `fermée, de sorte que toutes les lignes suivantes aboutiraient dans cette seule cellule. Fermez le guillemet ` +
    `(ou supprimez-le) à la ligne ${line} et réessayez.`,
  invalidClosingQuote: (file, line) =>
    `${file} ne peut pas être lu entièrement : dans l'enregistrement qui commence à la ligne ${line}, un guillemet fermant (") ` +
    `est suivi d'autre texte dans la même cellule (ou un guillemet y ouvre une cellule qui se ferme trop tôt). Mettez toute la cellule entre guillemets et doublez les guillemets qu'elle contient ("").`,
  invalidOpeningQuote: (file, line) =>
    `${file} ne peut pas être lu entièrement : dans l'enregistrement qui commence à la ligne ${line}, un guillemet (") ` +
    `se trouve au milieu d'une cellule. ` +
    `Mettez toute la cellule entre guillemets et doublez le guillemet qu'elle contient (""), ou supprimez-le.`,
  invalidCsv: (file, line) => `${file} ne peut pas être lu entièrement (l'enregistrement qui commence à la ligne ${line}) : ce n'est pas un fichier CSV valide.`,
  emptyCsv: (file) => `${file} est un fichier vide : il ne contient aucune ligne. Choisissez le bon fichier, ou enregistrez à nouveau la liste en CSV.`,
  utf16WithoutBom: (file) =>
    `${file} a été enregistré en texte UTF-16 (texte Unicode) sans indication de l'ordre des octets et ne peut pas être lu de manière fiable. ` +
    `Ouvrez-le dans Excel et enregistrez-le en « CSV UTF-8 (délimité par des virgules) » ou en classeur Excel (.xlsx).`,
  separatorName: (delimiter) => (delimiter === ";" ? "point-virgule (;)" : delimiter === "," ? "virgule (,)" : delimiter === "\t" ? "tabulation" : `« ${delimiter} »`),
  tooManyFields: (file, line, fields, headerLine, headerFields, separator) =>
    `${file} ne peut pas être lu entièrement : la ligne ${line} a ${fields} champs, la ligne d'en-tête (ligne ${headerLine}) seulement ${headerFields}, ` +
    `de sorte que les montants de cette ligne aboutiraient dans les mauvaises colonnes. Le séparateur de ce fichier (${separator}) ` +
    `se trouve-t-il dans un montant ou un texte sans guillemets (par exemple 30000,50 dans un fichier délimité par des virgules) ? ` +
    `Mettez cette cellule entre guillemets ("30000,50") ou enregistrez à nouveau la liste en CSV dans Excel, et réessayez.`,
  multiLineCell: (file, startLine, endLine, column, separator) =>
    `${file} ne peut pas être lu entièrement : une cellule entre guillemets (colonne ${column}) commence à la ligne ${startLine}, continue jusqu'à la ligne ${endLine} ` +
    `et contient le séparateur de ce fichier (${separator}). Un guillemet isolé (") à la ligne ${startLine} ouvre probablement une cellule ` +
    `qui ne se ferme qu'à la ligne ${endLine}, de sorte que les lignes entre les deux aboutiraient dans cette seule cellule. Supprimez le guillemet isolé. ` +
    `Si ce texte doit vraiment tenir dans une cellule, retirez-en les sauts de ligne ou le séparateur.`,
  joinedRows: (file, startLine, endLine, column) =>
    `${file} ne peut pas être lu entièrement : une cellule entre guillemets (colonne ${column}) commence à la ligne ${startLine} et continue jusqu'à la ligne ${endLine}, ` +
    `de sorte que cette ligne compte plus de champs que les autres. Un guillemet isolé (") à la ligne ${startLine} ouvre probablement une cellule qui ne se ferme qu'à la ligne ${endLine}, ` +
    `de sorte que les lignes entre les deux aboutiraient dans cette seule cellule. Supprimez le guillemet isolé et réessayez.`,
  cellTooLong: (file, line, column, length, limit) =>
    `${file} ne peut pas être lu entièrement : la cellule de la colonne ${column} qui commence à la ligne ${line} compte ${count(length)} caractères, ` +
    `plus que les ${count(limit)} qu'une cellule Excel peut contenir. Raccourcissez cette cellule (ou vérifiez les guillemets qui la précèdent) et réessayez.`,
  sheetNotFoundIn: (sheet, sheets) => `Feuille « ${sheet} » introuvable. Le classeur contient : ${sheets}.`,
  quoted: (name) => `« ${name} »`,
  scaleError: (message) => `Barème : ${message}`,
  scaleSheet: (name) => `feuille ${name}`,
  scaleTable: (name) => `tableau ${name}`,
  fileSheetWhere: (sheet, file) => `feuille « ${sheet} » de ${file}`,
  tableWhere: (name) => `tableau « ${name} »`,
  sheetWhere: (name) => `feuille « ${name} »`,
  tableLabel: (name, sheet) => `Tableau ${name} (feuille ${sheet})`,
  sheetLabel: (name) => `Feuille ${name}`,
  tableNotFound: (name) => `Tableau « ${name} » introuvable.`,
  sheetNotFound: (name) => `Feuille « ${name} » introuvable.`,
  listNotFound: (id) => `Liste « ${id} » introuvable.`,
  unknownSource: (source) => `Source inconnue : ${source}`,
  summaryMarkerComment: "Résumé du recalcul (OCMW Rekenhulp) ; remplacé lors d'un nouveau recalcul.",
  office: {
    ItemNotFound: "Une feuille, un tableau ou un nom dont le recalcul a besoin n'existe pas (ou plus).",
    ItemAlreadyExists: "Une feuille ou un nom portant ce nom existe déjà.",
    InvalidArgument: "Excel a refusé une opération avec des données non valides.",
    InvalidReference: "Une référence à une feuille ou à une plage n'est pas (ou plus) valide ; quelque chose a-t-il été supprimé ?",
    InvalidOperation: "Excel ne peut pas effectuer cette opération maintenant.",
    InvalidOperationInCellEditMode: "Excel est en mode édition : appuyez sur Entrée ou Échap dans la cellule et réessayez.",
    EditModeCannotPerformOperation: "Excel est en mode édition : appuyez sur Entrée ou Échap dans la cellule et réessayez.",
    AccessDenied: "Excel refuse la modification : la feuille ou le classeur est protégé ou en lecture seule.",
    InsertDeleteConflict: "La liste n'a pas pu être étendue : des données ou un autre tableau gênent.",
    Conflict: "Quelqu'un d'autre modifie le classeur en même temps ; réessayez dans un instant.",
    RequestPayloadSizeLimitExceeded: "Trop de données à la fois pour Excel ; réessayez (la liste sera alors lue en parties plus petites).",
    ResponsePayloadSizeLimitExceeded: "Trop de données à la fois pour Excel ; réessayez (la liste sera alors lue en parties plus petites).",
    ApiNotFound: "Cette version d'Excel ne connaît pas une opération du recalcul ; mettez Excel à jour.",
    GeneralException: "Excel a signalé une erreur inattendue.",
    Unauthenticated: "Vous n'êtes pas (ou plus) connecté à Office ; reconnectez-vous.",
    ServiceNotAvailable: "Excel est momentanément injoignable ; réessayez dans un instant.",
    ActivityLimitReached: "Excel a reçu trop de commandes à la fois ; réessayez dans un instant.",
  },
  officeOther: "Excel a signalé une erreur.",
  officeStopped: (text, code) => `${text} Le recalcul a été arrêté. (code Excel : ${code})`,
  unexpected: (message) => `Erreur inattendue pendant le recalcul : ${message}`,
  wizard: {
    readTables: "Lecture des tableaux",
    readScale: "Lecture du barème",
    readSelection: "Lecture de la sélection",
    readList: "Lecture de la liste de dossiers",
    writeSheet: "Écriture de la feuille",
    notFoundAnyMore: (what) => `${what} : la feuille, le tableau ou la plage demandés n'existent pas (plus).`,
    officeError: (what, message) => `${what} : Excel signale une erreur (${message}).`,
    rangeWithoutSheet: (what, address) => `${what} : la plage ${address} ne nomme aucune feuille.`,
    sheetEmpty: (sheet) => `La feuille « ${sheet} » est vide : sélectionnez une ligne d'une liste de dossiers.`,
    sheetGone: (sheet) => `La feuille « ${sheet} » n'existe pas (plus).`,
    tableGone: (table) => `Le tableau « ${table} » n'existe pas (plus).`,
    nothingSelected: "Rien n'est sélectionné.",
    invalidSelection: (address) => `Sélection non valide : ${address}.`,
    invalidRange: (address) => `Plage non valide : ${address}.`,
    chartOutside: (title) => `Le graphique « ${title} » sort de la feuille.`,
    tableSource: (name) => `tableau ${name}`,
    sheetSource: (name) => `feuille ${name}`,
  },
};

export const WORKBOOK_TEXTS: Readonly<Record<Taal, WorkbookTexts>> = { nl, fr };
