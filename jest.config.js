/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
    "\\.(css)$": "<rootDir>/tests/stubs/style.js",
  },
  // Transpile only (isolatedModules): `npm run typecheck` type-checks the whole project once instead of per file.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] },
  setupFiles: ["<rootDir>/tests/setup/web-globals.js"],
  testTimeout: 30000,
};
