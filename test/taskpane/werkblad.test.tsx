/**
 * "Naar werkblad" and "Van selectie" through the port (the in-memory workbook): the sheet gets formulas over labelled
 * input cells, a free name, and nothing is written while the form is invalid; the wizard is prefilled from the
 * dossier list around the selection.
 */
import { screen, within } from "@testing-library/react";
import { sampleForm, sampleWorkbook } from "../../src/taskpane/sample";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { parseA1 } from "../../src/dossiers/sheet";
import { field, fieldMessage, renderApp, resultAmount, typeInto } from "./helpers";

function formulas(workbook: MemoryWorkbook, sheet: string): string[] {
  return (workbook.sheets.get(sheet) ?? []).flat().filter((v): v is string => typeof v === "string" && v.startsWith("="));
}

describe("Naar werkblad", () => {
  test("writes a new sheet whose results are live OCMW formulas, and says where", async () => {
    const { user, workbook } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(await screen.findByText(/Werkblad "Dossier Voorbeeld Janssens" is aangemaakt/)).toBeInTheDocument();
    expect(workbook.written.map((w) => w.name)).toEqual(["Dossier Voorbeeld Janssens"]);
    const f = formulas(workbook, "Dossier Voorbeeld Janssens");
    expect(f.some((x) => x.startsWith("=OCMW.TEKORT("))).toBe(true);
    expect(f.some((x) => x.startsWith("=OCMW.KINDSDEEL("))).toBe(true);
    expect(f.filter((x) => x.startsWith("=OCMW.VRIJSTELLING("))).toHaveLength(2);
    expect(f.filter((x) => x.startsWith("=OCMW.BIJDRAGE("))).toHaveLength(2);
    expect(f.filter((x) => x.startsWith("=OCMW.AANDEEL("))).toHaveLength(1);
    expect(f.some((x) => /SUM\(|MAX\(/.test(x))).toBe(false);
    // the chart of the deficit's parts goes with it (the memory adapter records what Excel would get)
    expect(workbook.charts).toHaveLength(1);
    expect(workbook.charts[0]).toMatchObject({ sheet: "Dossier Voorbeeld Janssens", type: "BarStacked", title: "Verdeling van het tekort per maand" });
    const data = parseA1(workbook.charts[0].data)!;
    const sheet = workbook.sheets.get("Dossier Voorbeeld Janssens")!;
    expect(sheet.slice(data.row, data.row + data.rowCount).map((row) => row[0])).toEqual(["Deel", "An Janssens", "Bart Janssens", "Aandeel OCMW"]);
    // the preview shows what was written
    await user.click(screen.getByText(/Inhoud van werkblad "Dossier Voorbeeld Janssens" bekijken/));
    expect(screen.getAllByText(/^=OCMW\.BIJDRAGE\(/).length).toBeGreaterThan(0);
  });

  test("never overwrites: a second write gets '(2)'", async () => {
    const { user, workbook } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    await screen.findByText(/is aangemaakt/);
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(await screen.findByText(/Werkblad "Dossier Voorbeeld Janssens \(2\)" is aangemaakt/)).toBeInTheDocument();
    expect(workbook.sheetNames()).toEqual(["Dossierlijst", "Schaal", "Dossier Voorbeeld Janssens", "Dossier Voorbeeld Janssens (2)"]);
  });

  test("with a scale table, OCMW.BIJDRAGE gets the table as its scale argument", async () => {
    const { user, workbook } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("radio", { name: "Officiële schaaltabel uit de werkmap" }));
    await screen.findByRole("option", { name: "VoorbeeldSchaal" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Schaaltabel" }), "VoorbeeldSchaal");
    await screen.findByText(/10 schaalrijen/);
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    await screen.findByText(/is aangemaakt/);
    const bijdragen = formulas(workbook, workbook.written[0].name).filter((x) => x.startsWith("=OCMW.BIJDRAGE("));
    expect(bijdragen).toHaveLength(2);
    for (const f of bijdragen) expect(f).toContain(",VoorbeeldSchaal[#All],");
  });

  test("nothing is written while the form is invalid; the problems are shown and the first one gets the focus", async () => {
    const { user, workbook } = renderApp({ form: sampleForm() });
    await typeInto(user, field("Ligdagprijs"), "-60");
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(screen.getByText(/Er is niets geschreven: één veld vraagt nog aandacht/)).toBeInTheDocument();
    expect(workbook.written).toHaveLength(0);
    expect(field("Ligdagprijs")).toHaveFocus();
  });

  test("missing values are all shown after a write attempt on an empty dossier", async () => {
    const { user, workbook } = renderApp();
    await user.click(screen.getByRole("button", { name: "Naar werkblad" }));
    expect(workbook.written).toHaveLength(0);
    expect(fieldMessage(field("Ligdagprijs"))).toMatch(/Ontbreekt/);
    expect(fieldMessage(field("Dagen"))).toMatch(/Ontbreekt/);
    expect(fieldMessage(field("Inkomsten"))).toMatch(/Ontbreekt/);
    expect(screen.getByText(/Voeg minstens één kind toe/)).toBeInTheDocument();
    expect(field("Ligdagprijs")).toHaveFocus();
  });

  test("Nieuw dossier asks first when data would be lost; Annuleren keeps everything", async () => {
    const { user } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Nieuw dossier" }));
    const dialog = await screen.findByRole("dialog", { name: "Nieuw dossier beginnen?" });
    expect(dialog).toHaveTextContent("De gegevens van dossier Voorbeeld Janssens en 2 kinderen worden uit het taakvenster gewist.");
    await user.click(within(dialog).getByRole("button", { name: "Annuleren" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(field("Dossier")).toHaveValue("Voorbeeld Janssens");
    expect(screen.getAllByRole("group", { name: /^Kind \d+$/ })).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Nieuw dossier" })).toHaveFocus();
    // Escape cancels too
    await user.click(screen.getByRole("button", { name: "Nieuw dossier" }));
    await screen.findByRole("dialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(field("Dossier")).toHaveValue("Voorbeeld Janssens");
  });

  /*
   * The question is one whole sentence per case in each catalogue (issue 13: no sentence built from fragments); the
   * French one once read "Les données de du dossier Exemple Janssens ..." from "Les données de {wie}" + "du dossier {naam}".
   */
  const KEEP = { nl: " Werkbladen die al geschreven zijn, blijven staan.", fr: " Les feuilles déjà écrites restent en place." };
  const QUESTIONS: { language: "nl" | "fr"; dossier: string; kinderen: number; text: string }[] = [
    { language: "nl", dossier: "Voorbeeld Janssens", kinderen: 2, text: "De gegevens van dossier Voorbeeld Janssens en 2 kinderen worden uit het taakvenster gewist." },
    { language: "nl", dossier: "Voorbeeld Janssens", kinderen: 1, text: "De gegevens van dossier Voorbeeld Janssens en één kind worden uit het taakvenster gewist." },
    { language: "nl", dossier: "Voorbeeld Janssens", kinderen: 0, text: "De gegevens van dossier Voorbeeld Janssens worden uit het taakvenster gewist." },
    { language: "nl", dossier: "", kinderen: 2, text: "De gegevens van dit dossier en 2 kinderen worden uit het taakvenster gewist." },
    { language: "nl", dossier: "  ", kinderen: 1, text: "De gegevens van dit dossier en één kind worden uit het taakvenster gewist." },
    { language: "nl", dossier: "", kinderen: 0, text: "De gegevens van dit dossier worden uit het taakvenster gewist." },
    { language: "fr", dossier: "Exemple Janssens", kinderen: 2, text: "Les données du dossier Exemple Janssens et de 2 enfants seront effacées du volet." },
    { language: "fr", dossier: "Exemple Janssens", kinderen: 1, text: "Les données du dossier Exemple Janssens et d'un enfant seront effacées du volet." },
    { language: "fr", dossier: "Exemple Janssens", kinderen: 0, text: "Les données du dossier Exemple Janssens seront effacées du volet." },
    { language: "fr", dossier: "", kinderen: 2, text: "Les données de ce dossier et de 2 enfants seront effacées du volet." },
    { language: "fr", dossier: "", kinderen: 1, text: "Les données de ce dossier et d'un enfant seront effacées du volet." },
    { language: "fr", dossier: "", kinderen: 0, text: "Les données de ce dossier seront effacées du volet." },
  ];
  test.each(QUESTIONS)("the question in $language, dossier '$dossier', $kinderen children: one whole sentence", async ({ language, dossier, kinderen, text }) => {
    const sample = sampleForm(language);
    const { user } = renderApp({ form: { ...sample, dossier, kinderen: sample.kinderen.slice(0, kinderen) }, language });
    await user.click(screen.getByRole("button", { name: language === "nl" ? "Nieuw dossier" : "Nouveau dossier" }));
    const dialog = await screen.findByRole("dialog", { name: language === "nl" ? "Nieuw dossier beginnen?" : "Commencer un nouveau dossier ?" });
    const body = within(dialog).getByText((_, el) => el !== null && el.textContent === text + KEEP[language] && el.children.length === 0);
    expect(body).toBeInTheDocument();
  });

  test("an empty wizard starts anew without a question", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Nieuw dossier" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(field("Dossier")).toHaveFocus();
  });

  test("Nieuw dossier, confirmed, empties the wizard", async () => {
    const { user } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Nieuw dossier" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Wissen en opnieuw beginnen" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(field("Dossier")).toHaveValue("");
    expect(field("Dossier")).toHaveFocus();
    expect(field("Ligdagprijs")).toHaveValue("");
    expect(field("Datum")).toHaveValue("01/03/2024");
    expect(field("Zakgeld")).toHaveValue("115,95"); // on 01/03/2024: 1 391,35 a year / 12
    expect(screen.queryAllByRole("group", { name: /^Kind \d+$/ })).toHaveLength(0);
    expect(screen.queryAllByRole("group", { name: /^Kost \d+$/ })).toHaveLength(0);
    expect(resultAmount("Tekort")).toBe("Vul de ligdagprijs, de dagen en de inkomsten in.");
  });
});

describe("Brief per kind", () => {
  test("writes one printable letter per child and says which", async () => {
    const { user, workbook } = renderApp({ form: sampleForm() });
    await user.click(screen.getByRole("button", { name: "Brief per kind" }));
    expect(
      await screen.findByText('2 brieven aangemaakt in de voorbeeldwerkmap (in het geheugen): "Brief An Janssens", "Brief Bart Janssens". Elk blad is klaar om af te drukken (A4, staand).'),
    ).toBeInTheDocument();
    expect(workbook.written.map((w) => [w.name, w.plan.page?.paperSize, w.plan.page?.orientation])).toEqual([
      ["Brief An Janssens", "A4", "Portrait"],
      ["Brief Bart Janssens", "A4", "Portrait"],
    ]);
  });

  test("nothing is written while the form is invalid", async () => {
    const { user, workbook } = renderApp({ form: sampleForm() });
    await typeInto(user, field("Inkomen", "Kind 2"), "veel");
    await user.click(screen.getByRole("button", { name: "Brief per kind" }));
    expect(screen.getByText(/Er is niets geschreven: één veld vraagt nog aandacht/)).toBeInTheDocument();
    expect(workbook.written).toHaveLength(0);
    expect(field("Inkomen", "Kind 2")).toHaveFocus();
  });
});

describe("Van selectie", () => {
  test("after the user typed, it asks before replacing; Annuleren keeps the typed data, the action reads the selection", async () => {
    const { user, workbook } = renderApp({ form: sampleForm(), workbook: sampleWorkbook() });
    workbook.select("Dossierlijst", "C3"); // Koen Peeters, dossier D-2024-017
    await typeInto(user, field("Ligdagprijs"), "61");
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    const dialog = await screen.findByRole("dialog", { name: "De selectie inlezen?" });
    expect(dialog).toHaveTextContent("De gegevens van dossier Voorbeeld Janssens en 2 kinderen worden uit het taakvenster gewist.");
    await user.click(within(dialog).getByRole("button", { name: "Annuleren" }));
    expect(field("Ligdagprijs")).toHaveValue("61");
    expect(field("Dossier")).toHaveValue("Voorbeeld Janssens");
    expect(screen.getByRole("button", { name: "Van selectie" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    await user.click(within(await screen.findByRole("dialog")).getByRole("button", { name: "Vervangen door de selectie" }));
    expect(await screen.findByText(/Dossier D-2024-017 ingevuld uit tabel Dossiers: 2 kinderen/)).toBeInTheDocument();
    expect(field("Ligdagprijs")).toHaveValue("58,5");
  });

  test("a dossier loaded and not changed since is replaced without a question", async () => {
    const { user, workbook } = renderApp({ form: sampleForm(), workbook: sampleWorkbook() });
    workbook.select("Dossierlijst", "C3");
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    expect(await screen.findByText(/Dossier D-2024-017 ingevuld/)).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  test("fills the wizard from all rows of the selected row's dossier", async () => {
    const { user, workbook } = renderApp();
    workbook.select("Dossierlijst", "C3"); // Koen Peeters, dossier D-2024-017
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    expect(await screen.findByText(/Dossier D-2024-017 ingevuld uit tabel Dossiers: 2 kinderen/)).toBeInTheDocument();
    expect(field("Dossier")).toHaveValue("D-2024-017");
    expect(field("Datum")).toHaveValue("01/03/2024");
    expect(field("Ligdagprijs")).toHaveValue("58,5");
    expect(field("Dagen")).toHaveValue("31");
    expect(field("Inkomsten")).toHaveValue("1.520,35");
    expect(field("Bedrag", "Kost 1")).toHaveValue("210,4");
    expect(field("Naam", "Kind 1")).toHaveValue("Els Peeters");
    expect(field("Inkomen", "Kind 1")).toHaveValue("41.000");
    expect(field("Naam", "Kind 2")).toHaveValue("Koen Peeters");
    expect(field("Partner inkomen", "Kind 2")).toHaveValue("18.500");
    expect(field("Personen ten laste", "Kind 2")).toHaveValue("2");
    // 58,5 x 31 + 210,4 + 115,95 (zakgeld on 01/03/2024) - 1 520,35 = 619,50; / 2 = 309,75
    expect(resultAmount("Tekort")).toBe("€ 619,50");
    expect(resultAmount("Kindsdeel")).toBe("€ 309,75");
  });

  test("adds the children the list does not name when Aantal kinderen says there are more", async () => {
    const { user, workbook } = renderApp();
    workbook.select("Dossierlijst", "A4"); // D-2024-023: one row, Aantal kinderen 3
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    expect(await screen.findByText(/Twee kinderen|2 kinderen zijn toegevoegd met inkomen 0/)).toBeInTheDocument();
    expect(screen.getAllByRole("group", { name: /^Kind \d+$/ })).toHaveLength(3);
    // 64 x 30 + 175 + 115,95 (zakgeld on 01/03/2024) - 1 650 = 560,95; / 3 = 186,9833 -> down to 186,98
    expect(resultAmount("Kindsdeel")).toBe("€ 186,98");
  });

  test("says so when the selection is not in a dossier list", async () => {
    const { user, workbook } = renderApp({ form: sampleForm() });
    workbook.select("Schaal", "B5");
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    expect(await screen.findByText(/staat niet in een dossierlijst/)).toBeInTheDocument();
    expect(field("Dossier")).toHaveValue("Voorbeeld Janssens"); // unchanged
  });

  test("says so when the header row itself is selected", async () => {
    const { user, workbook } = renderApp();
    workbook.select("Dossierlijst", "A1");
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    expect(await screen.findByText(/Selecteer een cel in de rij van een dossier/)).toBeInTheDocument();
  });

  test("a plain sheet with a header row works too", async () => {
    const workbook = new MemoryWorkbook({
      sheets: {
        Lijst: [
          ["Overzicht maart"],
          [],
          ["Dossier", "Kind", "Inkomen", "Partner-inkomen", "Personen ten laste", "Tekort"],
          ["X1", "Ann", 30000, "", 0, 500],
          ["X1", "Ben", 20000, "", 0, 500],
        ],
      },
      selection: { sheet: "Lijst", address: "B5" },
    });
    const { user } = renderApp({ workbook });
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    expect(await screen.findByText(/ingevuld uit werkblad Lijst: 2 kinderen/)).toBeInTheDocument();
    expect(screen.getByText(/De lijst geeft alleen het tekort \(500\)/)).toBeInTheDocument();
    expect(field("Naam", "Kind 2")).toHaveValue("Ben");
    const status = screen.getAllByRole("status")[0];
    expect(within(status).getByText(/Vul de gegevens van de bewoner aan/)).toBeInTheDocument();
  });

  test("keeps the chosen scale", async () => {
    const { user, workbook } = renderApp();
    await user.click(screen.getByRole("radio", { name: "Officiële schaaltabel uit de werkmap" }));
    await screen.findByRole("option", { name: "VoorbeeldSchaal" });
    await user.selectOptions(screen.getByRole("combobox", { name: "Schaaltabel" }), "VoorbeeldSchaal");
    await screen.findByText(/10 schaalrijen/);
    workbook.select("Dossierlijst", "B2");
    await user.click(screen.getByRole("button", { name: "Van selectie" }));
    await screen.findByText(/ingevuld uit tabel Dossiers/);
    expect(screen.getByRole("radio", { name: "Officiële schaaltabel uit de werkmap" })).toBeChecked();
    // Els: 41 000, 0 ptl -> row 35 000-50 000: 150
    const g = screen.getByRole("group", { name: "Kind 1" });
    expect(within(g).getByText("Bijdrage per maand").nextElementSibling).toHaveTextContent("€ 150,00");
  });
});

test("the sample workbook offers only its 4-column table as a scale", async () => {
  expect(await sampleWorkbook().listScaleTables()).toEqual(["VoorbeeldSchaal"]);
});
