// ESLint 9 flat config: JavaScript and TypeScript recommended rules (typescript-eslint), React and the rules of hooks
// for the task pane, and Microsoft's Office add-in rules (eslint-plugin-office-addins) for the code that talks to Excel.
// Formatting is not linted (no Prettier in this project).
import js from "@eslint/js";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "warn",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

export default tseslint.config(
  { ignores: ["dist/", "build/", "build-tsc/", "coverage/", "test-output/", ".tmp/", "node_modules/", "voorbeelden/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      // unused arguments named with a leading underscore are intended; `import * as React` is kept in .tsx files
      // although the automatic JSX runtime no longer needs it
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^(_|React$)", caughtErrors: "none" }],
    },
  },
  {
    files: ["**/*.tsx"],
    ...react.configs.flat.recommended,
    settings: { react: { version: "detect" } },
  },
  { files: ["**/*.tsx"], ...react.configs.flat["jsx-runtime"] },
  // Dutch text quotes names ("Naar werkblad"); React escapes text itself
  { files: ["**/*.tsx"], rules: { "react/no-unescaped-entities": "off" } },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // the code that calls Office.js (src/workbook/file.ts uses ExcelJS, whose API the plugin would misread)
    files: ["src/workbook/excel.ts", "src/workbook/batchExcel.ts", "src/taskpane/**/*.{ts,tsx}", "functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeRules,
  },
  {
    // Excel hands custom functions untyped values: `any` is also the metadata type the generator reads
    files: ["functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // the in-memory stand-in for Office.js's Excel API: loosely typed like the proxies it imitates
    files: ["src/workbook/excelFake.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Node scripts and configuration in CommonJS
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // tests and benchmarks poke at untyped values; fakes of Office.js objects refer to themselves
    files: ["test/**/*.{ts,tsx}", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.jest } },
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-this-alias": "off" },
  },
);
