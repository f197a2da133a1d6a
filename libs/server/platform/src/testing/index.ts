// Test helpers of the platform: a database per test file and a fully configured app.
export { createTestApp, startTestApp, createTestDatabase, testEnvironment, type TestAppParts } from './test-environment';
export { testCreditCode, TEST_STAFF } from './organizations';
export { eventually } from './eventually';
export { startMailCatcher, type CaughtMail, type MailCatcher } from './mail-catcher';
export { TestMarket, TEST_STAFF_LOGIN, achievementBody, needBody, type TestUser } from './market';
