module.exports = {
  displayName: 'server-challenges',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // Integration specs talk to the real PostgreSQL, Redis and Meilisearch.
  globalSetup: '<rootDir>/../../../tools/test/jest-services.cjs',
  testTimeout: 30000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/server/challenges'
};
