/**
 * The scale picker: the built-in approximation or an official scale from the workbook (a table, the selection), read
 * through the port. The last scale chosen is remembered when the user switches to the approximation and back.
 */
import * as React from "react";
import type { ScaleData, ScaleRef, WorkbookPort } from "../../workbook/port";
import type { DossierForm, ScaleChoice } from "../model";
import type { ScaleState } from "../steps/KinderenStep";
import { message } from "./useFocusRequest";

export interface ScaleControls {
  scale: ScaleState;
  reading: boolean;
  onMethod: (method: "benadering" | "schaal") => void;
  onPickTable: (name: string) => void;
  onSelectionAsScale: () => void;
  onReloadScale: () => void;
}

export function useScale(port: WorkbookPort, form: DossierForm, setSchaal: (schaal: ScaleChoice) => void): ScaleControls {
  const [scale, setScale] = React.useState<ScaleState>({ loading: false });
  const [reading, setReading] = React.useState(false);
  const lastScale = React.useRef<ScaleChoice | undefined>(undefined);

  const choose = (schaal: ScaleChoice) => {
    if (schaal.method === "schaal") lastScale.current = schaal;
    setSchaal(schaal);
  };
  const loadTables = async () => {
    setScale((s) => ({ ...s, loading: true }));
    try {
      setScale({ tables: await port.listScaleTables(), loading: false });
    } catch (error) {
      setScale({ tables: [], loading: false });
      choose({ method: "schaal", loadError: message(error) });
    }
  };
  const readScale = async (read: () => Promise<ScaleData>, ref?: ScaleRef) => {
    setScale((s) => ({ ...s, loading: true }));
    setReading(true);
    try {
      const data = await read();
      choose({ method: "schaal", ref: data.ref, label: data.label, values: data.values });
    } catch (error) {
      choose({ method: "schaal", ref, loadError: message(error) });
    } finally {
      setScale((s) => ({ ...s, loading: false }));
      setReading(false);
    }
  };
  return {
    scale,
    reading,
    onMethod: (method) => {
      if (method === "benadering") {
        setSchaal({ method: "benadering" });
        return;
      }
      choose(lastScale.current ?? { method: "schaal" });
      void loadTables();
    },
    onPickTable: (name) => void readScale(() => port.readScale({ kind: "table", name }), { kind: "table", name }),
    onSelectionAsScale: () => void readScale(() => port.readSelectedRange()),
    onReloadScale: () => {
      if (form.schaal.method === "schaal" && form.schaal.ref !== undefined) {
        const ref = form.schaal.ref;
        void readScale(() => port.readScale(ref), ref);
      }
    },
  };
}
