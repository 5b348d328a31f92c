/**
 * The wizard's model: the form as typed (text), and its evaluation by the rules engine. Everything computed here
 * comes from src/rules; this file only reads the typed text (Belgian numbers and dates), hands it to the rules, and
 * sorts the rules' answers and errors by field. It computes no money itself: the total recovered is the rules'
 * amountSum and the OCMW's share is the rules' aandeelOf (the one definition of "Aandeel OCMW").
 */
import {
  aandeelOf,
  amount,
  amountSum,
  argName,
  bijdrage,
  calendarToDay,
  checkedDagen,
  count,
  dec,
  Decimal,
  formatDay,
  isValidSerial,
  parseDateText as parseDateTextRule,
  kindsdeel,
  metBillijkheid,
  msg,
  optionalAmount,
  parseNumberText,
  parseSchaal,
  RuleError,
  serialToDay,
  serialToUtcDate,
  tekort,
  withLanguage,
  zakgeldParameter,
  type BijdrageResult,
  type InForce,
  type Notice,
  type Result,
  type ScaleTable,
} from "../rules";
import type { ScaleRef } from "../workbook/port";
import { argumentNames } from "./argumentNames";
import { dateWords, formatQuantity, joinList, translator, type Language, type Translate } from "./i18n/text";

// ---- the form ------------------------------------------------------------------------------------------------

export interface CostLine {
  id: string;
  omschrijving: string;
  bedrag: string;
}

export interface ChildForm {
  id: string;
  naam: string;
  inkomen: string;
  partnerInkomen: string;
  personenTenLaste: string;
  kadastraalInkomen: string;
  /**
   * An equity decision (billijkheid, seed 004): the monthly amount the Bijzonder Comité decided and its reason.
   * Undefined: no decision, the computed contribution stands.
   */
  billijkheid?: { bedrag: string; reden: string };
}

/** How the contributions are computed: the built-in approximation, or an official scale from the workbook. */
export type ScaleChoice =
  | { method: "benadering" }
  | {
      method: "schaal";
      /** the table or range picked; undefined until the user picks one */
      ref?: ScaleRef;
      label?: string;
      values?: unknown[][];
      /** a Dutch message when reading the workbook failed */
      loadError?: string;
    };

export interface DossierForm {
  /** name or number of the dossier; names the worksheet */
  dossier: string;
  /** date of the calculation, dd/mm/jjjj */
  datum: string;
  ligdagprijs: string;
  dagen: string;
  inkomsten: string;
  /** null: the zakgeld in force on the date (the field shows it); text: the user's own amount ("" = in force) */
  zakgeld: string | null;
  kosten: CostLine[];
  kinderen: ChildForm[];
  schaal: ScaleChoice;
}

let idCounter = 0;
export function newId(prefix: string): string {
  idCounter += 1;
  return `${prefix}${idCounter}`;
}

export function emptyCost(): CostLine {
  return { id: newId("kost"), omschrijving: "", bedrag: "" };
}

export function emptyChild(): ChildForm {
  return { id: newId("kind"), naam: "", inkomen: "", partnerInkomen: "", personenTenLaste: "0", kadastraalInkomen: "" };
}

/** The empty wizard ("Nieuw dossier"): today's date, the zakgeld in force, no costs and no children yet. */
export function emptyForm(today: Date = new Date()): DossierForm {
  return {
    dossier: "",
    datum: formatDay(calendarToDay(today.getFullYear(), today.getMonth() + 1, today.getDate())),
    ligdagprijs: "",
    dagen: "",
    inkomsten: "",
    zakgeld: null,
    kosten: [],
    kinderen: [],
    schaal: { method: "benadering" },
  };
}

/** True when "Nieuw dossier" would lose something the user typed (the date alone does not count). */
export function hasData(form: DossierForm): boolean {
  const typed = [form.dossier, form.ligdagprijs, form.dagen, form.inkomsten, form.zakgeld ?? ""].some((t) => t.trim() !== "");
  return typed || form.kosten.length > 0 || form.kinderen.length > 0;
}

// ---- field keys ----------------------------------------------------------------------------------------------

export type ResidentField = "dossier" | "datum" | "ligdagprijs" | "dagen" | "inkomsten" | "zakgeld";
export type CostField = "omschrijving" | "bedrag";
export type ChildField = "naam" | "inkomen" | "partnerInkomen" | "personenTenLaste" | "kadastraalInkomen";
export type BillijkheidField = "bedrag" | "reden";

