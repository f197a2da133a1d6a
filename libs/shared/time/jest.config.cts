module.exports = {
  displayName: 'shared-time',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // every language of the shared vocabulary (the zone's name in English), as the server has it
  setupFiles: ['<rootDir>/../../contracts/src/languages.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/shared/time'
};
