/**
 * Step 2, Kinderen: adding, editing and removing children; the kindsdeel and each contribution live; the built-in
 * approximation with its warning, or a scale table from the workbook; invalid input at the field.
 * Expected amounts by hand from SPEC 1 (datum 01/03/2022, typed zakgeld 93,25: vrijstelling basis 25 284,89 + 3 539,89 per person ten laste; see fixtures.ts).
 */
import { screen, within } from "@testing-library/react";
import { field, fieldMessage, pasteInto, renderApp, resultAmount, typeInto, workedExampleForm } from "./helpers";

// A guard against a hang, not a timing goal: on the shared 2-core machine a rendering test may take seconds.
jest.setTimeout(30_000);

/** An and Bart of the worked example, already entered (adding children by hand is tested once, below). */
const AN_EN_BART = [
  { naam: "An", inkomen: "38.000", ptl: "1" },
  { naam: "Bart", inkomen: "24.500", partner: "12.000", ptl: "2" },
];

type User = ReturnType<typeof renderApp>["user"];

async function addChild(user: User, child: { naam: string; inkomen: string; partner?: string; ptl?: string; ki?: string }) {
  await user.click(screen.getByRole("button", { name: "Kind toevoegen" }));
  const groups = screen.getAllByRole("group", { name: /^Kind \d+$/ });
  const name = `Kind ${groups.length}`;
  expect(field("Naam", name)).toHaveFocus();
  await user.paste(child.naam); // into the focused Naam
  await pasteInto(user, field("Inkomen", name), child.inkomen);
  if (child.partner !== undefined) await pasteInto(user, field("Partner inkomen", name), child.partner);
  if (child.ptl !== undefined) await typeInto(user, field("Personen ten laste", name), child.ptl);
  if (child.ki !== undefined) await pasteInto(user, field("Kadastraal inkomen", name), child.ki);
  return name;
}

function contribution(group: string): string {
  const g = screen.getByRole("group", { name: group });
  return within(g).getByText("Bijdrage per maand").nextElementSibling?.textContent ?? "";
}

function liveKindsdeel(): string {
  return screen.getByText("Kindsdeel per kind").nextElementSibling?.textContent ?? "";
}

/** An: 38 000, 1 ptl -> (38 000 - 28 824,78) x 25% / 12 = 191,15. Bart: 24 500 + 12 000, 2 ptl -> (36 500 - 32 364,67) x 25% / 12 = 86,15. */
async function twoChildren(user: User) {
  await addChild(user, { naam: "An", inkomen: "38.000", ptl: "1" });
  await addChild(user, { naam: "Bart", inkomen: "24.500", partner: "12.000", ptl: "2" });
}

