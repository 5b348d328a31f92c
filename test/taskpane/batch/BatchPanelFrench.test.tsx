/**
 * Issue 13 item 3: the batch panel of a French pane runs the batch in French (output headers, Statut, the sheet
 * "Résumé", the messages), with the in-memory port and the in-memory Excel (src/workbook/excelFake.ts).
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { BatchPanel } from "../../../src/taskpane/batch";
import { LanguageProvider } from "../../../src/taskpane/i18n";
import { createMemoryBatchPort } from "../../../src/workbook/batchMemory";
import { createExcelBatchPort } from "../../../src/workbook/batchExcel";
import type { BatchPort } from "../../../src/workbook/batchPort";
import { FakeExcel, type Cell } from "../../../src/workbook/excelFake";

beforeAll(() => {
  if (typeof window.ResizeObserver === "undefined") {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
});

const H = ["Dossier", "Enfant", "Revenu", "Revenu du partenaire", "Personnes à charge", "Déficit"];

function renderPanel(port: BatchPort, language: "nl" | "fr" = "fr") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language={language}>
        <BatchPanel port={port} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

test("a French pane: French labels, output headers, Statut and a sheet Résumé", async () => {
  const user = userEvent.setup();
  // A: Déficit 900, two children: Part d'enfant 450 each; Bruno's Revenu "abc" is an error
  const port = createMemoryBatchPort([{ name: "Dossiers", kind: "tabel", sheet: "Mars", rows: [[...H], ["A", "Anne", 0, null, 0, 900], ["A", "Bruno", "abc", null, 0, 900]] }]);
  renderPanel(port);
  const dropdown = await screen.findByRole("combobox", { name: "Tableau ou feuille" });
  await waitFor(() => expect(dropdown).toHaveTextContent("Tableau Dossiers (feuille Mars)"));
  await user.click(screen.getByRole("button", { name: "Recalculer la liste de dossiers" }));
  const status = await screen.findByRole("status");
  expect(status).toHaveTextContent("Terminé, avec des erreurs");
  expect(status).toHaveTextContent("Résumé sur la feuille Résumé.");
  expect(port.lists[0].rows[0]).toEqual([...H, "Part d'enfant", "Montant immunisé", "Contribution", "Statut"]);
  expect(port.lists[0].rows[1].slice(6)).toEqual([450, expect.any(Number), 0, "OK"]);
  expect(port.summaries.has("Résumé")).toBe(true);
  expect(port.summaries.has("Samenvatting")).toBe(false);
  const errors = screen.getByRole("navigation", { name: "Lignes en erreur" });
  expect(within(errors).getByText("Revenu : attend un montant en euros (un nombre, 0 ou plus), mais a reçu le texte « abc ».")).toBeInTheDocument();
});

test("a French pane over Excel (the in-memory Excel): the table gets French columns, the workbook a sheet Résumé", async () => {
  const user = userEvent.setup();
  const fake = new FakeExcel();
  const rows: Cell[][] = [[...H], ["A", "Anne", 0, null, 0, 900]];
  const sheet = fake.addSheet("Mars", rows);
  fake.addTable("Dossiers", sheet, 0, 0, H.length, 1);
  renderPanel(createExcelBatchPort((batch) => batch(fake.context)));
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Tableau ou feuille" })).toHaveTextContent("Tableau Dossiers (feuille Mars)"));
  await user.click(screen.getByRole("button", { name: "Recalculer la liste de dossiers" }));
  expect(await screen.findByRole("status")).toHaveTextContent("Terminé");
  // 900 for one child: Part d'enfant 900, no income: Contribution 0
  expect(fake.values("Mars")[0].slice(6)).toEqual(["Part d'enfant", "Montant immunisé", "Contribution", "Statut"]);
  expect(fake.values("Mars")[1].slice(6)).toEqual([900, expect.any(Number), 0, "OK"]);
  expect(fake.sheets.map((s) => s.name)).toEqual(["Mars", "Résumé"]);
});

test("a cancelled run in a French pane names the French status", async () => {
  const user = userEvent.setup();
  const rows = [[...H], ...Array.from({ length: 40 }, (_, i) => [`D${i}`, `e${i}`, 0, null, 0, 600])];
  const port = createMemoryBatchPort([{ name: "Mars", rows }], { chunkRows: 5, delayMs: 5 });
  // a first run, so the output columns exist and a cancelled rerun marks the rows it did not reach
  await port.run("blad:Mars", () => undefined, new AbortController().signal, "fr");
  renderPanel(port);
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Tableau ou feuille" })).toHaveTextContent("Feuille Mars"));
  await user.click(screen.getByRole("button", { name: "Recalculer la liste de dossiers" }));
  await user.click(await screen.findByRole("button", { name: "Annuler" }));
  const status = await screen.findByRole("status", {}, { timeout: 5000 });
  expect(status).toHaveTextContent("Annulé");
  expect(status).toHaveTextContent("les autres lignes ont reçu le statut « non recalculé (annulé) »");
  expect(rows.slice(1).some((r) => r[9] === "non recalculé (annulé)")).toBe(true);
});

test("a list that cannot be processed: the message in French", async () => {
  const user = userEvent.setup();
  const port = createMemoryBatchPort([{ name: "Mars", rows: [["Dossier", "Enfant"], ["A", "a"]] }]);
  renderPanel(port);
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Tableau ou feuille" })).toHaveTextContent("Feuille Mars"));
  await user.click(screen.getByRole("button", { name: "Recalculer la liste de dossiers" }));
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent(
    "Colonnes obligatoires manquantes dans la ligne d'en-tête de feuille « Mars » : Revenu; Revenu du partenaire; Personnes à charge; Déficit",
  );
});

test("a Dutch pane still runs in Dutch", async () => {
  const user = userEvent.setup();
  const port = createMemoryBatchPort([{ name: "Maart", rows: [[...H], ["A", "Anne", 0, null, 0, 900]] }]);
  renderPanel(port, "nl");
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Tabel of blad" })).toHaveTextContent("Blad Maart"));
  await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
  await screen.findByRole("status");
  expect(port.lists[0].rows[0].slice(6)).toEqual(["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
  expect(port.summaries.has("Samenvatting")).toBe(true);
});
