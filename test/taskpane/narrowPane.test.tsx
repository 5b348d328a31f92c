/**
 * The audit's smaller points (issue 11): the "Nieuw dossier" dialog in a 320 px pane (a margin on both sides; the
 * page behind keeps its width), the three tabs in one row (small tabs), the preview's "Inhoud van werkblad" showing
 * dates as dates, and the French sample's input numbers written the French way.
 * jsdom has no layout: the dialog's and the tabs' sizes are checked on the style rules they get (Griffel puts them in
 * the document's style sheets) and by the end-to-end screenshots; the rest on the page's text.
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WrittenSheet } from "../../src/taskpane/components/WrittenSheet";
import { sampleBatchPort, sampleForm } from "../../src/taskpane/sample";
import { evaluate } from "../../src/taskpane/model";
import { field, renderApp } from "./helpers";
import { App } from "../../src/taskpane/App";
import { sampleWorkbook } from "../../src/taskpane/sample";
import { TODAY } from "./helpers";

/** The declarations of every style rule for one of `element`'s classes, inside a media rule whose text matches `media`. */
function rulesFor(element: Element, media?: RegExp): string[] {
  const classes = [...element.classList];
  const found: string[] = [];
  const visit = (rules: CSSRuleList, inMedia: string | undefined) => {
    for (const rule of [...rules]) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, rule.media.mediaText);
      else if (rule instanceof CSSStyleRule) {
        const matches = classes.some((c) => rule.selectorText.split(/[\s,:>[]/).includes(`.${c}`));
        if (matches && (media === undefined ? inMedia === undefined : inMedia !== undefined && media.test(inMedia))) found.push(rule.style.cssText);
      }
    }
  };
  for (const sheet of [...document.styleSheets]) visit(sheet.cssRules, undefined);
  return found;
}

