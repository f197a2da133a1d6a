import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe and the like). */
  headers?: Record<string, string>;
}

/**
 * The one way out for e-mail: nodemailer over `SMTP_URL`. Without it `enabled` is false and
 * callers keep what they would have sent for later (nothing is marked sent that was not).
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // a pool: a digest run sends many messages over a few connections, not one connection each
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl, { pool: true, maxConnections: 2 } as never) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** Resolves once the SMTP server accepted the message; rejects when it did not. */
  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('e-mail is off: SMTP_URL is not set');
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
    this.logger.debug('mail transport closed');
  }
}
