import { duePeriod, lookBackMs } from './digest-period';
import { unsubscribeToken, validUnsubscribeToken } from './unsubscribe-token';
import { digestMail, notificationMail } from './mail-text';

const SHANGHAI = 'Asia/Shanghai';

describe('duePeriod', () => {
  it('names today once its digest hour has passed, yesterday before it', () => {
    // 2026-12-03 09:30 in Shanghai is 01:30 UTC
    expect(duePeriod('daily', new Date('2026-12-03T01:30:00Z'), 8, SHANGHAI)).toEqual({ key: 'day:2026-12-03', dueAt: new Date('2026-12-03T00:00:00Z') });
    expect(duePeriod('daily', new Date('2026-12-02T23:30:00Z'), 8, SHANGHAI)?.key).toBe('day:2026-12-02');
  });

  it('names the week by its Monday, due from Monday\'s digest hour', () => {
    // Thursday 2026-12-03: the week of Monday 2026-11-30
    expect(duePeriod('weekly', new Date('2026-12-03T01:30:00Z'), 8, SHANGHAI)?.key).toBe('week:2026-11-30');
    // Monday 2026-12-07 07:00 Shanghai: the new week is not due yet
    expect(duePeriod('weekly', new Date('2026-12-06T23:00:00Z'), 8, SHANGHAI)?.key).toBe('week:2026-11-30');
    expect(duePeriod('weekly', new Date('2026-12-07T00:00:00Z'), 8, SHANGHAI)?.key).toBe('week:2026-12-07');
  });

  it('is nothing for off, and reaches a day or a week back', () => {
    expect(duePeriod('off', new Date(), 8, SHANGHAI)).toBeNull();
    expect(lookBackMs('daily')).toBe(86_400_000);
    expect(lookBackMs('weekly')).toBe(7 * 86_400_000);
  });
});

describe('unsubscribe tokens', () => {
  it('accepts the token of that user under that secret only', () => {
    const t = unsubscribeToken('s'.repeat(32), 'u1');
    expect(validUnsubscribeToken('s'.repeat(32), 'u1', t)).toBe(true);
    expect(validUnsubscribeToken('s'.repeat(32), 'u2', t)).toBe(false);
    expect(validUnsubscribeToken('t'.repeat(32), 'u1', t)).toBe(false);
    expect(validUnsubscribeToken('s'.repeat(32), 'u1', t.slice(1))).toBe(false);
    expect(validUnsubscribeToken('s'.repeat(32), 'u1', undefined)).toBe(false);
  });
});

describe('the e-mails', () => {
  const links = { base: 'https://market.example.gov.cn', unsubscribe: 'https://market.example.gov.cn/api/mail/unsubscribe?user=u1&token=t' };

  it('writes a notification as a message whose link is absolute, escaped in HTML', () => {
    const mail = notificationMail({ title: '新的匹配成果：<b>涂层</b>', body: '匹配度 80%', link: '/achievements/a1' }, 'ada@example.com', links);
    expect(mail.subject).toBe('新的匹配成果：<b>涂层</b>');
    expect(mail.text).toContain('https://market.example.gov.cn/achievements/a1');
    expect(mail.html).toContain('新的匹配成果：&lt;b&gt;涂层&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>涂层');
    expect(mail.text).toContain(links.unsubscribe);
    expect(mail.headers?.['List-Unsubscribe']).toBe(`<${links.unsubscribe}>`);
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('gathers a digest\'s matches, each with its link, and counts them in the subject', () => {
    const mail = digestMail('daily', [{ title: '新的潜在需求方：网箱防附着', body: '匹配度 72%', link: '/needs/n1' }, { title: '新的匹配成果：海水淡化膜', body: '匹配度 65%', link: '/achievements/a2' }], 'ada@example.com', links);
    expect(mail.subject).toBe('每日匹配摘要：2 条新的匹配');
    expect(mail.text).toContain('https://market.example.gov.cn/needs/n1');
    expect(mail.html).toContain('href="https://market.example.gov.cn/achievements/a2"');
  });

  it('never turns a link from elsewhere into one that leaves the market', () => {
    const mail = notificationMail({ title: 't', body: 'b', link: '//evil.example/x' }, 'a@example.com', links);
    expect(mail.text).not.toContain('evil.example');
  });
});
