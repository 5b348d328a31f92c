/**
 * The pane in French (issue 13 item 2): one catalogue per language with the same keys and the same parameters, the
 * language chosen from Office's display language (preview: ?taal= or the browser), Belgian French figures, and a
 * French pane that shows none of the Dutch pane's fixed texts. The Dutch pane itself is covered by the other suites.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { sampleBatchPort, sampleWorkbook } from "../../src/taskpane/sample";
import { dec } from "../../src/rules";
import { paneLanguage } from "../../src/taskpane/bootstrap";
import { CATALOGUES, formatMoney, formatQuantity, languageOf, previewLanguage } from "../../src/taskpane/i18n";
import { fixedSampleForm, renderApp } from "./helpers";

const { nl, fr } = CATALOGUES;
const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the catalogues", () => {
  test("every Dutch key has a French text and every French key a Dutch one, with the same parameters", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(nl).sort());
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, text: fr[key].trim() === "" ? "(leeg)" : "ok" }).toEqual({ key, text: "ok" });
      expect({ key, params: params(fr[key]) }).toEqual({ key, params: params(nl[key]) });
    }
  });
});

describe("the language", () => {
  test("Office's display language: fr-FR and fr-BE are French; nl-BE, en-US and none are Dutch", () => {
    expect(languageOf("fr-FR")).toBe("fr");
    expect(languageOf("fr-BE")).toBe("fr");
    expect(languageOf("FR")).toBe("fr");
    expect(languageOf("nl-BE")).toBe("nl");
    expect(languageOf("en-US")).toBe("nl");
    expect(languageOf(undefined)).toBe("nl");
    expect(paneLanguage("excel", { context: { displayLanguage: "fr-FR" } })).toBe("fr");
    expect(paneLanguage("excel", { context: { displayLanguage: "nl-NL" } })).toBe("nl");
  });

  test("the preview: ?taal= wins, else the browser's first language", () => {
    expect(previewLanguage("?taal=fr", ["nl-BE"])).toBe("fr");
    expect(previewLanguage("?theme=dark&taal=nl", ["fr-BE"])).toBe("nl");
    expect(previewLanguage("", ["fr-BE", "nl"])).toBe("fr");
    expect(previewLanguage("", ["nl-BE", "fr"])).toBe("nl");
    expect(previewLanguage("", undefined)).toBe("nl");
  });

  test("figures the Belgian French way, as Intl fr-BE writes them; Dutch unchanged", () => {
    // 1234,5 -> "1 234,50 €" (narrow no-break space between thousands, no-break space before the euro sign)
    expect(formatMoney("fr", dec("1234.5"))).toBe(new Intl.NumberFormat("fr-BE", { style: "currency", currency: "EUR" }).format(1234.5));
    expect(formatMoney("fr", dec("-0.5"))).toBe(new Intl.NumberFormat("fr-BE", { style: "currency", currency: "EUR" }).format(-0.5));
    expect(formatMoney("fr", dec("1234567.891"))).toBe("1\u202f234\u202f567,89\u00a0€");
    expect(formatMoney("nl", dec("1234.5"))).toBe("€ 1.234,50");
    expect(formatQuantity("fr", dec("38000"))).toBe(new Intl.NumberFormat("fr-BE").format(38000));
  });
});

/** The words of the Dutch catalogue that no French text uses: what a French pane must not show. */
function dutchOnlyWords(): Set<string> {
  const words = (text: string) => text.replace(/\{\w+\}/g, " ").toLowerCase().match(/[\p{L}]{3,}/gu) ?? [];
  const french = new Set(Object.values(fr).flatMap(words));
  return new Set(Object.values(nl).flatMap(words).filter((w) => !french.has(w)));
}

/**
 * The pane's text, the rules' part included (warnings, the zakgeld's citation, the traces when unfolded), less the
 * titles of the cited documents: a source is named as published ('Wat met de onderhoudsplicht ...'), in quotes.
 */
function paneText(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement;
  // each text node and each named attribute on its own, so that words of neighbouring elements are not glued together
  const parts: string[] = [];
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) parts.push(node.textContent ?? "");
  copy.querySelectorAll("[aria-label], [placeholder], [title]").forEach((el) => {
    for (const name of ["aria-label", "placeholder", "title"]) parts.push(el.getAttribute(name) ?? "");
  });
  return withoutTitles(parts.join(" \n "));
}

