import { hash, verify } from "@node-rs/argon2";

// Argon2id at OWASP's minimum or above (Password Storage Cheat Sheet: m=19 MiB, t=2, p=1).
// The parameters travel inside the PHC string, so raising them later re-hashes on next sign-in
// without breaking existing hashes.
export const ARGON2_OPTIONS = {
  // Algorithm.Argon2id: the package exposes it as an ambient const enum, which isolated
  // modules cannot read, so the value is spelled out.
  algorithm: 2,
  memoryCost: 19 * 1024,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, never a crash.
    return false;
  }
}

/** The Argon2 parameters written in a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`). */
export function hashParameters(passwordHash: string): { algorithm: string; memoryCost: number; timeCost: number; parallelism: number } | null {
  const match = /^\$(argon2(?:id|i|d))\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash);
  if (!match) return null;
  return { algorithm: match[1]!, memoryCost: Number(match[2]), timeCost: Number(match[3]), parallelism: Number(match[4]) };
}

/** True when a stored hash is weaker than today's parameters: sign-in then re-hashes it. */
export function needsRehash(passwordHash: string): boolean {
  const params = hashParameters(passwordHash);
  return (
    !params ||
    params.algorithm !== "argon2id" ||
    params.memoryCost < ARGON2_OPTIONS.memoryCost ||
    params.timeCost < ARGON2_OPTIONS.timeCost ||
    params.parallelism < ARGON2_OPTIONS.parallelism
  );
}
