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
    // On 01/03/2024 (jump 1/11/2023): zakgeld 1 391,35 / 12 = 115,95; tekort 1 800 + 150 + 115,95 - 1 400 = 665,95;
    // kindsdeel 332,975 -> 332,97; vrijstelling 27 915,64 + n x 3 908,20: An (38 000 - 31 823,84) x 25% / 12 = 128,67,
    // Bart (36 500 - 35 732,04) x 25% / 12 = 16,00
    expect(resultAmount("Tekort")).toBe("€ 665,95");
    expect(resultAmount("Kindsdeel")).toBe("€ 332,97");
    const an = within(region).getByRole("row", { name: /An Janssens/ });
    expect(within(an).getByRole("cell")).toHaveTextContent("€ 128,67");
    const bart = within(region).getByRole("row", { name: /Bart Janssens/ });
    expect(within(bart).getByRole("cell")).toHaveTextContent("€ 16,00");
    expect(within(region).getByRole("columnheader", { name: "Bijdrage" })).toBeInTheDocument();
    expect(resultAmount("Totaal teruggevorderd")).toBe("€ 144,67"); // 128,67 + 16,00
    expect(resultAmount("Aandeel OCMW")).toBe("€ 521,28"); // 665,95 - 144,67
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
    for (const amount of ["€ 665,95", "€ 332,97", "€ 128,67", "€ 16,00", "€ 144,67", "€ 521,28"]) {
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
    // derived amounts name the published value, its source and the jump
    expect(region.getByText(/geldig vanaf 01\/11\/2023; bron: per jaar 1\.391,35, afgeleid van 1\.337,31 .*VVSG.* met de indexsprong van 1\/11\/2023/)).toBeInTheDocument();
    expect(region.getAllByText(/geldig vanaf 01\/11\/2023; bron: afgeleid van 25\.284,89 .*goedgezind\.be.* met de indexsprong van 1\/11\/2023/)).toHaveLength(2);
    expect(region.getAllByText(/geldig vanaf 01\/09\/2008; bron: afgeleid uit het enige publieke rekenvoorbeeld/)).toHaveLength(2);
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
