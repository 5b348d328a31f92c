/**
 * Step 3, Resultaat (the sample on 01/03/2022 with a typed zakgeld of 93,25, fixtures.ts): a region named "Resultaat" with Tekort, Kindsdeel, one row per child (name and Bijdrage), the
 * total recovered and the OCMW's share, in € 1.234,56; and the full trace with parameter values, dates and sources.
 */
import { screen, within } from "@testing-library/react";
import {
  bijdrage,
  formatEuro,
  formatIso,
  kindsdeel,
  serialToDay,
  tekort,
  bijdragevoet,
  vrijstellingBasis,
  type Step,
} from "../../src/rules";
import { ResultaatStep } from "../../src/taskpane/steps/ResultaatStep";
import { collectNotices, evaluate } from "../../src/taskpane/model";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import * as React from "react";
import { sampleForm } from "../../src/taskpane/sample";
import { fixedSampleForm } from "./fixtures";
import { field, renderApp, resultAmount, resultRegion, typeInto } from "./helpers";

/** Opens every folded trace (the accordion's headers are buttons with aria-expanded). */
async function openAllTraces(user: ReturnType<typeof renderApp>["user"]) {
  const region = within(screen.getByRole("region", { name: "Berekening stap voor stap" }));
  for (const header of region.queryAllByRole("button", { expanded: false })) await user.click(header);
  expect(region.queryAllByRole("button", { expanded: false })).toHaveLength(0);
}

