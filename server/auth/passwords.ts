import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '#shared/api/auth';

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

// Verified against when the e-mail is unknown, so both failures take the same time.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}

const strength = new ZxcvbnFactory({
  dictionary: { ...common.dictionary },
  graphs: common.adjacencyGraphs,
});

export type PasswordProblem = { rule: 'password_too_short' | 'password_too_common'; message: string; minimum?: number };

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, userInputs: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return { rule: 'password_too_short', message: `The password must be at least ${PASSWORD_MIN_LENGTH} characters.`, minimum: PASSWORD_MIN_LENGTH };
  }
  const result = strength.check(password, userInputs);
  if (result.score < 3) return { rule: 'password_too_common', message: 'The password is too common or easy to guess. Choose a longer passphrase.' };
  return null;
}
