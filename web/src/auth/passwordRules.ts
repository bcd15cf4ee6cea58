// The same limits as newPasswordSchema in shared/api/auth.ts, copied rather
// than imported so zod stays out of these chunks; test/web/client-consistency.test.ts
// checks they agree. The server also rejects guessable passwords; the client
// only checks length so the user hears about the simple problems at once.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
