import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// `npm run lint` (office-addin-lint) picks this file up. It keeps the Office-specific rules of the
// recommended set (sync in loops, reading unloaded properties, …) and leaves out what TypeScript already
// checks (no-undef: Office, Word and DOM globals are typed) and Prettier's layout, which this codebase
// does not follow (lines up to ~140 columns).
export default [
  ...officeAddins.configs.recommended,
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tsParser },
    rules: {
      "prettier/prettier": "off",
      "no-undef": "off",
      "no-unused-vars": "off",
      // Deliberate: XML 1.0 forbids most control characters, so escaping and fingerprints must match them.
      "no-control-regex": "off",
    },
  },
];