describe("Resultaat", () => {
  test("shows every figure of the sample dossier, the Belgian way", () => {
    renderApp({ form: fixedSampleForm() });
    const region = resultRegion();
    expect(resultAmount("Tekort")).toBe("€ 643,25");
    expect(resultAmount("Kindsdeel")).toBe("€ 321,62");
    const an = within(region).getByRole("row", { name: /An Janssens/ });
    expect(within(an).getByRole("cell")).toHaveTextContent("€ 191,15");
    const bart = within(region).getByRole("row", { name: /Bart Janssens/ });
    expect(within(bart).getByRole("cell")).toHaveTextContent("€ 86,15");
    expect(within(region).getByRole("columnheader", { name: "Bijdrage" })).toBeInTheDocument();
    expect(resultAmount("Totaal teruggevorderd")).toBe("€ 277,30"); // 191,15 + 86,15
    expect(resultAmount("Aandeel OCMW")).toBe("€ 365,95"); // 643,25 - 277,30
  });

  test("the figures are the rules engine's, not the UI's", () => {
    renderApp({ form: fixedSampleForm() });
    // 44621 = 01/03/2022, the fixed sample's date; its zakgeld is typed: 93,25
    const t = tekort({ ligdagprijs: 60, dagen: 30, bijkomendeKosten: [[80], [45], [25]], inkomsten: 1400, zakgeld: 93.25, datum: 44621 });
    const k = kindsdeel(t.value, 2);
    const an = bijdrage({ inkomen: 38000, personenTenLaste: 1, kindsdeel: k.value, datum: 44621 });
    const bart = bijdrage({ inkomen: 24500, partnerInkomen: 12000, personenTenLaste: 2, kindsdeel: k.value, datum: 44621 });
    expect(resultAmount("Tekort")).toBe(formatEuro(t.value));
    expect(resultAmount("Kindsdeel")).toBe(formatEuro(k.value));
    const region = resultRegion();
    expect(within(within(region).getByRole("row", { name: /An Janssens/ })).getByRole("cell")).toHaveTextContent(formatEuro(an.value));
    expect(within(within(region).getByRole("row", { name: /Bart Janssens/ })).getByRole("cell")).toHaveTextContent(formatEuro(bart.value));
  });

  test("each figure appears once in the Resultaat's tables (the picture repeats the parts)", () => {
    renderApp({ form: fixedSampleForm() });
    const tables = within(resultRegion()).getAllByRole("table");
    const text = tables.map((t) => t.textContent).join(" ");
    for (const amount of ["€ 643,25", "€ 321,62", "€ 191,15", "€ 86,15", "€ 277,30", "€ 365,95"]) {
      expect(text.split(amount)).toHaveLength(2);
    }
  });

  test("the picture: the deficit split into each child's contribution and the OCMW's share, the same figures as text", () => {
    renderApp({ form: fixedSampleForm() });
    const figure = within(resultRegion()).getByRole("figure", { name: "Verdeling van het tekort (€ 643,25 per maand)" });
    const list = within(figure).getByRole("list", { name: "Verdeling van het tekort" });
    const items = within(list).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toEqual([`An Janssens${resultAmount("An Janssens")}`, `Bart Janssens${resultAmount("Bart Janssens")}`, `Aandeel OCMW${resultAmount("Aandeel OCMW")}`]);
    expect(items).toEqual(["An Janssens€ 191,15", "Bart Janssens€ 86,15", "Aandeel OCMW€ 365,95"]);
    // the bar: widths are the parts' shares of 643,25 (to 3 decimals): 191,15 -> 29,716 %; 86,15 -> 13,393 %; 365,95 -> 56,891 %
    const segments = [...within(figure).getByTestId("verdeling-balk").children] as HTMLElement[];
    expect(segments.map((s) => s.style.width)).toEqual(["29.716%", "13.393%", "56.891%"]);
    // every part's figure as a label on (or beside) its segment: verdeling.test.tsx (it needs the measured widths)
  });

  test("no picture until every figure is known", () => {
    renderApp();
    expect(within(resultRegion()).queryByRole("figure")).not.toBeInTheDocument();
  });

  test("the trace, right under the figures, folded per figure; opened, it shows every step with the parameters' labels, dates and sources", async () => {
    const { user } = renderApp({ form: fixedSampleForm() });
    const region = within(screen.getByRole("region", { name: "Berekening stap voor stap" }));
    const headers = region.getAllByRole("button", { expanded: false });
    expect(headers.map((h) => h.textContent)).toEqual([
      "Uitleg: tekort",
      "Uitleg: kindsdeel",
      "Uitleg: bijdrage van An Janssens",
      "Uitleg: bijdrage van Bart Janssens",
      "Uitleg: aandeel OCMW",
    ]);
    expect(region.queryByText("Verblijfskost (ligdagprijs x dagen)")).not.toBeInTheDocument(); // folded
    await openAllTraces(user);
    expect(region.getByRole("heading", { name: "Uitleg: tekort" })).toBeInTheDocument();
    expect(region.getByRole("heading", { name: "Uitleg: kindsdeel" })).toBeInTheDocument();
    expect(region.getByRole("heading", { name: "Uitleg: bijdrage van An Janssens" })).toBeInTheDocument();
    expect(region.getByRole("heading", { name: "Uitleg: bijdrage van Bart Janssens" })).toBeInTheDocument();
    expect(region.getByText("Verblijfskost (ligdagprijs x dagen)").nextElementSibling).toHaveTextContent("€ 1.800,00");
    // a parameter is shown by its Dutch label, its date and its citation, as the rules give them
    const basis = vrijstellingBasis.at(serialToDay(44621)).ref; // 01/03/2022
    const voet = bijdragevoet.at(serialToDay(44621)).ref;
    // (a label written as a sentence loses its final full stop before ", geldig vanaf")
    const label = (l: string) => l.replace(/\.$/, "");
    expect(region.getAllByText(`${label(basis.label)}, geldig vanaf ${formatIso(basis.from)}. Bron: ${basis.source}`)).toHaveLength(2);
    expect(region.getAllByText(`${label(voet.label)}, geldig vanaf ${formatIso(voet.from)}. Bron: ${voet.source}`)).toHaveLength(2);
    expect(region.getByText("Zakgeld (opgegeven)").nextElementSibling).toHaveTextContent("€ 93,25");
    // the approximation warning is said once, near the figures, not again in each trace
    expect(screen.getAllByText(/BENADERING: deze bijdrage volgt de ingebouwde benadering/)).toHaveLength(1);
    expect(region.queryByText(/BENADERING: deze bijdrage volgt/)).not.toBeInTheDocument();
  });

  test("an incomplete dossier says per figure what is missing, never a wrong number nor a bare dash", async () => {
    const { user } = renderApp();
    expect(screen.getByText("Vul de gegevens van de bewoner in om de berekening te zien.")).toBeInTheDocument();
    expect(resultAmount("Tekort")).toBe("Vul de ligdagprijs, de dagen en de inkomsten in.");
    expect(resultAmount("Kindsdeel")).toBe("Voeg een kind toe.");
    expect(resultAmount("Totaal teruggevorderd")).toBe("Volgt uit het tekort.");
    expect(resultAmount("Aandeel OCMW")).toBe("Volgt uit het tekort.");
    await typeInto(user, field("Ligdagprijs"), "60");
    await typeInto(user, field("Dagen"), "30");
    expect(resultAmount("Tekort")).toBe("Vul de inkomsten in.");
    await typeInto(user, field("Inkomsten"), "-1");
    expect(resultAmount("Tekort")).toBe("Verbeter de inkomsten.");
    await typeInto(user, field("Zakgeld"), "93,25"); // typed: the figure below does not hang on the data
    await typeInto(user, field("Inkomsten"), "1.400");
    expect(resultAmount("Tekort")).toBe("€ 493,25"); // 60 x 30 + 93,25 - 1 400
    await user.click(screen.getByRole("button", { name: "Kind toevoegen" }));
    expect(resultAmount("Kindsdeel")).toBe("€ 493,25");
    expect(resultAmount("Kind 1")).toBe("Vul het inkomen in.");
    expect(resultAmount("Aandeel OCMW")).toBe("Volgt uit de bijdragen: één bijdrage ontbreekt.");
    expect(within(resultRegion()).queryByText("—")).not.toBeInTheDocument();
  });
});

