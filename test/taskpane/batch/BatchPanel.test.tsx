/**
 * The batch panel with an in-memory port: choosing a list, running, progress, cancelling, counts, error rows.
 */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import axe from "axe-core";
import { BatchPanel } from "../../../src/taskpane/batch";
import { createMemoryBatchPort } from "../../../src/workbook/batchMemory";
import type { BatchPort, BatchProgress, BatchReport } from "../../../src/workbook/batchPort";
import { sampleDossierList } from "../../../src/dossiers";

// jsdom has no ResizeObserver; Fluent's MessageBar uses one to reflow its actions
beforeAll(() => {
  if (typeof window.ResizeObserver === "undefined") {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
});

const H = ["Dossier", "Kind", "Inkomen", "Partner inkomen", "Personen ten laste", "Tekort"];

function renderPanel(port: BatchPort) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <div style={{ width: 320 }}>
        <BatchPanel port={port} />
      </div>
    </FluentProvider>,
  );
}

function memoryPort() {
  return createMemoryBatchPort([
    { name: "Dossiers", kind: "tabel", sheet: "Maart", rows: [H, ["A", "An", 0, null, 0, 900], ["A", "Bo", "veel", null, 0, 900], ["B", "Cas", 100000, null, 0, 300]] },
    { name: "April", rows: [H, ["C", "Dirk", 0, null, 0, 500]] },
  ]);
}

