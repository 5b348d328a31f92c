/**
 * Dated parameters: every amount that changes over time is a list of { from, value, source }.
 * The value in force on day D is the one with the latest `from` <= D; before the first `from` there is no value
 * (#N/A). The data files live in ./parameters, one per concept.
 */
import { dayToIso, formatDay, formatIso, isoToDay, type Day } from "./excelDate";
import { unavailable } from "./errors";
import { currentLanguage, msg, withLanguage } from "./language";
import { dec, type Decimal } from "./money";
import { setFrenchLabel, setFrenchSource, type ParameterRef } from "./trace";
import sourcesFr from "./messages/sources.fr.json";

/**
 * Where a value comes from, so a person can look it up (SPEC 0): the document's title, its publisher, its date and
 * its URL where public. Never a file name or a remark for developers.
 */
export interface Source {
  /** the document's title, e.g. "Financiële tussenkomst bij opname of verblijf in een woonzorgcentrum" */
  document: string;
  /** who published it, e.g. "OCMW-infoblad" or "VVSG" */
  publisher: string;
  /** its date as people write it ("maart 2022", "25 maart 2009") */
  date: string;
  url?: string;
}

/** The words of a source's date ("26 januari 2022", "z.d.") and the publishers named in Dutch words, in French. */
const DATE_WORDS_FR: Readonly<Record<string, string>> = sourcesFr.dateWords;
const PUBLISHERS_FR: Readonly<Record<string, string>> = sourcesFr.publishers;

/** A source's publisher in the language of the call. */
export function shownPublisher(publisher: string): string {
  return currentLanguage() === "fr" ? (PUBLISHERS_FR[publisher] ?? publisher) : publisher;
}

/** A source's date as people write it, in the language of the call (the data write it in Dutch). */
export function shownSourceDate(date: string): string {
  if (currentLanguage() !== "fr") return date;
  return date.replace(/[\p{L}.]+/gu, (word) => DATE_WORDS_FR[word] ?? word);
}

/**
 * The source as one line of text for users: "document, publisher, date (url)"; the document's title as published,
 * its date in the language of the call.
 */
export function citation(source: Source | string): string {
  if (typeof source === "string") return source;
  const main = [`'${source.document}'`, shownPublisher(source.publisher), shownSourceDate(source.date)].filter((p) => p !== "").join(", ");
  return source.url === undefined ? main : `${main} (${source.url})`;
}

export interface DatedValueData<V> {
  from: string;
  value: V;
  /** a citable source; plain text only during the move to structured sources */
  source: Source | string;
  /** a value derived from another one (e.g. 0,14 x the basis): `text` says how, in Dutch, for users */
  derivation?: { factor: string; of: string; text?: string };
  /** how it was derived, in French (issue 13) */
  derivation_fr?: string;
}

/** The citation users see for a stored value: how it was derived (when it was) and the document it came from. */
export function valueCitation(v: { source: Source | string; derivation?: { text?: string }; derivation_fr?: string }): string {
  const text = citation(v.source);
  const how = currentLanguage() === "fr" ? (v.derivation_fr ?? v.derivation?.text) : v.derivation?.text;
  return how === undefined ? text : msg("citation.derived", { derivation: how, citation: text });
}

/** The ref of a stored value, with its French citation (and French label, when given) remembered for French calls. */
export function valueRef(ref: Omit<ParameterRef, "source">, v: Parameters<typeof valueCitation>[0], labelFr?: string): ParameterRef {
  const made: ParameterRef = { ...ref, source: withLanguage("nl", () => valueCitation(v)) };
  setFrenchSource(made, withLanguage("fr", () => valueCitation(v)));
  setFrenchLabel(made, labelFr);
  return made;
}

/** The parameter's label in the language of the call: the French one when there is one, else the Dutch label. */
export function shownLabel(data: { label?: string; label_fr?: string; description: string }): string {
  if (currentLanguage() === "fr" && data.label_fr !== undefined) return data.label_fr;
  return data.label ?? data.description;
}

export interface ParameterData<V> {
  /** the id (for developers; never shown) */
  name: string;
  /** the Dutch label users see, e.g. "Vrijstellingsgrens (basisbedrag)" */
  label?: string;
  /** the French label (issue 13), shown in a French call; absent: the Dutch label */
  label_fr?: string;
  description: string;
  unit: string;
  values: DatedValueData<V>[];
  note?: string;
}

export interface InForce<T> {
  value: T;
  ref: ParameterRef;
}

export interface DatedParameter<T> {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  /** the entries, oldest first */
  readonly entries: ReadonlyArray<{ fromDay: Day; value: T; ref: ParameterRef }>;
  /** the value in force on `day`; the latest known value when `day` is undefined */
  at(day: Day | undefined, argument?: string): InForce<T>;
  latest(): InForce<T>;
}

/** Builds a dated parameter from its data, converting each raw value once (at load, not per call). */
export function datedParameter<V, T>(data: ParameterData<V>, convert: (raw: V) => T): DatedParameter<T> {
  if (data.values.length === 0) throw new Error(`Parameter ${data.name} heeft geen waarden`);
  const entries = data.values
    .map((v) => ({
      fromDay: isoToDay(v.from),
      value: convert(v.value),
      ref: valueRef({ name: data.name, label: data.label ?? data.description, from: v.from }, v, data.label_fr),
    }))
    .sort((a, b) => a.fromDay - b.fromDay);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].fromDay === entries[i - 1].fromDay) {
      throw new Error(`Parameter ${data.name} heeft twee waarden vanaf ${dayToIso(entries[i].fromDay)}`);
    }
  }
  const last = entries[entries.length - 1];
  // An entry is returned as it is (it has the value and the ref): no object is made per look-up.
  const latest = (): InForce<T> => last;
  return {
    name: data.name,
    description: data.description,
    unit: data.unit,
    entries,
    latest,
    at(day: Day | undefined, argument = "datum"): InForce<T> {
      if (day === undefined) return latest();
      for (let i = entries.length - 1; i >= 0; i--) {
        if (entries[i].fromDay <= day) return entries[i];
      }
      throw unavailable(
        argument,
        msg("parameter.unknownOn", {
          label: shownLabel(data),
          day: formatDay(day),
          first: formatIso(data.values.reduce((min, v) => (v.from < min ? v.from : min), data.values[0].from)),
        }),
      );
    },
  };
}

/** A dated parameter whose values are euro amounts (or rates) written as decimal strings. */
export function amountParameter(data: ParameterData<string>): DatedParameter<Decimal> {
  return datedParameter(data, (raw) => dec(raw));
}
