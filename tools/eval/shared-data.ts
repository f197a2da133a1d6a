import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The read-only corpus beside the repository (never copied into it). */
export function sharedDataPath(file: string): string {
  const dir = process.env['SHARED_DATA'] ?? resolve(__dirname, '../../../shared/data');
  const path = join(dir, file);
  if (!existsSync(path)) throw new Error(`${path} not found: set SHARED_DATA to the folder with ${file}`);
  return path;
}

export function readJsonl<T>(file: string): T[] {
  return readFileSync(sharedDataPath(file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export interface Paper {
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  discipline: string;
  category: string;
}
