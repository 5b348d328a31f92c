/**
 * A tiny evaluator for the formulas "Naar werkblad" writes, so tests can check that the sheet recalculates to the
 * task pane's figures: OCMW.* calls go to the real custom functions (looked up by id as Excel registers them), and
 * the few Excel functions the sheet uses (IF, ISBLANK, ROWS, and a subtraction) are done here. SUM and MAX are not:
 * the sheet must take the OCMW's share from OCMW.AANDEEL, so a =SUM or =MAX on it is a #NAME? here. Independent of
 * the code under test except for the OCMW functions themselves.
 *
 * `blank` says how an empty cell reaches a custom function: Excel on the web passes null, Excel on Windows 0.
 */
import type { ExcelFn } from "../helpers/excel";

export type BlankMode = "null" | "zero";

interface Box {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

type Node =
  | { kind: "num"; value: number }
  | { kind: "str"; value: string }
  | { kind: "empty" }
  | { kind: "ref"; box: Box }
  | { kind: "table"; name: string }
  | { kind: "call"; name: string; args: Node[] }
  | { kind: "minus"; left: Node; right: Node };

export class FormulaError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function parse(formula: string): Node {
  let i = 0;
  const s = formula;
  const peek = () => s[i];
  const expect = (ch: string) => {
    if (s[i] !== ch) throw new Error(`verwacht ${ch} op ${i} in ${s}`);
    i++;
  };
  function primary(): Node {
    const rest = s.slice(i);
    let m: RegExpExecArray | null;
    if (peek() === '"') {
      const end = s.indexOf('"', i + 1);
      const value = s.slice(i + 1, end);
      i = end + 1;
      return { kind: "str", value };
    }
    if ((m = /^\d+(\.\d+)?/.exec(rest))) {
      i += m[0].length;
      return { kind: "num", value: Number(m[0]) };
    }
    if ((m = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9.([])/.exec(rest))) {
      i += m[0].length;
      const r1 = Number(m[2]) - 1;
      const c1 = colIndex(m[1]);
      const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
      const c2 = m[3] === undefined ? c1 : colIndex(m[3]);
      return { kind: "ref", box: { row: r1, col: c1, rowCount: r2 - r1 + 1, colCount: c2 - c1 + 1 } };
    }
    if ((m = /^([A-Za-z_][A-Za-z0-9_.]*)\[#All\]/.exec(rest))) {
      i += m[0].length;
      return { kind: "table", name: m[1] };
    }
    if ((m = /^([A-Z][A-Z0-9.]*)\(/.exec(rest))) {
      i += m[0].length;
      const args: Node[] = [];
      if (peek() === ")") {
        i++;
        return { kind: "call", name: m[1], args };
      }
      for (;;) {
        args.push(peek() === "," || peek() === ")" ? { kind: "empty" } : expr());
        if (peek() === ",") {
          i++;
          continue;
        }
        expect(")");
        return { kind: "call", name: m[1], args };
      }
    }
    throw new Error(`onverwacht teken op ${i} in ${s}`);
  }
  function expr(): Node {
    let left = primary();
    while (peek() === "-") {
      i++;
      left = { kind: "minus", left, right: primary() };
    }
    return left;
  }
  const node = expr();
  if (i !== s.length) throw new Error(`rest na ${i} in ${s}`);
  return node;
}

export class SheetEvaluator {
  private memo = new Map<string, unknown>();

  constructor(
    private readonly cells: (string | number | boolean | null)[][],
    private readonly functions: Map<string, ExcelFn>,
    private readonly blank: BlankMode,
    private readonly tables: Record<string, unknown[][]> = {},
  ) {}

  private raw(row: number, col: number): unknown {
    const v = this.cells[row]?.[col];
    return v === undefined || v === "" ? null : v;
  }

  /** The value of a cell: a number, text, or a FormulaError (as Excel shows #VALUE!). */
  cell(row: number, col: number): unknown {
    const key = `${row},${col}`;
    if (this.memo.has(key)) return this.memo.get(key);
    const raw = this.raw(row, col);
    let value: unknown = raw;
    if (typeof raw === "string" && raw.startsWith("=")) {
      try {
        value = this.evaluate(parse(raw.slice(1)));
      } catch (error) {
        value = error instanceof FormulaError ? error : new FormulaError("#VALUE!", String(error));
      }
    } else if (typeof raw === "string" && raw.startsWith("'")) {
      value = raw.slice(1);
    }
    this.memo.set(key, value);
    return value;
  }

  /** The value of a cell found by its label in column A: the cell `offset` columns to the right. */
  byLabel(label: string, offset = 1): unknown {
    const row = this.cells.findIndex((r) => r[0] === label);
    if (row < 0) throw new Error(`geen rij met label ${label}`);
    return this.cell(row, offset);
  }

  private blankValue(): null | number {
    return this.blank === "zero" ? 0 : null;
  }

  private refValue(box: Box): unknown {
    const at = (r: number, c: number) => {
      const v = this.cell(box.row + r, box.col + c);
      if (v instanceof FormulaError) throw v;
      return v === null ? this.blankValue() : v;
    };
    if (box.rowCount === 1 && box.colCount === 1) return at(0, 0);
    return Array.from({ length: box.rowCount }, (_, r) => Array.from({ length: box.colCount }, (_, c) => at(r, c)));
  }

  private value(node: Node): unknown {
    switch (node.kind) {
      case "num":
      case "str":
        return node.value;
      case "empty":
        return null;
      case "ref":
        return this.refValue(node.box);
      case "table": {
        const t = this.tables[node.name];
        if (t === undefined) throw new FormulaError("#REF!", `geen tabel ${node.name}`);
        return t.map((row) => row.map((v) => (v === "" || v === null ? this.blankValue() : v)));
      }
      default:
        return this.evaluate(node);
    }
  }

  private evaluate(node: Node): unknown {
    if (node.kind === "minus") return (this.value(node.left) as number) - (this.value(node.right) as number);
    if (node.kind !== "call") return this.value(node);
    const { name, args } = node;
    if (name === "ISBLANK") {
      const a = args[0];
      if (a.kind !== "ref") throw new Error("ISBLANK verwacht een verwijzing");
      return this.raw(a.box.row, a.box.col) === null;
    }
    if (name === "IF") return this.value(args[0]) ? this.value(args[1]) : this.value(args[2]);
    if (name === "ROWS") {
      const a = args[0];
      if (a.kind !== "ref") throw new Error("ROWS verwacht een verwijzing");
      return a.box.rowCount;
    }
    if (name.startsWith("OCMW.")) {
      const fn = this.functions.get(name.slice(5));
      if (fn === undefined) throw new FormulaError("#NAME?", name);
      const values = args.map((a) => this.value(a));
      try {
        return fn(...values);
      } catch (error) {
        throw new FormulaError((error as { code?: string }).code ?? "#VALUE!", (error as Error).message);
      }
    }
    throw new FormulaError("#NAME?", name);
  }
}