describe("BatchPanel", () => {
  test("lists the tables and sheets, recalculates the chosen one and shows the counts", async () => {
    const user = userEvent.setup();
    const port = memoryPort();
    renderPanel(port);
    const dropdown = await screen.findByRole("combobox", { name: "Tabel of blad" });
    await waitFor(() => expect(dropdown).toHaveTextContent("Tabel Dossiers (blad Maart)"));
    await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Klaar, met fouten");
    expect(status).toHaveTextContent("3 rijen: 2 OK, 1 met fout; 2 dossiers. Samenvatting op blad Samenvatting.");
    expect(screen.getByText(/^BENADERING: deze bijdrage volgt de ingebouwde benadering/)).toBeInTheDocument();
    // the list now has the output columns
    expect(port.lists[0].rows[0].slice(-4)).toEqual(["Kindsdeel", "Vrijstelling", "Bijdrage", "Status"]);
    expect(port.summaries.has("Samenvatting")).toBe(true);

    // the error rows can be selected
    const errors = screen.getByRole("navigation", { name: "Rijen met een fout" });
    const link = within(errors).getByRole("button", { name: "Selecteer rij 3 (dossier A)" });
    expect(within(errors).getByText(/^Inkomen: verwacht een bedrag in euro/)).toBeInTheDocument();
    await user.click(link);
    expect(port.selected).toEqual(["Maart!A3:J3"]);
  });

  test("another list can be chosen in the dropdown", async () => {
    const user = userEvent.setup();
    const port = memoryPort();
    renderPanel(port);
    const dropdown = await screen.findByRole("combobox", { name: "Tabel of blad" });
    await waitFor(() => expect(dropdown).toHaveTextContent("Tabel Dossiers"));
    await user.click(dropdown);
    await user.click(await screen.findByRole("option", { name: "Blad April" }));
    expect(dropdown).toHaveTextContent("Blad April");
    await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
    expect(await screen.findByRole("status")).toHaveTextContent("1 rijen: 1 OK, 0 met fout; 1 dossiers.");
    expect(port.lists[1].rows[1].slice(-1)).toEqual(["OK"]);
    expect(screen.queryByRole("navigation")).not.toBeInTheDocument();
  });

  test("shows progress and can be cancelled between chunks", async () => {
    const user = userEvent.setup();
    let release: (() => void) | undefined;
    let seenSignal: AbortSignal | undefined;
    const port: BatchPort = {
      listSources: async () => [{ id: "blad:L", kind: "blad", name: "L", sheet: "L", label: "Blad L" }],
      select: async () => undefined,
      run: (source, onProgress, signal) =>
        new Promise<BatchReport>((resolve) => {
          seenSignal = signal;
          onProgress({ phase: "schrijven", fraction: 0.6, rowsDone: 2000, rowsTotal: 10000 } as BatchProgress);
          release = () =>
            resolve({
              source: typeof source === "string" ? ({} as never) : source,
              rows: 2000,
              ok: 1990,
              errors: 10,
              empty: 0,
              dossiers: 800,
              totalRows: 10000,
              written: 2000,
              cancelled: signal.aborted,
              firstErrors: [], notices: [],
              method: "schaal",
            });
        }),
    };
    renderPanel(port);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Tabel of blad" })).toHaveTextContent("Blad L"));
    await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
    const bar = await screen.findByRole("progressbar", { name: "Voortgang" });
    expect(bar).toHaveAttribute("aria-valuenow", "0.6");
    expect(screen.getByText("Schrijven: 2.000 van 10.000 rijen")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Dossierlijst herberekenen" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Annuleren" }));
    expect(seenSignal?.aborted).toBe(true);
    expect(screen.getByText("Annuleren na dit deel...")).toBeInTheDocument();
    await act(async () => release!());
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent("Geannuleerd");
    expect(status).toHaveTextContent("2.000 van 10.000 rijen herberekend (2.000 rijen: 1.990 OK, 10 met fout); de andere rijen zijn niet gewijzigd.");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Annuleren" })).not.toBeInTheDocument();
    // a scale was used: no approximation warning
    expect(screen.queryByText(/BENADERING/)).not.toBeInTheDocument();
  });

  test("a cancel that cleared the previous run's summary says so, with its sheet", async () => {
    const user = userEvent.setup();
    const port: BatchPort = {
      listSources: async () => [{ id: "blad:L", kind: "blad", name: "L", sheet: "L", label: "Blad L" }],
      select: async () => undefined,
      run: async (source) => ({
        source: typeof source === "string" ? ({} as never) : source,
        rows: 2000,
        ok: 1990,
        errors: 10,
        empty: 0,
        dossiers: 800,
        totalRows: 10000,
        written: 2000,
        cancelled: true,
        marked: 8000,
        staleSummary: "Samenvatting",
        firstErrors: [], notices: [],
        method: "schaal",
      }),
    };
    renderPanel(port);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Tabel of blad" })).toHaveTextContent("Blad L"));
    await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
    const status = await screen.findByRole("status");
    expect(status).toHaveTextContent(
      '2.000 van 10.000 rijen herberekend (2.000 rijen: 1.990 OK, 10 met fout); de andere rijen hebben de status "niet herberekend (geannuleerd)" gekregen. De samenvatting van de vorige herberekening op blad "Samenvatting" is leeggemaakt, want ze klopt niet meer met de lijst.',
    );
  });

  test("a list that cannot be processed shows the Dutch message", async () => {
    const user = userEvent.setup();
    const port = createMemoryBatchPort([{ name: "Fout", rows: [["Dossier", "Kind"], ["A", "a"]] }]);
    renderPanel(port);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Tabel of blad" })).toHaveTextContent("Blad Fout"));
    await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Niet herberekend");
    expect(alert).toHaveTextContent('Verplichte kolommen ontbreken in de kopregel van blad "Fout": Inkomen; Partner inkomen; Personen ten laste; Tekort');
  });

  test("no lists: the button is disabled and says why", async () => {
    renderPanel(createMemoryBatchPort([]));
    expect(await screen.findByText("Geen tabellen of bladen gevonden.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Dossierlijst herberekenen" })).toBeDisabled();
  });

  test("a large list in chunks: the final counts", async () => {
    const user = userEvent.setup();
    const port = createMemoryBatchPort([{ name: "Groot", rows: sampleDossierList(3000) }], { chunkRows: 250 });
    renderPanel(port);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Tabel of blad" })).toHaveTextContent("Blad Groot"));
    await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
    expect(await screen.findByRole("status")).toHaveTextContent(/^Klaar3\.000 rijen: 3\.000 OK, 0 met fout; 1\.\d{3} dossiers/);
  });

  test("no accessibility violations (axe), before and after a run", async () => {
    const user = userEvent.setup();
    const { container } = renderPanel(memoryPort());
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Tabel of blad" })).toHaveTextContent("Tabel Dossiers"));
    const check = async () => {
      const result = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`)).toEqual([]);
    };
    await check();
    await user.click(screen.getByRole("button", { name: "Dossierlijst herberekenen" }));
    await screen.findByRole("status");
    await check();
  });
});
