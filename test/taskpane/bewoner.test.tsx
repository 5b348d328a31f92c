/**
 * Step 1, Bewoner: the deficit as the user types, Belgian number entry, the zakgeld from the parameter in force on the
 * date (and its override), extra cost lines, and invalid input shown at the field in Dutch.
 * Expected amounts are worked out by hand from SPEC 1 (OCMW.TEKORT).
 */
import { screen, waitFor, within } from "@testing-library/react";
import { enterWorkedExample, field, fieldMessage, renderApp, resultAmount, typeInto } from "./helpers";

function liveTekort(): string {
  const bewoner = screen.getByRole("region", { name: "Bewoner" });
  return within(bewoner).getByText("Tekort per maand").nextElementSibling?.textContent ?? "";
}

describe("Bewoner: het tekort", () => {
  test("60 x 30 dagen + 150 kosten + 115,95 zakgeld - 1.400 inkomsten = € 665,95, live in stap 1 en in Resultaat", async () => {
    const { user } = renderApp();
    expect(liveTekort()).toBe("Vul de ligdagprijs, de dagen en de inkomsten in.");
    await enterWorkedExample(user);
    // zakgeld on 01/03/2024: 1 337,31 x 1,6734 / 1,6084 = 1 391,35 a year, / 12 = 115,95
    // 60 x 30 = 1 800; + 150 + 115,95 = 2 065,95; - 1 400 = 665,95
    expect(liveTekort()).toBe("€ 665,95");
    expect(resultAmount("Tekort")).toBe("€ 665,95");
  });

  test("the deficit follows every keystroke", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await user.type(field("Dagen"), "{Backspace}1"); // 31 days: + 60
    expect(liveTekort()).toBe("€ 725,95"); // 665,95 + 60
  });

  test("a decimal comma and thousands points are read the Belgian way", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Ligdagprijs"), "62,50"); // 62,5 x 30 = 1 875
    expect(liveTekort()).toBe("€ 740,95"); // 1 875 + 150 + 115,95 - 1 400
    await typeInto(user, field("Inkomsten"), "1.234,56"); // 1 875 + 150 + 115,95 - 1 234,56 = 906,39
    expect(liveTekort()).toBe("€ 906,39");
  });

  test("the fields are text inputs for decimals, named as SPEC 2.1 says", () => {
    renderApp();
    for (const name of ["Datum", "Ligdagprijs", "Dagen", "Inkomsten", "Zakgeld"]) {
      expect(field(name).tagName).toBe("INPUT");
    }
    for (const name of ["Ligdagprijs", "Dagen", "Inkomsten", "Zakgeld"]) {
      expect(field(name)).toHaveAttribute("inputmode", "decimal");
    }
  });

  test("a deficit below zero is 0", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Inkomsten"), "5000");
    expect(liveTekort()).toBe("€ 0,00");
  });
});

describe("Bewoner: zakgeld", () => {
  test("is filled in from the parameter in force on the date, with its date and source", async () => {
    renderApp();
    expect(field("Datum")).toHaveValue("01/03/2024");
    // derived from the published 1 337,31 a year (VVSG, 1/11/2022) with the index jump of 1/11/2023
    expect(field("Zakgeld")).toHaveValue("115,95");
    expect(fieldMessage(field("Zakgeld"))).toMatch(/€ 115,95, geldig vanaf 01\/11\/2023.*afgeleid van 1\.337,31.*VVSG/);
  });

  test("can be overridden, and set back to the amount in force", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Zakgeld"), "100");
    expect(liveTekort()).toBe("€ 650,00"); // 665,95 - 115,95 + 100
    await user.click(screen.getByRole("button", { name: "Geldend zakgeld gebruiken" }));
    expect(field("Zakgeld")).toHaveValue("115,95");
    expect(liveTekort()).toBe("€ 665,95");
  });

  test("an emptied zakgeld means the amount in force, as in OCMW.TEKORT", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Zakgeld"), "");
    expect(field("Zakgeld")).toHaveAttribute("placeholder", "115,95");
    expect(liveTekort()).toBe("€ 665,95");
  });

  test("before the first known zakgeld (01/07/2016) the field says so, and an own amount still works", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Datum"), "01/01/2015");
    expect(field("Zakgeld")).toHaveAttribute("aria-invalid", "true");
    expect(fieldMessage(field("Zakgeld"))).toMatch(/Geen waarde van 'Gewaarborgd zakgeld \(per jaar\)' bekend op 01\/01\/2015.*Vul het zakgeld zelf in/);
    expect(liveTekort()).toBe("Verbeter het zakgeld.");
    await typeInto(user, field("Zakgeld"), "90");
    expect(liveTekort()).toBe("€ 640,00");
  });
});

