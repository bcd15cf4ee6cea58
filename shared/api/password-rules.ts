// Zod-free (docs/decisions/0003): the client's forms check the same limits as newPasswordSchema in auth.ts.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
