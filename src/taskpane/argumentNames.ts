/**
 * The names a French pane gives the rules' arguments in its messages: the French argument names of the OCMW.*
 * functions (functions/catalogue.fr.json, the one source of those names: "dagen" -> "jours"), so a rule error reads
 * the same in the pane as in French Excel. The few arguments of the pane's own fields that no function has
 * (a cost line's amount, an equity decision) are named here.
 */
import catalogue from "../../functions/catalogue.fr.json";
import type { Language } from "./i18n/text";

type FrenchCatalogue = { functions: Record<string, { parameters?: Record<string, { name: string } | null> }> };

/** Arguments of the pane's fields that no OCMW.* function has. */
const PANE_ONLY: Readonly<Record<string, string>> = { bedrag: "montant", billijkheid: "equite", reden: "motif" };

function frenchNames(): Readonly<Record<string, string>> {
  const names: Record<string, string> = { ...PANE_ONLY };
  for (const fn of Object.values((catalogue as FrenchCatalogue).functions)) {
    for (const [dutch, french] of Object.entries(fn.parameters ?? {})) {
      if (french !== null && names[dutch] === undefined) names[dutch] = french.name;
    }
  }
  return names;
}

const FRENCH = frenchNames();

/** Dutch argument name -> the name shown in `language` (none for Dutch: the rules' own names). */
export function argumentNames(language: Language): Readonly<Record<string, string>> {
  return language === "fr" ? FRENCH : {};
}
