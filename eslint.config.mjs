// ESLint flat config, run by `npm run lint` (office-addin-lint check) and `npm run lint:fix`.
// Office add-in rules (eslint-plugin-office-addins: Office.js load/sync discipline) and Prettier
// formatting ("office-addin-prettier-config" in package.json) for TypeScript, TSX and the build
// scripts. The plugins are the ones office-addin-lint brings, resolved through it so their
// versions always match the eslint it runs.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lintRequire = createRequire(require.resolve("office-addin-lint/package.json"));
const officeAddins = lintRequire("eslint-plugin-office-addins");
const pluginRequire = createRequire(
  lintRequire.resolve("eslint-plugin-office-addins/package.json")
);
const react = pluginRequire("eslint-plugin-react");
// The recommended set names its parser through a CommonJS default import that comes out
// undefined, so set the TypeScript parser here (the one office-addin-lint's own config uses).
const tsParser = lintRequire("@typescript-eslint/parser");

const recommended = officeAddins.configs.recommended;
// The block of the recommended set that carries the TypeScript parser, the plugins and the rules;
// the set limits it to js/ts files, so it is repeated below for TSX.
const addinBlock = recommended.find(
  (c) => Array.isArray(c.files) && c.plugins && c.plugins["office-addins"]
);

const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "setTimeout",
    "clearTimeout",
    "setImmediate",
    "setInterval",
    "clearInterval",
    "URL",
    "structuredClone",
  ].map((name) => [name, "readonly"])
);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**", ".cache/**"] },
  ...recommended,
  { ...addinBlock, files: ["**/*.tsx"] },
  {
    files: ["**/*.{js,cjs,mjs,ts,tsx,mts,cts}"],
    languageOptions: { parser: tsParser, ecmaVersion: "latest" },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // TypeScript checks names itself (tsc knows the Office, CustomFunctions and mocha globals).
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    files: ["**/*.tsx"],
    plugins: { react },
    settings: { react: { version: "detect" } },
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat["jsx-runtime"].rules,
      // Props are typed by TypeScript.
      "react/prop-types": "off",
    },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.cjs", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
  },
];
