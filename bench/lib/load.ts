import autocannon from 'autocannon';
import { summarise, type Measurement } from './stats';

export type LoadOptions = {
  name: string;
  url: string;
  connections: number;
  seconds: number;
  method?: 'GET' | 'PUT' | 'POST';
  headers?: Record<string, string>;
  requests?: autocannon.Request[];
};

/**
 * Runs autocannon against one URL and measures every answer itself, so the
 * percentiles (p95 included) come from all samples, not from buckets.
 */
export async function load(options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const settings: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    ...(options.requests && { requests: options.requests }),
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (error, finished) => (error ? reject(error as Error) : resolve(finished)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
  if (result.errors > 0) statuses.error = result.errors;
  return summarise(options.name, latencies, result.duration, statuses);
}
