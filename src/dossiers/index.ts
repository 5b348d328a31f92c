/** Dossier lists: header matching, the pure batch and its summary. No Office, no Node I/O. */
export * from "./columns";
export * from "./cells";
export * from "./messages";
export * from "./recalculate";
export * from "./summary";
export * from "./sheet";
export * from "./sample";
export * from "./port";
export * from "./runner";
