/**
 * The language of the rules' texts (errors, trace labels, notices): Dutch by default; a face chooses French for one
 * call with `withLanguage("fr", run, argumentNames)`, and the previous language is restored afterwards (also when
 * the call throws). `argumentNames` maps the Dutch argument names to the ones the user sees (the French names of
 * functions/catalogue.fr.json), so an error names the argument as Excel shows it.
 */
import { fr } from "./messages/fr";
import { nl, type Messages } from "./messages/nl";

export type Taal = "nl" | "fr";
export type MessageKey = keyof Messages;

const CATALOGUES: Record<Taal, Messages> = { nl, fr };
export const MESSAGE_CATALOGUES: Readonly<Record<Taal, Messages>> = CATALOGUES;

let current: Taal = "nl";
let names: Readonly<Record<string, string>> = {};

export function currentLanguage(): Taal {
  return current;
}

export function withLanguage<T>(taal: Taal, run: () => T, argumentNames: Readonly<Record<string, string>> = {}): T {
  const previous = current;
  const previousNames = names;
  current = taal;
  names = argumentNames;
  try {
    return run();
  } finally {
    current = previous;
    names = previousNames;
  }
}

/** The texts without parameters, per language, computed once: trace labels are asked for on every calculation. */
const PLAIN: Record<Taal, ReadonlyMap<string, string>> = { nl: plainTexts(nl), fr: plainTexts(fr) };
function plainTexts(catalogue: Messages): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, text] of Object.entries(catalogue) as [string, (p?: unknown) => string][]) {
    if (text.length === 0) texts.set(key, text());
  }
  return texts;
}

/** The text of `key` in the current language. */
export function msg<K extends MessageKey>(key: K, ...params: Parameters<Messages[K]>): string {
  if (params.length === 0) {
    const plain = PLAIN[current].get(key);
    if (plain !== undefined) return plain;
  }
  const text = CATALOGUES[current][key] as (p?: unknown) => string;
  return text(params[0]);
}

/** The argument as the user knows it: its French name in a French call, else as given. */
export function argName(argument: string): string {
  return Object.prototype.hasOwnProperty.call(names, argument) ? names[argument] : argument;
}

const GROUP = { nl: ".", fr: "\u202f" } as const;

/** Thousands separator of the current language: "1.234" in Dutch, "1 234" (narrow no-break space, as Intl fr-BE) in French. */
export function thousands(): string {
  return GROUP[current];
}