/** Text less the quoted titles of cited documents ('...', as published: they are not translated). */
function withoutTitles(text: string): string {
  return text.replace(/(^|[\s(:])'[^']*'(?=,)/g, "$1");
}

describe("the French pane", () => {
  test("steps, figures and controls in French, with French accessible names", () => {
    renderApp({ form: fixedSampleForm(), language: "fr" });
    expect(screen.getByText("Mode aperçu")).toBeInTheDocument();
    expect(document.querySelector(".fui-FluentProvider")).toHaveAttribute("lang", "fr");
    for (const step of ["Résident", "Enfants", "Résultat"]) expect(screen.getByRole("region", { name: step })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Date" })).toHaveValue("01/03/2022");
    expect(screen.getByRole("textbox", { name: "Prix de journée" })).toHaveValue("60");
    const result = screen.getByRole("region", { name: "Résultat" });
    // by hand (fixtures.ts): 60 x 30 + (80 + 45 + 25) + 93,25 - 1 400 = 643,25; / 2 = 321,625 -> 321,62 (down);
    // An 191,15 + Bart 86,15 = 277,30; CPAS 643,25 - 277,30 = 365,95
    const amount = (row: RegExp) => within(within(result).getByRole("row", { name: row })).getByRole("cell").textContent;
    expect(amount(/^Déficit /)).toBe("643,25\u00a0€");
    expect(amount(/^Part d'enfant /)).toBe("321,62\u00a0€");
    expect(amount(/^Part du CPAS /)).toBe("365,95\u00a0€");
    expect(screen.getByRole("button", { name: "Vers une feuille" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Enfant 1" })).toBeInTheDocument();
  });

  test("shows no Dutch word of the pane's fixed texts, with the computed result, its warning and every trace unfolded", async () => {
    const form = fixedSampleForm();
    const { container, user } = renderApp({ form, language: "fr" });
    const forbidden = dutchOnlyWords();
    expect(forbidden.size).toBeGreaterThan(100); // the check has teeth: "tekort", "bewoner", "kinderen", ...
    const uitleg = screen.getByRole("region", { name: "Le calcul pas à pas" });
    const headers = within(uitleg).getAllByRole("button");
    expect(headers).toHaveLength(5); // déficit, part d'enfant, two contributions, part du CPAS
    for (const header of headers) await user.click(header);
    expect(within(uitleg).getAllByText(/^Part d'enfant \(déficit \/ nombre d'enfants/).length).toBeGreaterThan(0);
    expect(screen.getByTestId("waarschuwingen")).toHaveTextContent(/^Attention.*APPROXIMATION/);
    const shown = (paneText(container).toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).filter((w) => forbidden.has(w));
    expect([...new Set(shown)]).toEqual([]);
  });
});

test("the check would see Dutch: the Dutch pane shows many of those words", () => {
  const form = fixedSampleForm();
  const { container } = renderApp({ form, language: "nl" });
  const forbidden = dutchOnlyWords();
  const shown = new Set((paneText(container).toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).filter((w) => forbidden.has(w)));
  for (const word of ["bewoner", "kinderen", "resultaat", "tekort", "kindsdeel", "voorbeeldmodus"]) expect(shown).toContain(word);
});

describe("the French tabs Liste and Hôpital", () => {
  test("their fixed texts are French too, the rules' category names and a computed hospital stay included", async () => {
    const form = fixedSampleForm();
    const user = userEvent.setup({ delay: null });
    const { container } = render(
      <App port={sampleWorkbook("fr")} batchPort={sampleBatchPort("fr")} preview dark={false} initialForm={form} language="fr" />,
    );
    await user.click(screen.getByRole("tab", { name: "Liste" }));
    await screen.findByRole("button", { name: "Recalculer la liste de dossiers" });
    await user.click(screen.getByRole("tab", { name: "Hôpital" }));
    expect(screen.getByRole("button", { name: "Ajouter une hospitalisation" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Résultat hôpital" })).toBeInTheDocument();
    expect(screen.getByRole("option", { name: "Intervention majorée" })).toBeInTheDocument();
    // the first admission (the preview's sample) becomes 1 to 5 March 2024: the own share and its trace, in French
    await user.clear(within(screen.getByRole("group", { name: "Hospitalisation 1" })).getByLabelText("Date d'admission"));
    await user.clear(within(screen.getByRole("group", { name: "Hospitalisation 1" })).getByLabelText("Date de sortie"));
    await user.type(within(screen.getByRole("group", { name: "Hospitalisation 1" })).getByLabelText("Date d'admission"), "01/03/2024");
    await user.type(within(screen.getByRole("group", { name: "Hospitalisation 1" })).getByLabelText("Date de sortie"), "05/03/2024");
    expect(within(screen.getByRole("region", { name: "Résultat hôpital" })).getByRole("rowheader", { name: "Quote-part personnelle" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Calcul par hospitalisation" })).toBeInTheDocument();
    const forbidden = dutchOnlyWords();
    // data, not fixed texts: the names of the preview workbook's tables and sheets (the hospital category codes,
    // KIND, ANDER, ..., are values only: the options read French)
    const sources = (await sampleBatchPort().listSources()).map((src) => src.label);
    const data = sources.join(" ");
    const text = paneText(container);
    const rulesWords = new Set(data.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []);
    const shown = (text.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).filter((w) => forbidden.has(w) && !rulesWords.has(w));
    expect([...new Set(shown)]).toEqual([]);
  });
});

test("Depuis la sélection says in French what it filled in", async () => {
  const { user } = renderApp({ language: "fr" }); // the sample workbook's selection: B2, Els Peeters of D-2024-017
  await user.click(screen.getByRole("button", { name: "Depuis la sélection" }));
  // the sample workbook's list is the table Dossiers: named in French ("tableau", not the port's "tabel")
  expect(await screen.findByText("Dossier D-2024-017 rempli depuis tableau Dossiers : 2 enfants.")).toBeInTheDocument();
  expect(screen.getByRole("group", { name: "Enfant 2" })).toBeInTheDocument();
});

test("the French calendar: French month and day names, Monday first, dialog named Calendrier", async () => {
  const { user } = renderApp({ form: fixedSampleForm(), language: "fr" }); // 01/03/2022
  screen.getByRole("combobox", { name: "Date" }).focus();
  await user.keyboard("{ArrowDown}");
  const calendar = await screen.findByRole("dialog", { name: "Calendrier" });
  expect(within(calendar).getByText("mars 2022")).toBeInTheDocument();
  const grid = within(calendar).getAllByRole("grid")[0];
  const days = within(grid).getAllByRole("columnheader").map((h) => h.getAttribute("aria-label") ?? h.textContent);
  expect(days).toEqual(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]);
});
