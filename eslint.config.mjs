import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// `npm run lint` (office-addin-lint) picks this file up, over src/, tests/, bench/ and build/. It keeps the
// recommended set — the Office-specific rules (sync in loops, reading unloaded properties, …) and the
// typescript-eslint ones it enables — and leaves out what TypeScript already checks (no-undef: Office, Word and
// DOM globals are typed). Layout is Prettier's (.prettierrc.json, 140 columns), checked by `npm run
// format:check` rather than by this rule set a second time.
export default [
  ...officeAddins.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx,js}", "tests/**/*.{ts,tsx}", "bench/**/*.ts", "build/**/*.{js,ts}"],
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
  {
    // The double's own tests break the Office rules on purpose — reading before sync(), reading what was never
    // loaded — to prove the double throws as Word does; and the rule misreads ClientResult.value after sync().
    files: ["tests/word/fake-word-host.test.ts"],
    rules: {
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-before-read": "off",
    },
  },
];
