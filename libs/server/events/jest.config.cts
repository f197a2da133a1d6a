module.exports = {
  displayName: 'server-events',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  // types and constants only: the type system checks them, and the contexts' tests use them
  passWithNoTests: true,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../../coverage/libs/server/events'
};