export const costKey = (id: string, field: CostField) => `kost:${id}:${field}`;
export const childKey = (id: string, field: ChildField | "bijdrage") => `kind:${id}:${field}`;
export const billijkheidKey = (id: string, field: BillijkheidField) => `kind:${id}:billijkheid:${field}`;
export const SCHAAL_KEY = "schaal";
/** problems that belong to no single field (e.g. no children yet) */
export const DOSSIER_KEY = "dossierfout";

/** A problem with one field. `missing`: the field is empty but required (shown once the field was touched). */
export interface FieldError {
  message: string;
  missing: boolean;
}

// ---- reading typed text --------------------------------------------------------------------------------------

/** Belgian number text to a Decimal; text that is no number is passed on as is, so the rules can name it. */
function numberInput(text: string): Decimal | string {
  return parseNumberText(text) ?? text.trim();
}

/**
 * "1/3/2024", "01/03/2024", "1/3/24", "01-03-2024", "1.3.24" or "2024-03-01" -> the Excel serial; undefined when it
 * is no date (or before 1/3/1900). Day first, as in Belgium; the rules' one reading of date text, with short years.
 */
export function parseDateText(text: string): number | undefined {
  const serial = parseDateTextRule(text, { shortYear: true });
  return serial !== undefined && isValidSerial(serial) ? serial : undefined;
}

/** An Excel serial in words, to confirm what was read: "vrijdag 1 maart 2024" ("vendredi 1 mars 2024" in French). */
export function dateInWords(serial: number, language: Language = "nl"): string {
  return dateWords(language, serialToUtcDate(serial));
}

/** An Excel serial as "01/03/2024". */
export function formatSerial(serial: number): string {
  return formatDay(serialToDay(serial));
}

/**
 * A rule's message without the argument name in front (the field already says which one), capitalised. The name
 * is the one the rules' current language shows ("dagen: ", "jours : " in a French evaluation).
 */
