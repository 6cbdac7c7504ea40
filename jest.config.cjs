/** Jest in native ESM mode: NestJS 12 packages are ESM-only, so tests run under --experimental-vm-modules. */
module.exports = {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  // The console has its own runners (vitest, Playwright) and its own node_modules.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/registry-web/'],
  modulePathIgnorePatterns: ['<rootDir>/apps/registry-web/'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^@registry/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: { ignoreCodes: ['TS151001', 'TS151002'] } }],
  },
  // Generous: the embedded database starts and migrates inside a test, and a shared 2-core machine is slow at times.
  testTimeout: 90000,
};
