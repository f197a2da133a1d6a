import { Body, Controller, Get, Header, HttpCode, Inject, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import type { Response } from 'express';
import { DIGEST_MODES, type DigestMode, type NotificationSettings } from '@market/contracts';
import { Auth, CurrentUser, type AuthUser } from '@market/server/identity';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import { MailDelivery } from '../application/mail-delivery';
import { validUnsubscribeToken } from '../domain/unsubscribe-token';

export class NotificationSettingsDto implements NotificationSettings {
  @ApiProperty({ description: 'e-mail each notification as it comes' })
  @IsBoolean()
  email!: boolean;

  @ApiProperty({ enum: DIGEST_MODES })
  @IsIn(DIGEST_MODES)
  digest!: DigestMode;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A page of its own for a link opened from a mail client: no app, no script, both languages. */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:560px;margin:48px auto;padding:0 16px;line-height:1.6">${body}</body></html>`;
}

@ApiTags('notifications')
@Controller()
export class MailController {
  constructor(
    private readonly mail: MailDelivery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('me/notification-settings')
  @Auth()
  @ApiOkResponse({ description: '{email, digest, mailEnabled}' })
  settings(@CurrentUser() user: AuthUser): Promise<NotificationSettings> {
    return this.mail.settings(user.id);
  }

  @Put('me/notification-settings')
  @Auth()
  @ApiOkResponse({ description: '{email, digest, mailEnabled}' })
  save(@CurrentUser() user: AuthUser, @Body() dto: NotificationSettingsDto): Promise<NotificationSettings> {
    return this.mail.saveSettings(user.id, dto);
  }

  /**
   * An e-mail's unsubscribe link. Opening it only asks (mail scanners open links by themselves);
   * the button, or a mail client's one-click POST (RFC 8058), does it.
   */
  @Get('mail/unsubscribe')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  ask(@Query('user') user: unknown, @Query('token') token: unknown, @Res({ passthrough: true }) res: Response): string {
    if (!this.valid(user, token)) return this.refused(res);
    const action = `?user=${encodeURIComponent(String(user))}&token=${encodeURIComponent(String(token))}`;
    return page(
      '退订邮件 · Unsubscribe',
      `<h1>退订网上技术市场的邮件</h1><p>退订后不再收到通知邮件和匹配摘要，站内消息照常。</p><p lang="en">Stop all e-mail from the market; in-app notifications stay.</p>
<form method="post" action="${action}"><button type="submit" style="padding:8px 20px;font-size:16px">确认退订 · Unsubscribe</button></form>`,
    );
  }

  @Post('mail/unsubscribe')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Query('user') user: unknown, @Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (!this.valid(user, token)) return this.refused(res);
    await this.mail.unsubscribe(String(user));
    return page('已退订 · Unsubscribed', `<h1>已退订</h1><p>不会再给您发送邮件。需要时可在“消息设置”中重新开启。</p><p lang="en">You will get no more e-mail; turn it on again under notification settings.</p><p><a href="${this.config.publicUrl}/me/notifications">消息设置 · Settings</a></p>`);
  }

  private valid(user: unknown, token: unknown): boolean {
    return typeof user === 'string' && UUID.test(user) && validUnsubscribeToken(this.config.jwtSecret, user, token);
  }

  private refused(res: Response): string {
    res.status(400);
    return page('链接无效 · Invalid link', `<h1>退订链接无效</h1><p>请使用邮件中的完整链接，或登录后在“消息设置”中修改。</p><p lang="en">This unsubscribe link is not valid.</p>`);
  }
}
