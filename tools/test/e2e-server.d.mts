export declare const E2E_STAFF: { email: string; password: string };
export declare function startServer(options: { name: string; port: number; env?: Record<string, string> }): Promise<{ url: string; logFile: string; stop: () => Promise<void> }>;
