/**
 * Step 3, Resultaat: a region named "Resultaat" with Tekort, Kindsdeel, one row per child (name and Bijdrage), the
 * total recovered and the OCMW's share, in € 1.234,56; and the full trace with parameter values, dates and sources.
 */
import { screen, within } from "@testing-library/react";
import { bijdrage, formatEuro, kindsdeel, tekort } from "../../src/rules";
import { sampleForm } from "../../src/taskpane/sample";
import { renderApp, resultAmount, resultRegion } from "./helpers";

describe("Resultaat", () => {
  test("shows every figure of the sample dossier, the Belgian way", () => {
    renderApp({ form: sampleForm() });
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
    renderApp({ form: sampleForm() });
    const t = tekort({ ligdagprijs: 60, dagen: 30, bijkomendeKosten: [[80], [45], [25]], inkomsten: 1400, datum: 45352 });
    const k = kindsdeel(t.value, 2);
    const an = bijdrage({ inkomen: 38000, personenTenLaste: 1, kindsdeel: k.value, datum: 45352 });
    const bart = bijdrage({ inkomen: 24500, partnerInkomen: 12000, personenTenLaste: 2, kindsdeel: k.value, datum: 45352 });
    expect(resultAmount("Tekort")).toBe(formatEuro(t.value));
    expect(resultAmount("Kindsdeel")).toBe(formatEuro(k.value));
    const region = resultRegion();
    expect(within(within(region).getByRole("row", { name: /An Janssens/ })).getByRole("cell")).toHaveTextContent(formatEuro(an.value));
    expect(within(within(region).getByRole("row", { name: /Bart Janssens/ })).getByRole("cell")).toHaveTextContent(formatEuro(bart.value));
  });

  test("each figure appears once in the Resultaat region", () => {
    renderApp({ form: sampleForm() });
    const region = within(resultRegion());
    for (const amount of ["€ 643,25", "€ 321,62", "€ 191,15", "€ 86,15", "€ 277,30", "€ 365,95"]) {
      expect(region.getAllByText(amount)).toHaveLength(1);
    }
  });

  test("the trace, right under the figures, shows every step with the parameters' values, dates and sources", () => {
    renderApp({ form: sampleForm() });
    const region = within(screen.getByRole("region", { name: "Berekening stap voor stap" }));
    expect(region.getByRole("heading", { name: "Uitleg: tekort" })).toBeInTheDocument();
    expect(region.getByRole("heading", { name: "Uitleg: kindsdeel" })).toBeInTheDocument();
    expect(region.getByRole("heading", { name: "Uitleg: bijdrage van An Janssens" })).toBeInTheDocument();
    expect(region.getByRole("heading", { name: "Uitleg: bijdrage van Bart Janssens" })).toBeInTheDocument();
    expect(region.getByText("Verblijfskost (ligdagprijs x dagen)").nextElementSibling).toHaveTextContent("€ 1.800,00");
    expect(region.getByText(/Parameter zakgeld, geldig vanaf 01\/07\/2016; bron: seeds\/004/)).toBeInTheDocument();
    expect(region.getAllByText(/Parameter vrijstelling_basis, geldig vanaf 01\/03\/2022; bron: goedgezind\.be/)).toHaveLength(2);
    expect(region.getAllByText(/Parameter bijdragevoet, geldig vanaf 01\/03\/2009; bron: afgeleid/)).toHaveLength(2);
    // the approximation warning is part of each contribution's trace
    expect(region.getAllByText(/^BENADERING: deze bijdrage volgt de ingebouwde benadering/)).toHaveLength(2);
  });

  test("an incomplete dossier shows dashes, never a wrong number", async () => {
    renderApp();
    expect(resultAmount("Tekort")).toBe("—");
    expect(resultAmount("Kindsdeel")).toBe("—");
    expect(resultAmount("Totaal teruggevorderd")).toBe("—");
    expect(resultAmount("Aandeel OCMW")).toBe("—");
    expect(screen.getByText("Vul de gegevens van de bewoner in om de berekening te zien.")).toBeInTheDocument();
  });
});
