/** The rules engine: pure, no Office, no DOM, no I/O. Every face (functions, task pane, batch, CLI) calls this. */
export * from "./money";
export * from "./errors";
export * from "./trace";
export * from "./excelDate";
export * from "./input";
export * from "./parameters";
export * from "./indexed";
export * from "./wzc";
export * from "./onderhoudsplicht";
export * from "./zorgbudget";
export * from "./remgeld";
export * from "./medischeKaart";
export * from "./numberText";
export * from "./billijkheid";
export * from "./ziekenhuis";
export * from "./verlofdagen";
export * from "./dateText";