describe("Kinderen: kindsdeel en bijdragen", () => {
  test("two children: kindsdeel 643,25 / 2 = 321,625 -> € 321,62 (rounded down: a maximum), each contribution live", async () => {
    const { user } = renderApp({ form: workedExampleForm() });
    await twoChildren(user);
    expect(liveKindsdeel()).toBe("€ 321,62");
    expect(contribution("Kind 1")).toBe("€ 191,15");
    expect(contribution("Kind 2")).toBe("€ 86,15");
    expect(resultAmount("Kindsdeel")).toBe("€ 321,62");
  });

  test("editing a child updates its contribution", async () => {
    const { user } = renderApp({ form: workedExampleForm(AN_EN_BART) });
    await typeInto(user, field("Personen ten laste", "Kind 1"), "0"); // (38 000 - 25 284,89) x 25% / 12 = 264,898 -> 264,90
    expect(contribution("Kind 1")).toBe("€ 264,90");
  });

  test("the contribution never exceeds the kindsdeel", async () => {
    const { user } = renderApp({ form: workedExampleForm() });
    await addChild(user, { naam: "Rijk", inkomen: "100.000" });
    await addChild(user, { naam: "Ook rijk", inkomen: "90.000" });
    expect(contribution("Kind 1")).toBe("€ 321,62");
    expect(contribution("Kind 2")).toBe("€ 321,62");
    // 2 x 321,62 = 643,24: the kindsdeel rounds down, so the OCMW keeps the cent
    expect(resultAmount("Totaal teruggevorderd")).toBe("€ 643,24");
    expect(resultAmount("Aandeel OCMW")).toBe("€ 0,01");
  });

  test("a kadastraal inkomen above 2.000 counts three times", async () => {
    const { user } = renderApp({ form: workedExampleForm() });
    // 30 000 + 3 x 2 500 = 37 500; (37 500 - 25 284,89) x 25% / 12 = 254,48
    await addChild(user, { naam: "Eigenaar", inkomen: "30.000", ki: "2.500" });
    expect(contribution("Kind 1")).toBe("€ 254,48");
    await typeInto(user, field("Kadastraal inkomen", "Kind 1"), "2.000"); // not above: (30 000 - 25 284,89) x 25% / 12 = 98,23
    expect(contribution("Kind 1")).toBe("€ 98,23");
  });

  test("removing a child renumbers the groups and the kindsdeel follows", async () => {
    const { user } = renderApp({ form: workedExampleForm(AN_EN_BART) });
    await user.click(within(screen.getByRole("group", { name: "Kind 1" })).getByRole("button", { name: "Kind verwijderen" }));
    expect(screen.getAllByRole("group", { name: /^Kind \d+$/ })).toHaveLength(1);
    expect(field("Naam", "Kind 1")).toHaveValue("Bart");
    expect(liveKindsdeel()).toBe("€ 643,25");
    expect(screen.getByRole("button", { name: "Kind toevoegen" })).toHaveFocus();
  });

  test("each child group has its own Kind verwijderen button and the five named fields", async () => {
    const { user } = renderApp();
    await twoChildren(user);
    for (const group of ["Kind 1", "Kind 2"]) {
      const g = within(screen.getByRole("group", { name: group }));
      expect(g.getAllByRole("button", { name: "Kind verwijderen" })).toHaveLength(1);
      for (const label of ["Naam", "Inkomen", "Partner inkomen", "Personen ten laste", "Kadastraal inkomen"]) {
        expect(g.getByLabelText(label)).toBeInTheDocument();
      }
    }
  });
});

