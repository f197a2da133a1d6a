import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP-level cost), prebuilt binaries, no node-gyp. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/** Verified against when the email is unknown, so that both answers take the same time. */
export function dummyHash(): Promise<string> {
  dummy ??= hash('not-a-real-password');
  return dummy;
}
