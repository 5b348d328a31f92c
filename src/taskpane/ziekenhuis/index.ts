export { ZiekenhuisPanel, type ZiekenhuisPanelProps } from "./ZiekenhuisPanel";
export { buildZiekenhuisSheet } from "./sheetPlan";
export * from "./model";
export { sampleZiekenhuisForm } from "./sample";
