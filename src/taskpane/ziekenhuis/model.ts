/**
 * The "Ziekenhuis" tab's model: a hospital history typed in the pane, checked field by field, then handed to the
 * rules engine (remgeldOpnames, the same rule as OCMW.REMGELD.OPNAMES). Nothing is computed here.
 */
import {
  argName,
  CATEGORIE_LABELS,
  CATEGORIEEN,
  categorieLabel,
  msg,
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
export const SOORT_LABELS: Record<Soort, string> = { volledig: "Volledige opname", dag: "Daghospitalisatie", nabehandeling: "Nabehandeling" };

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

export { CATEGORIEEN, CATEGORIE_LABELS, ZIEKENHUIZEN };

/** One admission's dates as Excel serials, when both parse. */
export interface OpnameDates {
  opname: number;
  ontslag: number;
}

export interface ZiekenhuisEvaluation {
  /** field messages by "opname-<index>-opnamedatum" / "-ontslagdatum" */
  fieldErrors: Record<string, string>;
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

/** The hospital category as people read it, in `language` (the code stays as typed): "verhoogde tegemoetkoming". */
export function categorieText(categorie: Categorie, language: Language): string {
  return withLanguage(language, () => categorieLabel(categorie));
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
  const fieldErrors: Record<string, string> = {};
  const dates = form.opnames.map((o, i) => {
    const read = (text: string, key: "opnamedatum" | "ontslagdatum"): number | undefined => {
      if (text.trim() === "") {
        fieldErrors[`opname-${i}-${key}`] = t(key === "opnamedatum" ? "zh.fout.opnamedatumLeeg" : "zh.fout.ontslagdatumLeeg");
        return undefined;
      }
      const serial = parseDateText(text);
      if (serial === undefined) fieldErrors[`opname-${i}-${key}`] = t("zh.fout.datum", { tekst: text.trim() });
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
