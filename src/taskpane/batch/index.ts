/** The batch panel and the ports it can be given (Excel, or in memory for the preview mode). */
export { BatchPanel, type BatchPanelProps } from "./BatchPanel";
export type { BatchPort, BatchProgress, BatchReport, BatchSource } from "../../workbook/batchPort";
export { createExcelBatchPort } from "../../workbook/batchExcel";
export { createMemoryBatchPort } from "../../workbook/batchMemory";
