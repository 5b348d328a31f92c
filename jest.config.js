/** Jest: two projects — pure code in Node, the task pane in jsdom. `npm test` runs both. */
const esmOnly = ["uuid", "strip-bom"].join("|");
const common = {
  transform: {
    "^.+\\.(ts|tsx)$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
    "^.+\\.(js|mjs)$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // also the copies nested under other packages (node_modules/@microsoft/app-manifest/node_modules/strip-bom)
  transformIgnorePatterns: [`/node_modules/(?!(.*/)?(${esmOnly})/)`],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
  setupFiles: ["<rootDir>/test/setup/customFunctions.ts"],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      ...common,
      displayName: "taskpane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/dom.ts"],
      // typing into a rendered pane takes seconds on a loaded 2-core machine: a slow run is not a failure
      testTimeout: 30_000,
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
