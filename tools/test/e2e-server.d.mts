export declare const E2E_STAFF: { email: string; password: string };
/**
 * Starts the built API. `fresh: false` joins the database an earlier process of the same name set
 * up; `waitHealthy: false` for a worker, which serves no HTTP.
 */
export declare function startServer(options: {
  name: string;
  port: number;
  env?: Record<string, string>;
  fresh?: boolean;
  waitHealthy?: boolean;
}): Promise<{ url: string; databaseUrl: string; logFile: string; pid: number; stop: () => Promise<void> }>;
/** A maildev on free ports: SMTP for the server, its REST API for the tests. */
export declare function startMailCatcher(): Promise<{ smtpUrl: string; webUrl: string; stop: () => Promise<void> }>;
