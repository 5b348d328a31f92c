/** The active language in React: a provider at the pane's root, `useT()` for texts, `useFormat()` for figures. */
import * as React from "react";
import type { Decimal } from "../../rules";
import { formatMoney, formatQuantity, translator, type Language, type Translate } from "./text";

export * from "./text";

const LanguageContext = React.createContext<Language>("nl");

export function LanguageProvider(props: { language: Language; children: React.ReactNode }) {
  return <LanguageContext.Provider value={props.language}>{props.children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return React.useContext(LanguageContext);
}

/** The texts of the active language. */
export function useT(): Translate {
  const language = useLanguage();
  return React.useMemo(() => translator(language), [language]);
}

/** Formatting in the active language. */
export function useFormat() {
  const language = useLanguage();
  return React.useMemo(
    () => ({
      money: (value: Decimal) => formatMoney(language, value),
      quantity: (value: number | Decimal) => formatQuantity(language, value),
    }),
    [language],
  );
}
