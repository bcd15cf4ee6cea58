import type { FastifyInstance } from 'fastify';

/** The newest outbox message to an address, optionally of one kind. */
export async function lastMailTo(app: FastifyInstance, to: string, kind?: string) {
  return app.db
    .selectFrom('outbox_message')
    .selectAll()
    .where('to_address', '=', to.toLowerCase())
    .$if(kind !== undefined, (q) => q.where('kind', '=', kind!))
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The token of the link in the newest mail of a kind to an address. */
export async function tokenMailedTo(app: FastifyInstance, to: string, kind: string): Promise<string> {
  const mail = await lastMailTo(app, to, kind);
  const token = mail?.body_text.match(/[?&]token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no ${kind} link mailed to ${to}`);
  return token;
}