describe("Kinderen: benadering of schaaltabel", () => {
  test("the built-in approximation is the default; once a contribution is computed by it, one warning says plainly that decisions need the official scale", async () => {
    const { user } = renderApp({ form: workedExampleForm() });
    expect(screen.getByRole("radio", { name: "Ingebouwde benadering" })).toBeChecked();
    expect(screen.getByText(/rekent de rekenhulp met een benadering/)).toBeInTheDocument();
    expect(screen.queryByText(/Beslissingen vragen de officiële schaaltabel/)).not.toBeInTheDocument(); // no figure yet
    await addChild(user, { naam: "An", inkomen: "38.000", ptl: "1" });
    expect(screen.getAllByText(/niet de officiële uniforme terugvorderingsschaal\. Beslissingen vragen de officiële schaaltabel/)).toHaveLength(1);
  });

  test("a scale table of the workbook gives the scale's amounts (fictitious sample scale)", async () => {
    const { user } = renderApp({ form: workedExampleForm(AN_EN_BART) });
    await user.click(screen.getByRole("radio", { name: "Officiële schaaltabel uit de werkmap" }));
    const select = await screen.findByRole("combobox", { name: "Schaaltabel" });
    await screen.findByRole("option", { name: "VoorbeeldSchaal" });
    await user.selectOptions(select, "VoorbeeldSchaal");
    // An: 38 000, 1 ptl -> row 30 000-40 000: 75. Bart: 36 500, 2 ptl -> row 33 000-45 000: 90.
    expect(await screen.findByText(/Schaal: tabel VoorbeeldSchaal, 10 schaalrijen/)).toBeInTheDocument();
    expect(contribution("Kind 1")).toBe("€ 75,00");
    expect(contribution("Kind 2")).toBe("€ 90,00");
    expect(resultAmount("Totaal teruggevorderd")).toBe("€ 165,00");
    expect(resultAmount("Aandeel OCMW")).toBe("€ 478,25");
    expect(screen.queryByText(/Beslissingen vragen de officiële schaaltabel/)).not.toBeInTheDocument();
    // and back
    await user.click(screen.getByRole("radio", { name: "Ingebouwde benadering" }));
    expect(contribution("Kind 1")).toBe("€ 191,15");
  });

  test("the selected range can serve as the scale", async () => {
    const { user, workbook } = renderApp({ form: workedExampleForm(AN_EN_BART) });
    workbook.select("Schaal", "A3:D13");
    await user.click(screen.getByRole("radio", { name: "Officiële schaaltabel uit de werkmap" }));
    await user.click(screen.getByRole("button", { name: "Selectie als schaal" }));
    expect(await screen.findByText(/Schaal: Schaal!A3:D13, 10 schaalrijen/)).toBeInTheDocument();
    expect(contribution("Kind 1")).toBe("€ 75,00");
  });

  test("a range that is not a scale is refused at the Schaaltabel field", async () => {
    const { user, workbook } = renderApp({ form: workedExampleForm(AN_EN_BART) });
    workbook.select("Schaal", "A3:C13");
    await user.click(screen.getByRole("radio", { name: "Officiële schaaltabel uit de werkmap" }));
    await user.click(screen.getByRole("button", { name: "Selectie als schaal" }));
    const select = await screen.findByRole("combobox", { name: "Schaaltabel" });
    expect(await screen.findByText(/verwacht 4 of 5 kolommen/)).toBeInTheDocument();
    expect(select).toHaveAttribute("aria-invalid", "true");
    expect(contribution("Kind 1")).toBe("Kies eerst een geldige schaaltabel.");
  });

  test("an income the scale does not cover is reported at the child, not invented", async () => {
    const workbook = (await import("../../src/taskpane/sample")).sampleWorkbook();
    // a scale with a gap: nothing between 30 000 and 50 000 for 0 persons ten laste
    workbook.sheets.set("Gat", [
      ["personen_ten_laste", "inkomen_van", "inkomen_tot", "maandbedrag"],
      [0, 0, 30000, 0],
      [0, 50000, "", 300],
    ]);
    workbook.tables.push({ name: "GatSchaal", sheet: "Gat", address: "A1:D3" });
    const { user } = renderApp({ workbook, form: workedExampleForm() });
    await addChild(user, { naam: "Tussenin", inkomen: "40.000" });
    await user.click(screen.getByRole("radio", { name: "Officiële schaaltabel uit de werkmap" }));
    await screen.findByRole("option", { name: "GatSchaal" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Schaaltabel" }), "GatSchaal");
    const group = screen.getByRole("group", { name: "Kind 1" });
    expect(await within(group).findByText(/geen rij voor een gezinsinkomen van 40\.000,00/)).toBeInTheDocument();
    expect(contribution("Kind 1")).toBe("Niet te berekenen; zie de melding hieronder.");
  });
});

describe("Kinderen: ongeldige invoer", () => {
  test("negative income, non-integer dependants, text in partner income", async () => {
    const { user } = renderApp({ form: workedExampleForm() });
    await addChild(user, { naam: "An", inkomen: "-1" });
    expect(fieldMessage(field("Inkomen", "Kind 1"))).toMatch(/Mag niet negatief zijn \(kreeg -1\)/);
    await typeInto(user, field("Personen ten laste", "Kind 1"), "1,5");
    expect(fieldMessage(field("Personen ten laste", "Kind 1"))).toMatch(/Verwacht een geheel getal van 0 of meer, maar kreeg 1,5/);
    await typeInto(user, field("Partner inkomen", "Kind 1"), "geen idee");
    expect(fieldMessage(field("Partner inkomen", "Kind 1"))).toMatch(/maar kreeg de tekst "geen idee"/);
    expect(contribution("Kind 1")).toBe("Verbeter het inkomen, het partner inkomen en de personen ten laste.");
  });

  test("a missing name once the field was emptied", async () => {
    const { user } = renderApp();
    await addChild(user, { naam: "An", inkomen: "30000" });
    await typeInto(user, field("Naam", "Kind 1"), "");
    expect(fieldMessage(field("Naam", "Kind 1"))).toMatch(/Ontbreekt; vul de naam van het kind in/);
  });
});