export function fieldMessage(error: unknown, argument?: string): string {
  if (!(error instanceof Error)) return String(error);
  let message = error.message;
  if (error instanceof RuleError && argument !== undefined) {
    const prefix = msg("error", { argument: argName(argument), message: "" });
    if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function isMissing(text: string): boolean {
  return text.trim() === "";
}

// ---- evaluation ----------------------------------------------------------------------------------------------

export interface ChildResult {
  id: string;
  naam: string;
  /** position, 1-based ("Kind 1") */
  positie: number;
  /** the contribution: computed, or decided for reasons of equity (then `billijkheid` is set) */
  bijdrage?: BijdrageResult;
  /** the equity decision that replaced the computed contribution, with the computed one */
  billijkheid?: { berekend: Decimal; reden: string };
  /** with the equity box ticked: the computed contribution, also while no valid amount is decided yet (for the hint) */
  berekend?: Decimal;
}

/**
 * Why a figure is not there (yet), in plain words of the pane's language ("Vul de ligdagprijs in."): shown where the figure would be, so
 * no figure is a bare dash. Present only for the figures that are missing.
 */
export interface Missing {
  tekort?: string;
  kindsdeel?: string;
  /** by child id */
  bijdrage: Record<string, string>;
  /** the total recovered and the OCMW's share */
  aandeel?: string;
}

export interface Evaluation {
  /** why a figure is missing, per figure */
  missing: Missing;
  /** every problem, by field key */
  errors: Record<string, FieldError>;
  /** the date of the calculation as an Excel serial, when it is valid */
  datumSerial?: number;
  /** the zakgeld in force on the date (what the Zakgeld field shows when not overridden) */
  zakgeldInForce?: InForce<Decimal>;
  /** the typed zakgeld, when the user overrode the parameter */
  zakgeldOpgegeven?: Decimal;
  tekort?: Result<Decimal>;
  kindsdeel?: Result<Decimal>;
  kinderen: ChildResult[];
  /** the sum of the contributions (the rules' amountSum) */
  totaal?: Decimal;
  /** the OCMW's share with its steps (the rules' aandeelOf) */
  aandeel?: Result<Decimal>;
  /** the warnings the results carry (approximation, stale amount), once each: shown once, near the figures */
  notices: Notice[];
  schaal?: ScaleTable;
  /** true when every figure is computed and no field has a problem: only then may anything be written */
  complete: boolean;
  /** the parsed inputs, for the worksheet */
  parsed: ParsedDossier;
}

/** The inputs as checked values (present only when valid). */
export interface ParsedDossier {
  ligdagprijs?: Decimal;
  dagen?: number;
  inkomsten?: Decimal;
  kosten: { id: string; omschrijving: string; bedrag?: Decimal }[];
  kinderen: {
    id: string;
    naam: string;
    inkomen?: Decimal;
    partnerInkomen?: Decimal;
    personenTenLaste?: number;
    kadastraalInkomen?: Decimal;
  }[];
}

/**
 * The warnings of every result, each text once, in the order met. A contribution by the built-in approximation
 * carries the approximation warning (when the rules have not attached it as a notice already), in the rules' current
 * language.
 */
export function collectNotices(results: readonly (Result<unknown> | undefined)[]): Notice[] {
  const seen = new Set<string>();
  const notices: Notice[] = [];
  const add = (notice: Notice) => {
    if (seen.has(notice.text)) return;
    seen.add(notice.text);
    notices.push(notice);
  };
  for (const result of results) for (const notice of result?.notices ?? []) add(notice);
  const approximated = results.some((r) => r !== undefined && (r as Partial<BijdrageResult>).method === "benadering");
  if (approximated && !notices.some((n) => n.kind === "benadering")) add({ kind: "benadering", text: msg("notice.approximation") });
  return notices;
}

/**
 * Runs the rules on the form. Never throws: every problem lands in `errors` under its field. Everything is in
 * `language` (Dutch by default): the form's own messages, and the rules' (errors naming the argument as a French
 * function does, trace steps, derivations, warnings), which run in that language (withLanguage).
 */
export function evaluate(form: DossierForm, language: Language = "nl"): Evaluation {
  return withLanguage(language, () => evaluateIn(form, language), argumentNames(language));
}

/** The problems found so far, by field key (the first per field wins), and the ways a part records one. */
class FieldErrors {
  readonly errors: Record<string, FieldError> = {};

  fail(key: string, message: string, missing = false): void {
    if (this.errors[key] === undefined) this.errors[key] = { message, missing };
  }

  /** Runs one rule-level check of a field; records its error and returns undefined on failure. */
  check<T>(key: string, argument: string, text: string, run: () => T): T | undefined {
    try {
      return run();
    } catch (error) {
      this.fail(key, fieldMessage(error, argument), isMissing(text));
      return undefined;
    }
  }

  /** A rule error from a whole calculation goes to the field its argument names (`fields`), else to `fallbackKey`. */
  route(error: unknown, fallbackKey: string, fields: Record<string, string>): void {
    const argument = error instanceof RuleError ? error.argument : undefined;
    const known = argument !== undefined && fields[argument] !== undefined;
    this.fail(known ? fields[argument] : fallbackKey, fieldMessage(error, known ? argument : undefined));
  }
}

/** The resident's fields as checked values; the zakgeld in force on the date and the one typed over it. */
interface ResidentInput {
  datumSerial?: number;
  ligdagprijs?: Decimal;
  dagen?: number;
  inkomsten?: Decimal;
  zakgeldInForce?: InForce<Decimal>;
  zakgeldOpgegeven?: Decimal;
  kosten: ParsedDossier["kosten"];
}

function readResident(form: DossierForm, f: FieldErrors, t: Translate): ResidentInput {
  let datumSerial: number | undefined;
  if (isMissing(form.datum)) f.fail("datum", t("fout.datumLeeg"), true);
  else {
    datumSerial = parseDateText(form.datum);
    if (datumSerial === undefined) f.fail("datum", t("fout.datum", { tekst: form.datum.trim() }));
  }
  const ligdagprijs = f.check("ligdagprijs", "ligdagprijs", form.ligdagprijs, () => amount(numberInput(form.ligdagprijs), "ligdagprijs"));
  const dagen = f.check("dagen", "dagen", form.dagen, () => checkedDagen(numberInput(form.dagen), "dagen"));
  const inkomsten = f.check("inkomsten", "inkomsten", form.inkomsten, () => amount(numberInput(form.inkomsten), "inkomsten"));

  let zakgeldInForce: InForce<Decimal> | undefined;
  try {
    zakgeldInForce = zakgeldParameter.at(datumSerial === undefined ? undefined : serialToDay(datumSerial), "datum");
  } catch (error) {
    if (form.zakgeld === null || isMissing(form.zakgeld)) {
      f.fail("zakgeld", t("fout.zakgeld", { fout: fieldMessage(error, "datum") }));
    }
  }
  const zakgeldText = form.zakgeld ?? "";
  const zakgeldOpgegeven = f.check("zakgeld", "zakgeld", zakgeldText, () => optionalAmount(numberInput(zakgeldText), "zakgeld"));

  const kosten = form.kosten.map((line) => {
    if (isMissing(line.omschrijving)) f.fail(costKey(line.id, "omschrijving"), t("fout.omschrijving"), true);
    const bedrag = f.check(costKey(line.id, "bedrag"), "bedrag", line.bedrag, () => amount(numberInput(line.bedrag), "bedrag"));
    return { id: line.id, omschrijving: line.omschrijving.trim(), bedrag };
  });
  return { datumSerial, ligdagprijs, dagen, inkomsten, zakgeldInForce, zakgeldOpgegeven, kosten };
}

function readChildren(form: DossierForm, f: FieldErrors, t: Translate): ParsedDossier["kinderen"] {
  const kinderen = form.kinderen.map((child) => {
    if (isMissing(child.naam)) f.fail(childKey(child.id, "naam"), t("fout.naam"), true);
    const field = <T>(name: "inkomen" | "partnerInkomen" | "personenTenLaste" | "kadastraalInkomen", argument: string, read: (value: unknown) => T) =>
      f.check(childKey(child.id, name), argument, child[name], () => read(numberInput(child[name])));
    return {
      id: child.id,
      naam: child.naam.trim(),
      inkomen: field("inkomen", "inkomen", (v) => amount(v, "inkomen")),
      partnerInkomen: field("partnerInkomen", "partner_inkomen", (v) => optionalAmount(v, "partner_inkomen")),
      personenTenLaste: field("personenTenLaste", "personen_ten_laste", (v) => count(v, "personen_ten_laste", 0)),
      kadastraalInkomen: field("kadastraalInkomen", "kadastraal_inkomen", (v) => optionalAmount(v, "kadastraal_inkomen")),
    };
  });
  if (form.kinderen.length === 0) f.fail(DOSSIER_KEY, t("fout.geenKind"), true);
  return kinderen;
}

/** The scale chosen: undefined for the built-in approximation; `ok` false when a chosen scale cannot be used. */
function readScale(form: DossierForm, f: FieldErrors, t: Translate): { schaal?: ScaleTable; ok: boolean } {
  if (form.schaal.method !== "schaal") return { ok: true };
  const choice = form.schaal;
  if (choice.loadError !== undefined) {
    f.fail(SCHAAL_KEY, choice.loadError);
    return { ok: false };
  }
  if (choice.values === undefined) {
    f.fail(SCHAAL_KEY, t("fout.schaalKiezen"), true);
    return { ok: false };
  }
  try {
    return { schaal: parseSchaal(choice.values, "schaal"), ok: true };
  } catch (error) {
    f.fail(SCHAAL_KEY, fieldMessage(error));
    return { ok: false };
  }
}

/** The deficit, when every resident field it needs is valid; a rule error goes to the field it names. */
function computeTekort(r: ResidentInput, f: FieldErrors): Result<Decimal> | undefined {
  const ready =
    r.datumSerial !== undefined &&
    r.ligdagprijs !== undefined &&
    r.dagen !== undefined &&
    r.inkomsten !== undefined &&
    f.errors.zakgeld === undefined &&
    r.kosten.every((k) => k.bedrag !== undefined);
  if (!ready) return undefined;
  try {
    return tekort({
      ligdagprijs: r.ligdagprijs,
      dagen: r.dagen,
      bijkomendeKosten: r.kosten.map((k) => [k.bedrag as Decimal]),
      inkomsten: r.inkomsten,
      zakgeld: r.zakgeldOpgegeven,
      datum: r.datumSerial,
    });
  } catch (error) {
    f.route(error, "ligdagprijs", { datum: "datum", zakgeld: "zakgeld" });
    return undefined;
  }
}

/** One child's contribution (the scale or the approximation), replaced by an equity decision when one is given. */
function computeChild(
  k: ParsedDossier["kinderen"][number],
  positie: number,
  decision: DossierForm["kinderen"][number]["billijkheid"],
  kindsdeelValue: Decimal,
  context: { datumSerial?: number; schaal?: ScaleTable },
  f: FieldErrors,
  t: Translate,
): ChildResult {
  const child: ChildResult = { id: k.id, naam: k.naam, positie };
  if (k.inkomen === undefined || k.personenTenLaste === undefined || f.errors[childKey(k.id, "partnerInkomen")] || f.errors[childKey(k.id, "kadastraalInkomen")]) {
    return child;
  }
  try {
    child.bijdrage = bijdrage({
      inkomen: k.inkomen,
      partnerInkomen: k.partnerInkomen,
      personenTenLaste: k.personenTenLaste,
      kindsdeel: kindsdeelValue,
      datum: context.datumSerial,
      schaal: context.schaal,
      kadastraalInkomen: k.kadastraalInkomen,
    });
  } catch (error) {
    f.route(error, childKey(k.id, "bijdrage"), { datum: "datum" });
    return child;
  }
  // An equity decision replaces the computed contribution (metBillijkheid checks 0 <= bedrag <= kindsdeel, a reason).
  // Ticked, the amount is required: an empty one would silently leave the computed contribution standing.
  if (decision !== undefined) child.berekend = child.bijdrage.value;
  if (decision !== undefined && isMissing(decision.bedrag)) {
    child.bijdrage = undefined;
    f.fail(billijkheidKey(k.id, "bedrag"), t("fout.billijkheidBedrag"), true);
  } else if (decision !== undefined) {
    const berekend = child.bijdrage;
    try {
      const beslist = metBillijkheid(berekend, kindsdeelValue, numberInput(decision.bedrag), decision.reden, "billijkheid");
      child.bijdrage = { ...berekend, value: beslist.value, steps: beslist.steps, notices: beslist.notices };
      child.billijkheid = { berekend: berekend.value, reden: decision.reden.trim() };
    } catch (error) {
      child.bijdrage = undefined;
      f.route(error, billijkheidKey(k.id, "bedrag"), { billijkheid: billijkheidKey(k.id, "bedrag"), reden: billijkheidKey(k.id, "reden") });
    }
  }
  return child;
}

/** The total recovered and the OCMW's share (the rules' amountSum and aandeelOf), once every contribution is known. */
function computeShare(result: Evaluation, tekortValue: Decimal, f: FieldErrors): void {
  const bijdragen = result.kinderen.map((c) => c.bijdrage?.value);
  if (!bijdragen.every((b): b is Decimal => b !== undefined)) return;
  try {
    result.totaal = amountSum(bijdragen.map((b) => [b]), "bijdragen");
    result.aandeel = aandeelOf(tekortValue, result.totaal);
  } catch (error) {
    // cannot happen while every contribution is at most the kindsdeel; said, never hidden, should it ever
    f.fail(DOSSIER_KEY, fieldMessage(error));
  }
}

/** The form read part by part (resident, children, scale), then the figures in the order they depend on each other. */
function evaluateIn(form: DossierForm, language: Language): Evaluation {
  const t = translator(language);
  const f = new FieldErrors();
  const resident = readResident(form, f, t);
  const kinderen = readChildren(form, f, t);
  const scale = readScale(form, f, t);
  const { datumSerial, ligdagprijs, dagen, inkomsten, kosten, zakgeldInForce, zakgeldOpgegeven } = resident;
  const parsed: ParsedDossier = { ligdagprijs, dagen, inkomsten, kosten, kinderen };
  const result: Evaluation = {
    errors: f.errors,
    datumSerial,
    zakgeldInForce,
    zakgeldOpgegeven,
    kinderen: kinderen.map((k, i) => ({ id: k.id, naam: k.naam, positie: i + 1 })),
    notices: [],
    missing: { bijdrage: {} },
    complete: false,
    parsed,
    schaal: scale.schaal,
  };

  result.tekort = computeTekort(resident, f);
  if (result.tekort === undefined || kinderen.length === 0) return finish(result, form, t);
  const kindsdeelResult = kindsdeel(result.tekort.value, kinderen.length);
  result.kindsdeel = kindsdeelResult;
  if (!scale.ok) return finish(result, form, t);
  result.kinderen = kinderen.map((k, i) =>
    computeChild(k, i + 1, form.kinderen[i].billijkheid, kindsdeelResult.value, { datumSerial, schaal: scale.schaal }, f, t),
  );
  computeShare(result, result.tekort.value, f);
  return finish(result, form, t);
}

function finish(result: Evaluation, form: DossierForm, t: Translate): Evaluation {
  result.missing = explainMissing(form, result, t);
  result.notices = collectNotices([result.tekort, result.kindsdeel, ...result.kinderen.map((k) => k.bijdrage), result.aandeel]);
  result.complete = Object.keys(result.errors).length === 0 && result.aandeel !== undefined;
  return result;
}

/**
 * A number for a field, written the language's Belgian way with the fewest decimals: "60", "93,25", "38.000" (nl),
 * "38 000" (fr-BE, a narrow no-break space, as the pane shows French amounts). The model reads either.
 */
export function numberText(value: number | Decimal, language: Language = "nl"): string {
  return formatQuantity(language, value instanceof Decimal ? value : dec(value));
}

// ---- why a figure is missing ---------------------------------------------------------------------------------

/** "Vul de ligdagprijs en de dagen in en verbeter de inkomsten." from the fields (key, name) a figure needs. */
function askFor(t: Translate, errors: Record<string, FieldError>, fields: [string, string][]): string | undefined {
  const empty = fields.filter(([key]) => errors[key]?.missing).map(([, name]) => name);
  const wrong = fields.filter(([key]) => errors[key] !== undefined && !errors[key].missing).map(([, name]) => name);
  if (empty.length > 0 && wrong.length > 0) return t("ontbreekt.vulEnVerbeter", { leeg: joinList(t, empty), fout: joinList(t, wrong) });
  if (empty.length > 0) return t("ontbreekt.vul", { velden: joinList(t, empty) });
  if (wrong.length > 0) return t("ontbreekt.verbeter", { velden: joinList(t, wrong) });
  return undefined;
}

function explainMissing(form: DossierForm, e: Evaluation, t: Translate): Missing {
  const missing: Missing = { bijdrage: {} };
  if (e.tekort === undefined) {
    const fields: [string, string][] = [
      ["datum", t("veld.datum")],
      ["ligdagprijs", t("veld.ligdagprijs")],
      ["dagen", t("veld.dagen")],
      ...form.kosten.map((k, i): [string, string] => [costKey(k.id, "bedrag"), t("veld.kostBedrag", { nummer: i + 1 })]),
      ["inkomsten", t("veld.inkomsten")],
      ["zakgeld", t("veld.zakgeld")],
    ];
    missing.tekort = askFor(t, e.errors, fields) ?? t("ontbreekt.tekort");
  }
  if (e.kindsdeel === undefined) {
    missing.kindsdeel = form.kinderen.length === 0 ? t("ontbreekt.kindToevoegen") : t("ontbreekt.uitTekort");
  }
  const schaalProblem = form.schaal.method === "schaal" && e.errors[SCHAAL_KEY] !== undefined;
  for (const [i, child] of form.kinderen.entries()) {
    if (e.kinderen[i]?.bijdrage !== undefined) continue;
    const own = askFor(t, e.errors, [
      [childKey(child.id, "inkomen"), t("veld.inkomen")],
      [childKey(child.id, "partnerInkomen"), t("veld.partnerInkomen")],
      [childKey(child.id, "personenTenLaste"), t("veld.personenTenLaste")],
      [childKey(child.id, "kadastraalInkomen"), t("veld.kadastraalInkomen")],
      [billijkheidKey(child.id, "bedrag"), t("veld.billijkheidBedrag")],
      [billijkheidKey(child.id, "reden"), t("veld.billijkheidReden")],
    ]);
    missing.bijdrage[child.id] =
      own ??
      (e.errors[childKey(child.id, "bijdrage")] !== undefined
        ? t("ontbreekt.zieHieronder")
        : e.kindsdeel === undefined
          ? t("ontbreekt.uitKindsdeel")
          : schaalProblem
            ? t("ontbreekt.schaal")
            : t("ontbreekt.nogNiet"));
  }
  if (e.aandeel === undefined) {
    const waiting = form.kinderen.filter((_, i) => e.kinderen[i]?.bijdrage === undefined).length;
    missing.aandeel =
      e.tekort === undefined
        ? t("ontbreekt.uitTekort")
        : form.kinderen.length === 0
          ? t("ontbreekt.kindToevoegen")
          : waiting > 0
            ? waiting === 1
              ? t("ontbreekt.bijdragen.een")
              : t("ontbreekt.bijdragen.meer", { aantal: waiting })
            : t("ontbreekt.nogNiet");
  }
  return missing;
}