describe("the Nieuw dossier dialog in a narrow pane", () => {
  const html = document.documentElement;
  afterEach(() => {
    delete (html as unknown as { clientWidth?: number }).clientWidth;
  });

  test("at 480 px and less its surface keeps a margin on both sides (Fluent's own rule: max-width 100vw)", async () => {
    const { user } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Nieuw dossier" }));
    const dialog = await screen.findByRole("dialog", { name: "Nieuw dossier beginnen?" });
    const narrow = rulesFor(dialog, /max-width:\s*480px/).join(" ");
    // the pane's rule comes after Fluent's (both in a media rule; Griffel orders media rules after plain ones)
    expect(narrow).toMatch(/max-width: calc\(100% - 2 \* var\(--spacingHorizontalL\)\)/);
    expect(narrow).toMatch(/max-width: 100vw/);
    expect(narrow.lastIndexOf("calc(100% - 2")).toBeGreaterThan(narrow.lastIndexOf("100vw"));
  });

  test("where the page's scrollbar takes no room, the scroll lock's gutter is left out while the dialog is open", async () => {
    Object.defineProperty(html, "clientWidth", { configurable: true, get: () => window.innerWidth });
    const { user } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Nieuw dossier" }));
    const dialog = await screen.findByRole("dialog");
    expect(html.style.getPropertyValue("scrollbar-gutter")).toBe("auto");
    await user.click(within(dialog).getByRole("button", { name: "Annuleren" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(html.style.getPropertyValue("scrollbar-gutter")).toBe("");
  });

  test("where the scrollbar takes room (a classic 15 px one), Fluent's stable gutter stays: the page does not jump", async () => {
    Object.defineProperty(html, "clientWidth", { configurable: true, get: () => window.innerWidth - 15 });
    const { user } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Nieuw dossier" }));
    await screen.findByRole("dialog");
    expect(html.style.getPropertyValue("scrollbar-gutter")).toBe("");
  });
});

test("the three tabs are small ones (6 px side padding instead of 10): in Dutch they fit in one row at 320 px", () => {
  render(<App port={sampleWorkbook()} batchPort={sampleBatchPort()} preview dark={false} initialForm={sampleForm()} today={() => TODAY} />);
  const tabs = screen.getAllByRole("tab");
  expect(tabs).toHaveLength(3);
  for (const tab of tabs) {
    const padding = rulesFor(tab).filter((r) => /padding:/.test(r)).join(" ");
    expect(padding).toMatch(/var\(--spacingHorizontalSNudge\)/);
    expect(padding).not.toMatch(/var\(--spacingHorizontalMNudge\)/);
  }
});

describe("Inhoud van werkblad", () => {
  test("a date cell (the plan's date format) shows as dd/mm/jjjj, not as Excel's serial", async () => {
    const { user } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    const summary = await screen.findByText(/Inhoud van werkblad "Dossier Voorbeeld Janssens" bekijken/);
    await user.click(summary);
    const table = within(summary.closest("details")!).getByRole("table");
    const values = within(table).getAllByRole("cell").map((c) => c.textContent);
    // 01/03/2024 is Excel's serial 45352
    expect(values).toContain("01/03/2024");
    expect(values).not.toContain("45352");
  });

  test("dates by the plan's formats only: a number in a euro or count cell stays a number", () => {
    const plan = {
      cells: [
        ["Datum", 45352],
        ["Ontslag", 45366.0],
        ["Bedrag", 45352],
        ["Aantal", 3],
      ],
      formats: [
        [null, "date"],
        [null, "date"],
        [null, "euro"],
        [null, "count"],
      ],
    } as const;
    render(
      <FluentProvider theme={webLightTheme}>
        <WrittenSheet name="Proef" plan={{ cells: plan.cells.map((r) => [...r]), formats: plan.formats.map((r) => [...r]), styles: [] } as never} />
      </FluentProvider>,
    );
    const rows = screen.getAllByRole("row").slice(1).map((r) => [within(r).getByRole("rowheader").textContent, within(r).getByRole("cell").textContent]);
    // 45352 = 01/03/2024; 45366 = 15/03/2024 (14 days later)
    expect(rows).toEqual([
      ["A1", "Datum"],
      ["B1", "01/03/2024"],
      ["A2", "Ontslag"],
      ["B2", "15/03/2024"],
      ["A3", "Bedrag"],
      ["B3", "45352"],
      ["A4", "Aantal"],
      ["B4", "3"],
    ]);
  });
});

describe("the French sample's numbers", () => {
  const NNBSP = "\u202f"; // fr-BE groups thousands with a narrow no-break space, as in "1 400,00 €"

  test("the input fields read 1 400 and 38 000 the French way, and give the Dutch sample's figures", () => {
    const fr = sampleForm("fr");
    expect(fr.inkomsten).toBe(`1${NNBSP}400`);
    expect(fr.kinderen.map((k) => [k.inkomen, k.partnerInkomen])).toEqual([
      [`38${NNBSP}000`, ""],
      [`24${NNBSP}500`, `12${NNBSP}000`],
    ]);
    expect(sampleForm("nl").inkomsten).toBe("1.400");
    expect(evaluate(fr, "fr").aandeel!.value.equals(evaluate(sampleForm("nl"), "nl").aandeel!.value)).toBe(true);
  });

  test("in the French pane: the fields show the French numbers; Depuis la sélection writes them so too", async () => {
    const { user } = renderApp({ form: sampleForm("fr"), language: "fr" });
    expect(field("Revenus")).toHaveValue(`1${NNBSP}400`);
    expect(field("Revenu", "Enfant 1")).toHaveValue(`38${NNBSP}000`);
    await user.click(screen.getByRole("button", { name: "Depuis la sélection" })); // B2: Els Peeters, 41 000, of D-2024-017
    await screen.findByText(/Dossier D-2024-017 rempli depuis/);
    expect(field("Revenu", "Enfant 1")).toHaveValue(`41${NNBSP}000`);
    expect(field("Revenus")).toHaveValue(`1${NNBSP}520,35`);
  });
});
