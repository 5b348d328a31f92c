/**
 * The task pane's language, without React (the model uses it too): Dutch by default, French when Office's display language is French (in the preview: the
 * `taal` parameter of the address, or else the browser's language). One catalogue per language (nl.ts, fr.ts);
 * components read their texts with `useT()`, numbers and dates follow the language's Belgian conventions (Intl).
 */
import type { CalendarStrings } from "@fluentui/react-datepicker-compat";
import { formatAmount, formatEuro, formatNumber, type Decimal } from "../../rules";
import { fr } from "./fr";
import { nl, type MessageKey } from "./nl";

export type Language = "nl" | "fr";
export type { MessageKey };

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { nl, fr };

/** The Belgian locale of a language, for Intl ("nl-BE", "fr-BE"). */
export function localeOf(language: Language): string {
  return `${language}-BE`;
}

/** "fr", "fr-BE", "fr-FR" -> French; anything else (or nothing) -> Dutch. */
export function languageOf(tag: string | undefined | null): Language {
  return typeof tag === "string" && /^fr\b/i.test(tag.trim()) ? "fr" : "nl";
}

/** The preview's language: `?taal=fr` (or `nl`) in the address wins, else the browser's first language. */
export function previewLanguage(search: string, browserLanguages: readonly string[] | undefined): Language {
  const taal = new URLSearchParams(search).get("taal");
  if (taal !== null && taal.trim() !== "") return languageOf(taal);
  return languageOf(browserLanguages?.[0]);
}

export type Params = Record<string, string | number>;

/** A text of the catalogue with its parts filled in: "{naam}" takes params.naam. */
export function message(language: Language, key: MessageKey, params?: Params): string {
  const text = CATALOGUES[language][key];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

export type Translate = (key: MessageKey, params?: Params) => string;

export function translator(language: Language): Translate {
  return (key, params) => message(language, key, params);
}

/** How the calendar writes a day, a month and a year: "1 maart 2024", "maart 2024" (Intl, the Belgian locale). */
export function calendarFormatter(language: Language) {
  const locale = localeOf(language);
  const dayMonthYear = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
  const monthYear = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric" });
  return {
    formatMonthDayYear: (date: Date) => dayMonthYear.format(date),
    formatMonthYear: (date: Date) => monthYear.format(date),
    formatMonth: (date: Date) => new Intl.DateTimeFormat(locale, { month: "long" }).format(date),
    formatDay: (date: Date) => String(date.getDate()),
    formatYear: (date: Date) => String(date.getFullYear()),
  };
}

/** Month and day names from Intl in the language's Belgian locale; the calendar's buttons from the catalogue. */
export function calendarStrings(language: Language): CalendarStrings {
  const locale = localeOf(language);
  const t = translator(language);
  const month = (style: "long" | "short", m: number) => new Intl.DateTimeFormat(locale, { month: style, timeZone: "UTC" }).format(Date.UTC(2024, m, 1));
  // 7 January 2024 is a Sunday: the calendar's day lists start on Sunday
  const day = (style: "long" | "narrow", d: number) => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: "UTC" }).format(Date.UTC(2024, 0, 7 + d));
  const twelve = Array.from({ length: 12 }, (_, m) => m);
  const seven = Array.from({ length: 7 }, (_, d) => d);
  return {
    months: twelve.map((m) => month("long", m)),
    shortMonths: twelve.map((m) => month("short", m)),
    days: seven.map((d) => day("long", d)),
    shortDays: seven.map((d) => day("narrow", d).toUpperCase()),
    goToToday: t("kalender.vandaag"),
    prevMonthAriaLabel: t("kalender.vorigeMaand"),
    nextMonthAriaLabel: t("kalender.volgendeMaand"),
    prevYearAriaLabel: t("kalender.vorigJaar"),
    nextYearAriaLabel: t("kalender.volgendJaar"),
    prevYearRangeAriaLabel: t("kalender.vorigeJaren"),
    nextYearRangeAriaLabel: t("kalender.volgendeJaren"),
    closeButtonAriaLabel: t("kalender.sluiten"),
    selectedDateFormatString: t("kalender.gekozen"),
    todayDateFormatString: t("kalender.vandaagIs"),
    monthPickerHeaderAriaLabel: t("kalender.kiesJaar"),
    yearPickerHeaderAriaLabel: t("kalender.kiesMaand"),
    weekNumberFormatString: t("kalender.week"),
    dayMarkedAriaLabel: t("kalender.gemarkeerd"),
  };
}

/** A narrow no-break space: the French thousands separator (as Intl "fr-BE" writes it). */
const NARROW_NBSP = "\u202f";

/** An amount in euros the language's Belgian way: "€ 1.234,56" (nl), "1 234,56 €" (fr-BE). Exact: no float. */
export function formatMoney(language: Language, value: Decimal): string {
  if (language === "nl") return formatEuro(value);
  return `${formatAmount(value).replace(/\./g, NARROW_NBSP)}\u00a0€`;
}

/** A number with its decimals the language's Belgian way: "1.234,5" (nl), "1 234,5" (fr-BE). */
export function formatQuantity(language: Language, value: number | Decimal): string {
  const text = formatNumber(value);
  return language === "nl" ? text : text.replace(/\./g, NARROW_NBSP);
}

/** "a", "a en b", "a, b en c" (nl); "a, b et c" (fr). */
export function joinList(t: Translate, parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return t("lijst.laatste", { rest: parts.slice(0, -1).join(", "), laatste: parts[parts.length - 1] });
}

/** A date (Excel serial's day) in words: "vrijdag 1 maart 2024", "vendredi 1 mars 2024". */
export function dateWords(language: Language, date: Date): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

