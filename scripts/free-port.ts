import { createServer } from 'node:net';

/**
 * A loopback port nobody listens on right now, picked by the operating system: for the throwaway servers of the
 * tests, benchmarks and generators. A port drawn at random may be one a PostgreSQL, Chromium or another run already
 * holds (it happened on a busy machine: "could not bind … Address already in use").
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Two free ports (an app's and its embedded PostgreSQL's). */
export async function freePorts(): Promise<[number, number]> {
  const first = await freePort();
  let second = await freePort();
  while (second === first) second = await freePort();
  return [first, second];
}
