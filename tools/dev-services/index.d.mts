export declare const ROOT: string;
export declare const DATA: string;
export declare class ServiceError extends Error {}
export declare function ensureDatabase(url: string): Promise<void>;
export declare function meiliBinary(): string;
export declare function ensureServices(options?: {
  mode?: 'dev' | 'test';
  log?: (message: string) => void;
  keepRunning?: boolean;
}): Promise<{ env: Record<string, string>; stop: () => Promise<void>; started: { meili: boolean } }>;
