/** Requests to the benchmarked server as one user; any answer but 2xx is an error. */
export function client(baseUrl: string, cookie: string) {
  return async function request<T = unknown>(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const payload = body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : String(body);
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      // The CSRF check asks every request that may change something for its origin (docs/decisions/0011).
      headers: { cookie, origin: new URL(baseUrl).origin, ...(payload !== undefined && { 'content-type': contentType }) },
      body: payload,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}

export type Client = ReturnType<typeof client>;
