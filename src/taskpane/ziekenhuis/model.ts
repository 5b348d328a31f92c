/**
 * The "Ziekenhuis" tab's model: a hospital history typed in the pane, checked field by field, then handed to the
 * rules engine (remgeldOpnames, the same rule as OCMW.REMGELD.OPNAMES). Nothing is computed here.
 */
import {
  argName,
  CATEGORIEEN,
  formatIso,
  msg,
  parameterLabel,
  shownSource,
  UNKNOWN_START,
  remgeldOpnames,
  RuleError,
  withLanguage,
  ZIEKENHUIZEN,
  type Categorie,
  type Decimal,
  type Step,
  type Ziekenhuis,
} from "../../rules";
import { argumentNames } from "../argumentNames";
import { translator, type Language, type Translate } from "../i18n/text";
import { parseDateText } from "../model";

export type Soort = "volledig" | "dag" | "nabehandeling";
export const SOORTEN: readonly Soort[] = ["volledig", "dag", "nabehandeling"];

export interface OpnameForm {
  /** a stable key for React */
  id: number;
  opnamedatum: string;
  ontslagdatum: string;
  soort: Soort;
  overgeplaatst: boolean;
  onderzoeken: 0 | 1 | 2;
}

export interface ZiekenhuisForm {
  categorie: Categorie;
  ziekenhuis: Ziekenhuis;
  dienst: "" | "A" | "T";
  metPersonenTenLaste: boolean;
  eenpersoonskamer: boolean;
  opnames: OpnameForm[];
}

let nextId = 1;
export function emptyOpname(): OpnameForm {
  return { id: nextId++, opnamedatum: "", ontslagdatum: "", soort: "volledig", overgeplaatst: false, onderzoeken: 0 };
}

export function emptyZiekenhuisForm(): ZiekenhuisForm {
  return { categorie: "ANDER", ziekenhuis: "algemeen", dienst: "", metPersonenTenLaste: false, eenpersoonskamer: false, opnames: [emptyOpname()] };
}

export { CATEGORIEEN, ZIEKENHUIZEN };

export type DateKey = "opnamedatum" | "ontslagdatum";

/** The key of an admission's date field (its data-field, and what "touched" remembers): by the admission's id, so it
 * stays with the admission when an earlier one is removed. */
export function opnameKey(id: number, field: DateKey): string {
  return `opname-${id}-${field}`;
}

/** A problem with one date field. `missing`: the field is empty (shown once the field was touched, as the wizard does). */
export interface FieldProblem {
  message: string;
  missing: boolean;
}

/** One admission's dates as Excel serials, when both parse. */
export interface OpnameDates {
  opname: number;
  ontslag: number;
}

export interface ZiekenhuisEvaluation {
  /** field problems by opnameKey(id, field) */
  fieldErrors: Record<string, FieldProblem>;
  /** a message from the rules about the history as a whole (overlap, ...) */
  error?: string;
  /** the dates of each admission, in form order (undefined while a date is missing or wrong) */
  dates: (OpnameDates | undefined)[];
  value?: Decimal;
  steps?: Step[];
}

/** The opnames range as the function receives it: one row per admission, no header. */
export function opnamesMatrix(form: ZiekenhuisForm, dates: OpnameDates[]): unknown[][] {
  return form.opnames.map((o, i) => [dates[i].opname, dates[i].ontslag, o.soort, o.overgeplaatst, o.onderzoeken]);
}

/** The escaped text of a regular expression that matches `text` literally. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * "opnames (rij 2): ..." -> "Opname 2: ..." ("admissions (ligne 2) : ..." -> "Hospitalisation 2 : ..." in French):
 * the pane's rows are its admissions, in order. Read with the rules' own row wording in the current language.
 */
function forPeople(t: Translate, error: RuleError): string {
  const row = msg("at.row", { argument: argName("opnames"), row: 999 }).split("999");
  const separator = msg("error", { argument: "", message: "" }); // ": " (nl), " : " (fr)
  const pattern = new RegExp(`^${literal(row[0])}(\\d+)(?:, ([^)]+))?${literal(row[1])}${literal(separator)}(.*)$`, "s");
  const m = pattern.exec(error.message);
  if (m) return m[2] ? t("zh.regelfoutKolom", { nummer: m[1], kolom: m[2], fout: m[3] }) : t("zh.regelfout", { nummer: m[1], fout: m[3] });
  return error.message;
}

/**
 * Everything in `language`: the form's own messages and the rules' (errors naming the argument as a French
 * function does, the trace), which run in that language.
 */
export function evaluateZiekenhuis(form: ZiekenhuisForm, language: Language = "nl"): ZiekenhuisEvaluation {
  return withLanguage(language, () => evaluateIn(form, language), argumentNames(language));
}

