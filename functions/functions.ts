/**
 * The OCMW.* custom functions: one thin wrapper per function of SPEC section 1. Each reads Excel's arguments,
 * calls the rules engine (src/rules) and turns a rule error into a CustomFunctions.Error with a message in Office's
 * display language (Dutch, or French with the French argument names when Office runs in French).
 * The JSDoc tags are the only source of the metadata (functions.json is generated from them); the webpack plugin
 * adds the CustomFunctions.associate calls.
 */
import {
  aandeel,
  bijdrage,
  bijdrageZonderUitleg,
  type BijdrageInput,
  dayToSerial,
  kindsdeel,
  medischeKaartEinde,
  medischeKaartTermijn,
  remgeldBedrag,
  remgeldOpnames,
  remgeldOpnamesBedrag,
  RuleError,
  tekort,
  traceRows,
  verlofdagen as verlofdagenRule,
  currentLanguage,
  msg,
  withLanguage,
  type Taal,
  vrijstelling,
  zorgbudget,
  zorgbudgetBeslistermijn,
  zorgbudgetStart,
  type Result,
} from "../src/rules";
import type { Decimal } from "../src/rules/money";
import catalogue from "./catalogue.fr.json";

// Outside Excel (the task pane opened in a plain browser) there is no CustomFunctions runtime: give the
// associate calls that the build appends something harmless to call, so the page does not break.
if (typeof (globalThis as { CustomFunctions?: unknown }).CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

/** Office's display language ("fr-BE", "nl-BE" ...) picks the texts: French for "fr*", else Dutch (also outside Office). */
function displayLanguage(): Taal {
  try {
    const office = (globalThis as { Office?: { context?: { displayLanguage?: unknown } } }).Office;
    const language = office?.context?.displayLanguage;
    return typeof language === "string" && language.toLowerCase().startsWith("fr") ? "fr" : "nl";
  } catch {
    return "nl";
  }
}

type FrenchCatalogue = { functions: Record<string, { parameters: Record<string, { name: string } | null> }> };

/** Per function id, the Dutch argument names to the French ones Excel shows in French (functions/catalogue.fr.json). */
const frenchNamesById = new Map<string, Record<string, string>>();
function frenchNames(id: string): Record<string, string> {
  const known = frenchNamesById.get(id);
  if (known !== undefined) return known;
  const names: Record<string, string> = {};
  frenchNamesById.set(id, names);
  const parameters = (catalogue as FrenchCatalogue).functions[id]?.parameters ?? {};
  for (const [dutch, french] of Object.entries(parameters)) if (french !== null) names[dutch] = french.name;
  return names;
}

/** Runs one call in Office's display language; any failure becomes Excel's error in that language. */
function inLanguage<T>(id: string, run: () => T): T {
  const taal = displayLanguage();
  const call = (): T => {
    try {
      return run();
    } catch (error) {
      throw toExcelError(error);
    }
  };
  // the default language already active (Dutch texts, no French argument names): no switch to make
  if (taal === "nl" && currentLanguage() === "nl") return call();
  return withLanguage(taal, call, taal === "fr" ? frenchNames(id) : {});
}

/** Excel's error for a rule error; any unexpected failure becomes #VALUE! with a message, never a crash. */
function toExcelError(error: unknown): Error {
  const cf = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  const isRuleError = error instanceof RuleError;
  const code = isRuleError && error.kind === "unavailable" ? "notAvailable" : "invalidValue";
  const message = isRuleError ? error.message : msg("error.unexpected", { message: error instanceof Error ? error.message : String(error) });
  if (cf?.Error !== undefined) return new cf.Error(cf.ErrorCode[code], message) as unknown as Error;
  // Outside Excel (a plain Node process): an Error that carries the same code.
  return Object.assign(new Error(message), { code: code === "notAvailable" ? "#N/A" : "#VALUE!" });
}

function amountOf(id: string, run: () => Result<Decimal>): number {
  return inLanguage(id, () => run().value.toNumber());
}

/** A *.UITLEG function: the rule's trace as (step, amount) rows; the same error as the function when it fails. */
function traceOf(id: string, run: () => Result<unknown>): any[][] {
  return inLanguage(id, () => traceRows(run().steps));
}

function dateOf(id: string, run: () => Result<number>): number {
  return inLanguage(id, () => dayToSerial(run().value));
}

/**
 * Maandelijks tekort van een bewoner van een woonzorgcentrum: ligdagprijs x dagen + bijkomende kosten + zakgeld - inkomsten, niet minder dan 0.
 * @customfunction TEKORT
 * @param ligdagprijs Ligdagprijs van het WZC in euro per dag (0 of meer).
 * @param dagen Aantal verblijfsdagen in de maand (geheel getal van 0 tot 31).
 * @param bijkomende_kosten Bijkomende kosten per maand: één bedrag of een bereik (medicatie en dokter, persoonlijke was, mutualiteits- en zorgkaspremies).
 * @param inkomsten Eigen inkomsten van de bewoner per maand in euro (0 of meer).
 * @param [zakgeld] Gewaarborgd zakgeld per maand; leeg = het geïndexeerde jaarbedrag dat geldt op de datum, gedeeld door 12.
 * @param [datum] Datum van de berekening (bepaalt het zakgeld); leeg = het laatst gekende zakgeld.
 * @returns Het tekort per maand in euro.
 */
export function tekortFunction(
  ligdagprijs: any,
  dagen: any,
  bijkomende_kosten: any[][],
  inkomsten: any,
  zakgeld?: any,
  datum?: any,
): number {
  return amountOf("TEKORT", () => tekort({ ligdagprijs, dagen, bijkomendeKosten: bijkomende_kosten, inkomsten, zakgeld, datum }));
}

/**
 * Kindsdeel: het maandelijks tekort gedeeld door het aantal kinderen, naar beneden afgerond op de cent; het OCMW vordert van elk kind hoogstens dit bedrag terug.
 * @customfunction KINDSDEEL
 * @param tekort Maandelijks tekort in euro (0 of meer).
 * @param aantal_kinderen Aantal kinderen in de eerste graad, ook wie niet kan betalen (geheel getal, 1 of meer).
 * @returns Het kindsdeel per maand in euro.
 */
export function kindsdeelFunction(tekort: any, aantal_kinderen: any): number {
  return amountOf("KINDSDEEL", () => kindsdeel(tekort, aantal_kinderen));
}

/**
 * Aandeel OCMW: het deel van het maandelijks tekort dat het OCMW zelf draagt, het tekort min de som van de bijdragen van de kinderen.
 * @customfunction AANDEEL
 * @param tekort Maandelijks tekort in euro (0 of meer).
 * @param bijdragen De bijdragen van de kinderen per maand: één bedrag of een bereik (lege cellen tellen niet).
 * @returns Het aandeel van het OCMW per maand in euro.
 */
export function aandeelFunction(tekort: any, bijdragen: any[][]): number {
  return amountOf("AANDEEL", () => aandeel(tekort, bijdragen));
}

/**
 * Vrijstelling: jaarlijks netto belastbaar gezinsinkomen waaronder niets van een kind wordt teruggevorderd.
 * @customfunction VRIJSTELLING
 * @param personen_ten_laste Aantal personen ten laste van het kind (geheel getal, 0 of meer).
 * @param [datum] Datum waarop de vrijstelling geldt (volgt de indexsprongen); leeg = de bedragen van de laatst gekende indexsprong.
 * @returns De vrijstellingsgrens per jaar in euro.
 */
export function vrijstellingFunction(personen_ten_laste: any, datum?: any): number {
  return amountOf("VRIJSTELLING", () => vrijstelling(personen_ten_laste, datum));
}

/**
 * Maandelijkse bijdrage van één kind volgens de terugvorderingsschaal, nooit meer dan het kindsdeel. Zonder schaal: ingebouwde benadering (beslissingen vragen de officiële schaal).
 * @customfunction BIJDRAGE
 * @param inkomen Netto belastbaar jaarinkomen van het kind in euro (0 of meer).
 * @param partner_inkomen Netto belastbaar jaarinkomen van de partner (gehuwd of wettelijk samenwonend); leeg = 0.
 * @param personen_ten_laste Aantal personen ten laste (geheel getal, 0 of meer).
 * @param kindsdeel Kindsdeel: het maximum per maand (0 of meer).
 * @param [datum] Datum van de berekening (bepaalt de vrijstelling); leeg = de laatst gekende bedragen.
 * @param [schaal] Officiële schaal: bereik van 4 of 5 kolommen personen_ten_laste | inkomen_van | inkomen_tot | maandbedrag | [vanaf]; leeg = ingebouwde benadering.
 * @param [kadastraal_inkomen] Niet-geïndexeerd kadastraal inkomen van het gezin; boven 2 000 telt 3 x het bedrag mee.
 * @returns De bijdrage per maand in euro.
 */
export function bijdrageFunction(
  inkomen: any,
  partner_inkomen: any,
  personen_ten_laste: any,
  kindsdeel: any,
  datum?: any,
  schaal?: any[][],
  kadastraal_inkomen?: any,
): number {
  // the figure only: the cell shows one number, BIJDRAGE.UITLEG gives the steps
  return amountOf("BIJDRAGE", () => bijdrageZonderUitleg(bijdrageInput(inkomen, partner_inkomen, personen_ten_laste, kindsdeel, datum, schaal, kadastraal_inkomen)));
}

/** BIJDRAGE's Excel arguments, in SPEC order, as the rule's input (shared by BIJDRAGE and BIJDRAGE.UITLEG). */
function bijdrageInput(...[inkomen, partner_inkomen, personen_ten_laste, kindsdeel, datum, schaal, kadastraal_inkomen]: Parameters<typeof bijdrageFunction>): BijdrageInput {
  return { inkomen, partnerInkomen: partner_inkomen, personenTenLaste: personen_ten_laste, kindsdeel, datum, schaal, kadastraalInkomen: kadastraal_inkomen };
}

/**
 * Uitleg bij de bijdrage: elke rekenstap met zijn bedrag, de gebruikte parameters met hun datum en bron (2 kolommen).
 * @customfunction BIJDRAGE.UITLEG
 * @param inkomen Netto belastbaar jaarinkomen van het kind in euro (0 of meer).
 * @param partner_inkomen Netto belastbaar jaarinkomen van de partner; leeg = 0.
 * @param personen_ten_laste Aantal personen ten laste (geheel getal, 0 of meer).
 * @param kindsdeel Kindsdeel: het maximum per maand (0 of meer).
 * @param [datum] Datum van de berekening; leeg = de laatst gekende bedragen.
 * @param [schaal] Officiële schaal (4 of 5 kolommen, de 5de is vanaf); leeg = ingebouwde benadering.
 * @param [kadastraal_inkomen] Niet-geïndexeerd kadastraal inkomen van het gezin.
 * @returns Twee kolommen: stap en bedrag.
 */
export function bijdrageUitlegFunction(
  inkomen: any,
  partner_inkomen: any,
  personen_ten_laste: any,
  kindsdeel: any,
  datum?: any,
  schaal?: any[][],
  kadastraal_inkomen?: any,
): any[][] {
  return traceOf("BIJDRAGE.UITLEG", () => bijdrage(bijdrageInput(inkomen, partner_inkomen, personen_ten_laste, kindsdeel, datum, schaal, kadastraal_inkomen)));
}

/**
 * Zorgbudget voor zwaar zorgbehoevenden dat verschuldigd is voor de kalendermaand van de opgegeven datum.
 * @customfunction ZORGBUDGET
 * @param maand Een datum in de gevraagde maand.
 * @param aanvraagdatum Datum van de aanvraag bij de zorgkas.
 * @param zorgvorm thuis (mantel- en thuiszorg) of residentieel (WZC, RVT, PVT).
 * @param [katz] Katz-score: O, A, B, C, Cd of D (thuis: B of hoger geeft recht).
 * @param [bel] Score op de BEL-profielschaal (thuis: 35 of meer geeft recht).
 * @param [medisch] Score op de medisch-sociale schaal (thuis: 15 of meer geeft recht).
 * @param [dagverzorging] Score op de evaluatieschaal dagverzorging/kortverblijf: O, A, B, C, Cd of D (C of hoger geeft recht).
 * @param [handicap] Verhoogde kinderbijslag: percentage handicap van 0 tot 100 (typ 66 voor 66 %); samen met zelfredzaamheid.
 * @param [zelfredzaamheid] Verhoogde kinderbijslag: punten zelfredzaamheid (66 % handicap en 7 punten geven recht); samen met handicap.
 * @param [kinderbijslag_punten] Verhoogde kinderbijslag: punten op de medisch-sociale schaal, pijlers P1-P3 (18 of meer geeft recht).
 * @returns Het zorgbudget voor die maand in euro (0 vóór de eerste betaling of zonder recht).
 */
export function zorgbudgetFunction(
  maand: any,
  aanvraagdatum: any,
  zorgvorm: any,
  katz?: any,
  bel?: any,
  medisch?: any,
  dagverzorging?: any,
  handicap?: any,
  zelfredzaamheid?: any,
  kinderbijslag_punten?: any,
): number {
  return amountOf("ZORGBUDGET", () =>
    zorgbudget({ maand, aanvraagdatum, zorgvorm, katz, bel, medisch, dagverzorging, handicap, zelfredzaamheid, kinderbijslagPunten: kinderbijslag_punten }),
  );
}

/**
 * Eerste betaaldatum van het zorgbudget: voor een aanvraag vanaf 2009 de eerste dag van de vierde maand na de aanvraagmaand (januari: 1 mei); daarvoor de eerste dag van de derde maand erna (januari: 1 april).
 * @customfunction ZORGBUDGET.START
 * @param aanvraagdatum Datum van de aanvraag bij de zorgkas.
 * @returns De datum van de eerste betaling (serienummer; geef de cel een datumnotatie).
 */
export function zorgbudgetStartFunction(aanvraagdatum: any): number {
  return dateOf("ZORGBUDGET.START", () => zorgbudgetStart(aanvraagdatum));
}

/**
 * Uiterste beslissingsdatum van de zorgkas over een aanvraag zorgbudget: aanvraagdatum + 60 dagen.
 * @customfunction ZORGBUDGET.BESLISTERMIJN
 * @param aanvraagdatum Datum van de aanvraag bij de zorgkas.
 * @returns De uiterste beslissingsdatum (serienummer; geef de cel een datumnotatie).
 */
export function zorgbudgetBeslistermijnFunction(aanvraagdatum: any): number {
  return dateOf("ZORGBUDGET.BESLISTERMIJN", () => zorgbudgetBeslistermijn(aanvraagdatum));
}

/**
 * Remgeld (persoonlijk aandeel van de patiënt) voor de dagen eerste_dag tot en met laatste_dag van één ziekenhuisopname; elke dag tegen de bedragen van zijn eigen datum.
 * @customfunction REMGELD
 * @param categorie VT (verhoogde tegemoetkoming), KIND (kind ten laste), WERKLOOS (langdurig werkloos), PTL (met personen ten laste) of ANDER.
 * @param eerste_dag Eerste dag van de periode (1 = dag van opname).
 * @param laatste_dag Laatste dag van de periode (op of na eerste_dag).
 * @param [met_personen_ten_laste] WAAR als de patiënt personen ten laste heeft (telt vanaf het 6de jaar); leeg = ONWAAR.
 * @param [dienst] A of T voor het remgeld op toezichtshonoraria; leeg = geen.
 * @param [eenpersoonskamer] WAAR voor een kamersupplement eenpersoonskamer; leeg = ONWAAR.
 * @param [overgeplaatst] WAAR als de patiënt uit een ander ziekenhuis komt (geen forfait medisch-technische prestaties).
 * @param [opnamedatum] Datum van dag 1 (de opname); leeg = alle dagen tegen de laatst gekende bedragen.
 * @param [ziekenhuis] algemeen (standaard) of psychiatrisch: bepaalt het forfait medicatie.
 * @returns Het remgeld voor die dagen in euro.
 */
export function remgeldFunction(
  categorie: any,
  eerste_dag: any,
  laatste_dag: any,
  met_personen_ten_laste?: any,
  dienst?: any,
  eenpersoonskamer?: any,
  overgeplaatst?: any,
  opnamedatum?: any,
  ziekenhuis?: any,
): number {
  // the figure only: no trace is built for a cell that shows one number (the same checks and parts as `remgeld`)
  return inLanguage("REMGELD", () =>
    remgeldBedrag({
      categorie,
      eersteDag: eerste_dag,
      laatsteDag: laatste_dag,
      metPersonenTenLaste: met_personen_ten_laste,
      dienst,
      eenpersoonskamer,
      overgeplaatst,
      opnamedatum,
      ziekenhuis,
    }).toNumber(),
  );
}

/**
 * Remgeld voor een hele ziekenhuisgeschiedenis: opnames met een korte onderbreking worden samengeteld, dag- en nabehandeling tellen niet; elke dag tegen de bedragen van zijn eigen datum.
 * @customfunction REMGELD.OPNAMES
 * @param categorie VT (verhoogde tegemoetkoming), KIND (kind ten laste), WERKLOOS (langdurig werkloos), PTL (met personen ten laste) of ANDER.
 * @param opnames Bereik met één opname per rij: opnamedatum | ontslagdatum | [soort: volledig, dag of nabehandeling] | [overgeplaatst: WAAR/ONWAAR] | [onderzoeken: 0 tot 2]; een kopregel mag.
 * @param [met_personen_ten_laste] WAAR als de patiënt personen ten laste heeft (telt vanaf het 6de jaar); leeg = ONWAAR.
 * @param [dienst] A of T voor het remgeld op toezichtshonoraria; leeg = geen.
 * @param [eenpersoonskamer] WAAR voor een kamersupplement eenpersoonskamer; leeg = ONWAAR.
 * @param [ziekenhuis] algemeen (standaard; onderbreking tot 90 dagen telt samen) of psychiatrisch (tot 180 dagen).
 * @returns Het remgeld voor alle opnames samen in euro.
 */
export function remgeldOpnamesFunction(
  categorie: any,
  opnames: any[][],
  met_personen_ten_laste?: any,
  dienst?: any,
  eenpersoonskamer?: any,
  ziekenhuis?: any,
): number {
  return inLanguage("REMGELD.OPNAMES", () =>
    remgeldOpnamesBedrag({ categorie, opnames, metPersonenTenLaste: met_personen_ten_laste, dienst, eenpersoonskamer, ziekenhuis }).toNumber(),
  );
}

/**
 * Uitleg bij het remgeld voor een ziekenhuisgeschiedenis: per opname de dagnummers, elk deel en het subtotaal, met de gebruikte bedragen, hun datum en bron (2 kolommen).
 * @customfunction REMGELD.OPNAMES.UITLEG
 * @param categorie VT, KIND, WERKLOOS, PTL of ANDER.
 * @param opnames Bereik met één opname per rij: opnamedatum | ontslagdatum | [soort] | [overgeplaatst] | [onderzoeken]; een kopregel mag.
 * @param [met_personen_ten_laste] WAAR als de patiënt personen ten laste heeft; leeg = ONWAAR.
 * @param [dienst] A of T voor het remgeld op toezichtshonoraria; leeg = geen.
 * @param [eenpersoonskamer] WAAR voor een kamersupplement eenpersoonskamer; leeg = ONWAAR.
 * @param [ziekenhuis] algemeen (standaard) of psychiatrisch.
 * @returns Twee kolommen: stap en bedrag.
 */
export function remgeldOpnamesUitlegFunction(
  categorie: any,
  opnames: any[][],
  met_personen_ten_laste?: any,
  dienst?: any,
  eenpersoonskamer?: any,
  ziekenhuis?: any,
): any[][] {
  return traceOf("REMGELD.OPNAMES.UITLEG", () => remgeldOpnames({ categorie, opnames, metPersonenTenLaste: met_personen_ten_laste, dienst, eenpersoonskamer, ziekenhuis }));
}

/**
 * Disponibiliteitshonorarium voor verlofdagen tijdens een opname: 0,47 per verlofdag vanaf de tweede maand, hoogstens 3 per kalendermaand en 21 per kalenderjaar; niet bij verhoogde tegemoetkoming.
 * @customfunction VERLOFDAGEN
 * @param categorie VT (verhoogde tegemoetkoming: niets), KIND, WERKLOOS, PTL of ANDER.
 * @param opnamedatum Datum van de opname.
 * @param verlofdagen De verlofdagen: één datum of een bereik van datums (lege cellen tellen niet; dubbele één keer).
 * @returns Het disponibiliteitshonorarium in euro.
 */
export function verlofdagenFunction(categorie: any, opnamedatum: any, verlofdagen: any[][]): number {
  return amountOf("VERLOFDAGEN", () => verlofdagenRule(categorie, opnamedatum, verlofdagen));
}

/**
 * Laatste geldige dag van een medische kaart: EDATE(startdatum; maanden) - 1 dag.
 * @customfunction MEDISCHEKAART.EINDE
 * @param startdatum Eerste geldige dag van de medische kaart.
 * @param [maanden] Geldigheid in maanden (1 tot 3); leeg = 3.
 * @returns De laatste geldige dag (serienummer; geef de cel een datumnotatie).
 */
export function medischeKaartEindeFunction(startdatum: any, maanden?: any): number {
  return dateOf("MEDISCHEKAART.EINDE", () => medischeKaartEinde(startdatum, maanden));
}

/**
 * Laatste dag waarop de zorgverlener de aanvraag moet versturen: prestatiedatum + 30 dagen.
 * @customfunction MEDISCHEKAART.TERMIJN
 * @param prestatiedatum Datum van de prestatie.
 * @returns De uiterste verzenddatum (serienummer; geef de cel een datumnotatie).
 */
export function medischeKaartTermijnFunction(prestatiedatum: any): number {
  return dateOf("MEDISCHEKAART.TERMIJN", () => medischeKaartTermijn(prestatiedatum));
}
