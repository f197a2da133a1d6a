import { createServer } from 'node:net';

/** What arrived at the catcher, as maildev parsed it. */
export interface CaughtMail {
  subject: string;
  text: string;
  html: string;
  to: Array<{ address: string }>;
  headers: Record<string, string>;
}

export interface MailCatcher {
  smtpUrl: string;
  /** Everything received so far, oldest first. */
  messages(): Promise<CaughtMail[]>;
  close(): Promise<void>;
}

interface MailDevServer {
  listen(cb: (err?: Error) => void): void;
  getAllEmail(cb: (err: Error | null, emails: CaughtMail[]) => void): void;
  close(cb: () => void): void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A real SMTP server for a test (maildev, the same catcher `npm start` runs): the code under test
 * sends over SMTP_URL as it would in production, and the test reads what arrived.
 */
export async function startMailCatcher(): Promise<MailCatcher> {
  // maildev ships no types; its programmatic face is this small
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MailDev = require('maildev') as new (options: Record<string, unknown>) => MailDevServer;
  const port = await freePort();
  const server = new MailDev({ smtp: port, ip: '127.0.0.1', disableWeb: true, silent: true });
  await new Promise<void>((resolve, reject) => server.listen((err) => (err ? reject(err) : resolve())));
  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    messages: () => new Promise((resolve, reject) => server.getAllEmail((err, emails) => (err ? reject(err) : resolve(emails)))),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