describe("Bewoner: bijkomende kosten", () => {
  test("several labelled lines are summed; removing one updates the deficit", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user); // Kost 1: 150
    await user.click(screen.getByRole("button", { name: "Kost toevoegen" }));
    expect(field("Omschrijving", "Kost 2")).toHaveFocus();
    await user.keyboard("Persoonlijke was");
    await user.type(field("Bedrag", "Kost 2"), "45,50");
    expect(liveTekort()).toBe("€ 711,45"); // 1 800 + 150 + 45,50 + 115,95 - 1 400
    const first = screen.getByRole("group", { name: "Kost 1" });
    await user.click(within(first).getByRole("button", { name: "Kost verwijderen" }));
    expect(screen.getAllByRole("group", { name: /^Kost / })).toHaveLength(1);
    expect(field("Omschrijving", "Kost 1")).toHaveValue("Persoonlijke was");
    expect(liveTekort()).toBe("€ 561,45"); // 1 800 + 45,50 + 115,95 - 1 400
  });
});

describe("Bewoner: ongeldige invoer staat bij het veld, in het Nederlands", () => {
  test("a negative amount", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Ligdagprijs"), "-5");
    expect(field("Ligdagprijs")).toHaveAttribute("aria-invalid", "true");
    expect(fieldMessage(field("Ligdagprijs"))).toMatch(/Mag niet negatief zijn \(kreeg -5\); verwacht een bedrag in euro/);
    expect(liveTekort()).toBe("Verbeter de ligdagprijs.");
  });

  test("text where an amount belongs", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Inkomsten"), "veel");
    expect(fieldMessage(field("Inkomsten"))).toMatch(/Verwacht een bedrag in euro.*maar kreeg de tekst "veel"/);
  });

  test("days out of range or not whole", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Dagen"), "32");
    expect(fieldMessage(field("Dagen"))).toMatch(/geheel getal van 0 tot en met 31, maar kreeg 32/);
    await typeInto(user, field("Dagen"), "2,5");
    expect(fieldMessage(field("Dagen"))).toMatch(/maar kreeg 2,5/);
  });

  test("a date that does not exist", async () => {
    const { user } = renderApp();
    await typeInto(user, field("Datum"), "31/02/2024");
    expect(field("Datum")).toHaveAttribute("aria-invalid", "true");
    expect(fieldMessage(field("Datum"))).toMatch(/Geen geldige datum: "31\/02\/2024"; verwacht dd\/mm\/jjjj/);
  });

  test("a negative or missing cost amount, a cost without description", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Bedrag", "Kost 1"), "-1");
    expect(fieldMessage(field("Bedrag", "Kost 1"))).toMatch(/Mag niet negatief zijn/);
    await typeInto(user, field("Bedrag", "Kost 1"), "");
    expect(fieldMessage(field("Bedrag", "Kost 1"))).toMatch(/Ontbreekt; verwacht een bedrag in euro/);
    await typeInto(user, field("Omschrijving", "Kost 1"), "");
    expect(fieldMessage(field("Omschrijving", "Kost 1"))).toMatch(/Ontbreekt; geef de kost een omschrijving/);
  });

  test("an emptied required field says it is missing; untouched empty fields stay quiet", async () => {
    const { user } = renderApp();
    expect(field("Ligdagprijs")).not.toHaveAttribute("aria-invalid");
    expect(field("Inkomsten")).not.toHaveAttribute("aria-invalid");
    await user.type(field("Ligdagprijs"), "6");
    await user.type(field("Ligdagprijs"), "{Backspace}");
    expect(fieldMessage(field("Ligdagprijs"))).toMatch(/Ontbreekt; verwacht een bedrag in euro/);
    expect(field("Inkomsten")).not.toHaveAttribute("aria-invalid");
  });

  test("the message goes away once the value is valid", async () => {
    const { user } = renderApp();
    await enterWorkedExample(user);
    await typeInto(user, field("Ligdagprijs"), "abc");
    expect(field("Ligdagprijs")).toHaveAttribute("aria-invalid", "true");
    await typeInto(user, field("Ligdagprijs"), "60");
    expect(field("Ligdagprijs")).not.toHaveAttribute("aria-invalid");
    expect(liveTekort()).toBe("€ 665,95");
  });
});