describe("warnings near the figures", () => {
  const stale = "Mogelijk verouderd: de laatst gekende indexsprong is van 1/3/2026; controleer of er sindsdien een nieuwe was.";

  function renderResult(mutate: (e: ReturnType<typeof evaluate>) => void) {
    const form = fixedSampleForm();
    const evaluation = evaluate(form);
    mutate(evaluation);
    render(
      <FluentProvider theme={webLightTheme}>
        <ResultaatStep form={form} evaluation={evaluation} onWrite={() => undefined} writing={false} />
      </FluentProvider>,
    );
  }

  test("the sample (approximation) shows one warning bar, inside the Resultaat region, above the figures", () => {
    renderApp({ form: fixedSampleForm() });
    const bars = screen.getAllByTestId("waarschuwingen");
    expect(bars).toHaveLength(1);
    expect(resultRegion()).toContainElement(bars[0]);
    expect(within(bars[0]).getByText(/^BENADERING: /)).toBeInTheDocument();
    const table = within(resultRegion()).getAllByRole("table")[0];
    expect(bars[0].compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test("a stale-amount notice carried by two results is shown once, in the same bar as the approximation", () => {
    renderResult((e) => {
      const notice = { kind: "verouderd" as const, text: stale };
      e.tekort!.notices = [notice];
      e.kinderen[1].bijdrage!.notices = [notice];
      e.notices = collectNotices([e.tekort, e.kindsdeel, ...e.kinderen.map((k) => k.bijdrage), e.aandeel]);
    });
    const bars = screen.getAllByTestId("waarschuwingen");
    expect(bars).toHaveLength(1);
    expect(within(bars[0]).getAllByText(stale)).toHaveLength(1);
    expect(within(bars[0]).getByText(/^BENADERING: /)).toBeInTheDocument();
  });

  test("a real stale amount: on 01/01/2030, more than 9 months after the last known index jump (1/3/2026), one bar says so once", () => {
    // SPEC 0: judged on the date only; the tekort's zakgeld and both contributions' thresholds are indexed amounts
    renderApp({ form: { ...sampleForm(), datum: "01/01/2030" } });
    const bars = screen.getAllByTestId("waarschuwingen");
    expect(bars).toHaveLength(1);
    expect(within(bars[0]).getAllByText(stale)).toHaveLength(1);
    expect(within(bars[0]).getByText(/^BENADERING: /)).toBeInTheDocument();
    expect(screen.getAllByText(stale)).toHaveLength(1);
  });

  test("no warnings, no bar", () => {
    renderResult((e) => {
      e.notices = [];
    });
    expect(screen.queryByTestId("waarschuwingen")).not.toBeInTheDocument();
  });
});

describe("users see no developer names", () => {
  /** every parameter id the sample's traces use (vrijstelling_basis, zakgeld, ...); the zakgeld in force, not typed */
  function parameterIds(): string[] {
    const e = evaluate(sampleForm());
    const steps: Step[] = [...e.tekort!.steps, ...e.kindsdeel!.steps, ...e.kinderen.flatMap((k) => k.bijdrage!.steps), ...e.aandeel!.steps];
    return [...new Set(steps.flatMap((s) => (s.parameter === undefined ? [] : [s.parameter.name])))];
  }

  test("no parameter id, no 'Parameter', no 'SPEC' anywhere on the page (traces included)", async () => {
    const { container, user } = renderApp({ form: sampleForm() });
    await openAllTraces(user);
    const text = container.textContent ?? "";
    const ids = parameterIds();
    expect(ids.length).toBeGreaterThanOrEqual(3); // zakgeld, the threshold's basis and increase, the rate, ...
    // "zakgeld" is also a plain Dutch word; ids with an underscore are never Dutch
    for (const id of ids.filter((x) => x.includes("_"))) expect(text).not.toContain(id);
    expect(text.replace(/https?:\/\/\S+/g, "")).not.toMatch(/\b[a-z]+_[a-z_]+\b/); // a source's web address may have underscores
    expect(text).not.toMatch(/\bParameter\b/);
    expect(text).not.toMatch(/\bSPEC\b/);
  });

  test("no file name and no developer remark ('plaatshouder') anywhere on the page", async () => {
    const form = sampleForm();
    form.kinderen[0].kadastraalInkomen = "2.500"; // shows the kadastraal inkomen's parameters too
    const { container, user } = renderApp({ form });
    await openAllTraces(user);
    const text = container.textContent ?? "";
    expect(text).not.toMatch(/seeds\/|\.txt\b|\.json\b/);
    expect(text).not.toMatch(/plaatshouder/i);
  });
});
