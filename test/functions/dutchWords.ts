/**
 * Words of the rules' Dutch texts (messages, trace labels, notices) that must never appear in a French one; whole
 * words, case-insensitive. Words that are also French ("de", "en", "a") and the codes the functions expect (KIND, VT ...) are left out.
 */
export const DUTCH_WORDS = [
  "verwacht", "kreeg", "ontbreekt", "mag", "niet", "moet", "bereik", "geen", "rij", "kolom", "onbekende", "groot",
  "tekst", "logische", "waarde", "ongeldig", "ongeldige", "bedrag", "datum", "geldig", "vanaf", "bron", "afgeleid",
  "uitkomst", "valt", "na", "van", "een", "het", "of", "tot", "met", "dag", "dagen", "maand", "jaar", "afgerond",
  "gedeeld", "door", "kinderen", "inkomen", "tekort", "kindsdeel", "bijdrage", "vrijstelling", "zakgeld",
  "personen", "ten", "laste", "schaal", "benadering", "verouderd", "ingangsdatum", "gekend", "indexsprong", "voor",
  "zorgkas", "opname", "ligdagprijs", "kosten", "inkomsten", "som", "bijdragen", "eerste", "laatste", "werkelijke",
];
export const DUTCH_WORD = new RegExp(`(^|[^\\p{L}_])(${DUTCH_WORDS.join("|")})(?=$|[^\\p{L}_])`, "iu");
