// Names for parts of the generated contract (web/src/api/openapi.d.ts), for
// the few places that must name a request's shape rather than pass it along.
import type { paths } from './openapi';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Operation<Path extends keyof paths, M extends Method> = NonNullable<paths[Path][M]>;

/** The JSON body an operation takes. */
export type RequestBody<Path extends keyof paths, M extends Method> =
  Operation<Path, M> extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

/** The query parameters an operation takes (all of them, each as the API types it). */
export type QueryParams<Path extends keyof paths, M extends Method = 'get'> =
  Operation<Path, M> extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
