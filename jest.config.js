/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true },
        diagnostics: false,
      },
    ],
  },
  // Consumer tests (xmllint, LibreOffice, Chromium) are slow; they get their own budget per test.
  testTimeout: 60000,
  maxWorkers: 2,
  // A run id for the browser suites' shared pane build, and its removal at the end.
  globalSetup: "<rootDir>/tests/global-setup.ts",
  globalTeardown: "<rootDir>/tests/global-teardown.ts",
};
