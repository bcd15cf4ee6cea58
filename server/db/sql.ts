import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema';

/** What repository functions take: the app's Kysely or a transaction the route or service opened. */
export type Db = Kysely<Database> | Transaction<Database>;

/** Text matched literally by `like`: backslash, `%` and `_` escaped (PostgreSQL's default escape is the backslash). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
