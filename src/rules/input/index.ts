/**
 * Reading raw values as Excel hands them over (numbers, text, booleans, null for an omitted argument, 2D arrays
 * for ranges) into checked domain values, one module per argument kind. Every refusal names the argument and says
 * what is allowed. The rules compute on what these return; the batch and the task pane call the same checks, so no
 * face copies a bound. Inside src/rules, import from the module of the kind (a plain property, no re-export getter
 * on every call in the CommonJS build of the CLI).
 */
export { cellAt, describe, isEmpty, type CellValue } from "./common";
export * from "./amount";
export * from "./count";
export * from "./date";
export * from "./code";
