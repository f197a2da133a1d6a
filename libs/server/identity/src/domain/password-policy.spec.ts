import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses the passwords attackers try first, whatever their case', () => {
    for (const p of ['12345678', 'password', 'Password', 'qwertyui', 'iloveyou', '1qaz2wsx', 'woaini1314', 'A123456789']) expect([p, passwordProblem(p)]).toEqual([p, { zh: expect.stringContaining('常见'), en: expect.stringContaining('common') }]);
  });

  it('refuses spaces only, one repeated character, and the e-mail’s own name', () => {
    expect(passwordProblem('        ')?.zh).toContain('空格');
    expect(passwordProblem('zzzzzzzzzz')?.zh).toContain('重复');
    expect(passwordProblem('zhang.wei88', { email: 'Zhang.Wei88@example.com' })?.zh).toContain('邮箱');
  });

  it('accepts a passphrase or an uncommon password, spaces included', () => {
    for (const p of ['correct horse battery', '瓯江夜色2026年', 'e2e-password-123', 'demo-password-2026']) expect(passwordProblem(p)).toBeNull();
  });
});
