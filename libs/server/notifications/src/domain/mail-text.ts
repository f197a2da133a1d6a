import type { DigestMode } from '@market/contracts';
import type { OutgoingMail } from '@market/server/platform';

/** What an e-mail says of one notification. */
export interface MailItem {
  title: string;
  body: string;
  link: string | null;
}

export interface MailLinks {
  /** The market's public address (PUBLIC_URL), no trailing slash. */
  base: string;
  /** This person's signed unsubscribe link. */
  unsubscribe: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** An in-app path made absolute on the market's address; anything else is dropped (an e-mail never links elsewhere). */
function absolute(base: string, link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.startsWith('/\\')) return null;
  return `${base}${link}`;
}

const FOOTER_TEXT = (unsubscribe: string) => `\n—\n网上技术市场 · 不想再收到这些邮件？退订：${unsubscribe}\n也可以在“消息设置”中修改。`;

function footerHtml(links: MailLinks): string {
  return `<hr><p style="color:#595959;font-size:12px">网上技术市场 · <a href="${escapeHtml(links.unsubscribe)}">退订这些邮件</a> · <a href="${escapeHtml(`${links.base}/me/notifications`)}">消息设置</a></p>`;
}

/** RFC 8058: mail clients offer one-click unsubscribe with these two headers. */
function unsubscribeHeaders(links: MailLinks): Record<string, string> {
  return { 'List-Unsubscribe': `<${links.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

function itemText(base: string, item: MailItem): string {
  const url = absolute(base, item.link);
  return `${item.title}\n${item.body}${url ? `\n${url}` : ''}`;
}

function itemHtml(base: string, item: MailItem): string {
  const url = absolute(base, item.link);
  const title = escapeHtml(item.title);
  return `<p><strong>${url ? `<a href="${escapeHtml(url)}">${title}</a>` : title}</strong><br>${escapeHtml(item.body)}</p>`;
}

/** One notification as its own message (the platform writes notifications in Chinese). */
export function notificationMail(item: MailItem, to: string, links: MailLinks): OutgoingMail {
  return {
    to,
    subject: item.title,
    text: itemText(links.base, item) + FOOTER_TEXT(links.unsubscribe),
    html: itemHtml(links.base, item) + footerHtml(links),
    headers: unsubscribeHeaders(links),
  };
}

/** The day's or the week's new matches in one message. */
export function digestMail(mode: Exclude<DigestMode, 'off'>, items: MailItem[], to: string, links: MailLinks): OutgoingMail {
  const name = mode === 'daily' ? '每日匹配摘要' : '每周匹配摘要';
  return {
    to,
    subject: `${name}：${items.length} 条新的匹配`,
    text: `${name}\n\n${items.map((i) => itemText(links.base, i)).join('\n\n')}${FOOTER_TEXT(links.unsubscribe)}`,
    html: `<h2>${name}</h2>${items.map((i) => itemHtml(links.base, i)).join('')}${footerHtml(links)}`,
    headers: unsubscribeHeaders(links),
  };
}