describe("Bewoner: de datum", () => {
  test("1/3/24 is read as 1 March 2024, said in words, and written in full when the field is left", async () => {
    const { user } = renderApp();
    await typeInto(user, field("Datum"), "1/3/24");
    expect(field("Datum")).not.toHaveAttribute("aria-invalid", "true");
    expect(fieldMessage(field("Datum"))).toMatch(/Van de berekening: vrijdag 1 maart 2024\./);
    await user.tab();
    expect(field("Datum")).toHaveValue("01/03/2024");
  });

  test("01/03/2024 and 31/12/23 are dates; 31/2/24 is not, and stays as typed", async () => {
    const { user } = renderApp();
    await typeInto(user, field("Datum"), "31/12/23");
    expect(fieldMessage(field("Datum"))).toMatch(/zondag 31 december 2023/);
    await typeInto(user, field("Datum"), "31/2/24");
    expect(field("Datum")).toHaveAttribute("aria-invalid", "true");
    expect(fieldMessage(field("Datum"))).toMatch(/Geen geldige datum: "31\/2\/24"/);
    await user.tab();
    expect(field("Datum")).toHaveValue("31/2/24");
  });

  test("the calendar, by keyboard: ArrowDown opens it on the field's date, Dutch names, Monday first; arrows and Enter pick a day", async () => {
    const { user } = renderApp(); // the date is 01/03/2024, a Friday
    const datum = screen.getByRole("combobox", { name: "Datum" });
    datum.focus();
    await user.keyboard("{ArrowDown}");
    const calendar = await screen.findByRole("dialog", { name: "Kalender" });
    const grid = within(calendar).getAllByRole("grid")[0];
    expect(within(calendar).getByText("maart 2024")).toBeInTheDocument();
    // the weekday headers, Monday first: maandag .. zondag
    const days = within(grid).getAllByRole("columnheader").map((h) => h.getAttribute("aria-label") ?? h.textContent);
    expect(days).toEqual(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]);
    // the focus is on 1 March, in the first row; a week back (ArrowUp) is Friday 23 February, in the month before
    // (moves inside one month use Fluent's arrow navigation, which needs a real layout: tested end to end)
    await waitFor(() => expect(within(grid).getByRole("gridcell", { selected: true })).toHaveFocus());
    await user.keyboard("{ArrowUp}");
    await waitFor(() => expect(within(calendar).getByText("februari 2024")).toBeInTheDocument());
    await waitFor(() => expect(document.activeElement?.getAttribute("role") === "gridcell" && document.activeElement.textContent).toBe("23"));
    await user.keyboard("{Enter}");
    expect(field("Datum")).toHaveValue("23/02/2024");
    expect(fieldMessage(field("Datum"))).toMatch(/Van de berekening: vrijdag 23 februari 2024\./);
  });
});