function evaluateIn(form: ZiekenhuisForm, language: Language): ZiekenhuisEvaluation {
  const t = translator(language);
  const fieldErrors: Record<string, FieldProblem> = {};
  const dates = form.opnames.map((o) => {
    const read = (text: string, key: DateKey): number | undefined => {
      if (text.trim() === "") {
        fieldErrors[opnameKey(o.id, key)] = { message: t(key === "opnamedatum" ? "zh.fout.opnamedatumLeeg" : "zh.fout.ontslagdatumLeeg"), missing: true };
        return undefined;
      }
      const serial = parseDateText(text);
      if (serial === undefined) fieldErrors[opnameKey(o.id, key)] = { message: t("zh.fout.datum", { tekst: text.trim() }), missing: false };
      return serial;
    };
    const opname = read(o.opnamedatum, "opnamedatum");
    const ontslag = read(o.ontslagdatum, "ontslagdatum");
    return opname === undefined || ontslag === undefined ? undefined : { opname, ontslag };
  });
  if (Object.keys(fieldErrors).length > 0 || form.opnames.length === 0) return { fieldErrors, dates };
  const complete = dates as OpnameDates[];
  try {
    const result = remgeldOpnames({
      categorie: form.categorie,
      opnames: opnamesMatrix(form, complete),
      metPersonenTenLaste: form.metPersonenTenLaste,
      dienst: form.dienst,
      eenpersoonskamer: form.eenpersoonskamer,
      ziekenhuis: form.ziekenhuis,
    });
    return { fieldErrors, dates, value: result.value, steps: result.steps };
  } catch (error) {
    if (error instanceof RuleError) return { fieldErrors, dates, error: forPeople(t, error) };
    throw error;
  }
}

/**
 * The trace as the tab shows it: the rule's opening lines (how admissions are joined, the rows that cost nothing),
 * then one part per full admission (from its "verpleegdagen" line, the only step with a count, up to its subtotal),
 * and the last step, the total. Nothing is recomputed: the steps are the rule's, only grouped.
 */
export interface TraceParts {
  intro: Step[];
  admissions: Step[][];
  total?: Step;
}

export function splitPerAdmission(steps: readonly Step[]): TraceParts {
  if (steps.length === 0) return { intro: [], admissions: [] };
  const body = steps.slice(0, -1);
  const total = steps[steps.length - 1];
  const starts = body.flatMap((s, i) => (s.quantity !== undefined ? [i] : []));
  if (starts.length === 0) return { intro: body, admissions: [], total };
  const admissions = starts.map((start, k) => body.slice(start, starts[k + 1] ?? body.length));
  return { intro: body.slice(0, starts[0]), admissions, total };
}

/**
 * The pane's row number (1 = "Opname 1") of each full admission, in the order the rule charges them: by admission
 * date, then by row (day hospitalisation and aftercare are not admissions of their own). Undefined while a date is
 * missing.
 */
export function chargedRows(form: ZiekenhuisForm, dates: (OpnameDates | undefined)[]): { row: number; dates: OpnameDates }[] | undefined {
  if (dates.some((d) => d === undefined)) return undefined;
  return form.opnames
    .map((o, i) => ({ row: i + 1, soort: o.soort, dates: dates[i] as OpnameDates }))
    .filter((a) => a.soort === "volledig")
    .sort((a, b) => a.dates.opname - b.dates.opname || a.row - b.row)
    .map(({ row, dates }) => ({ row, dates }));
}

/** One cited document and the values the trace takes from it ("Persoonlijk aandeel ... (geldig vanaf 01/01/2024)"). */
export interface CitedSource {
  citation: string;
  values: string[];
}

/**
 * Every source the steps cite, once, in the order they first appear, each with the values taken from it: the
 * citation and labels as the rules give them in `language` (never a parameter's id).
 */
export function citedSources(steps: readonly Step[], language: Language): CitedSource[] {
  const t = translator(language);
  return withLanguage(language, () => {
    const sources = new Map<string, string[]>();
    for (const step of steps) {
      const ref = step.parameter;
      if (ref === undefined) continue;
      const citation = shownSource(ref);
      const label = parameterLabel(ref).replace(/\.$/, "");
      const value = ref.from <= UNKNOWN_START ? t("zh.bron.onbekend", { label }) : t("zh.bron.waarde", { label, datum: formatIso(ref.from) });
      const values = sources.get(citation) ?? [];
      if (!values.includes(value)) values.push(value);
      sources.set(citation, values);
    }
    return [...sources].map(([citation, values]) => ({ citation, values }));
  });
}
