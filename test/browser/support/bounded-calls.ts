import type { Page } from 'playwright-core';

/**
 * Playwright bounds its waits (`click`, `waitFor`, `goto`, … up to the context's default timeout) but not a page
 * function's run (`page.evaluate`, `locator.evaluate`, `locator.evaluateAll`), nor the protocol calls that resize,
 * emulate media, print or type. A page function that awaits something that never comes, or a renderer that stops
 * answering, held a test until Vitest's 300 s test limit, which says nothing of where it stood (reflow.test.ts on
 * CI, 2026-12-03). These calls get the same bound as any step, and a call that overruns it fails naming itself.
 */
const UNBOUNDED_CALLS = {
  page: ['evaluate', 'evaluateHandle', 'setViewportSize', 'emulateMedia', 'pdf'],
  locator: ['evaluate', 'evaluateAll', 'evaluateHandle'],
  keyboard: ['press', 'type'],
} as const;

type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>;

const boundPrototypes = new WeakSet<object>();

/**
 * Bounds the unbounded calls of every page, locator and keyboard of this Playwright (their prototypes are shared, so
 * this is done once per worker) to `limitMs`.
 */
export function boundUnboundedCalls(page: Page, limitMs: number): void {
  const prototypes = {
    page: Object.getPrototypeOf(page) as Record<string, Method>,
    locator: Object.getPrototypeOf(page.locator('html')) as Record<string, Method>,
    keyboard: Object.getPrototypeOf(page.keyboard) as Record<string, Method>,
  };
  for (const [kind, names] of Object.entries(UNBOUNDED_CALLS) as [keyof typeof UNBOUNDED_CALLS, readonly string[]][]) {
    const prototype = prototypes[kind];
    if (boundPrototypes.has(prototype)) continue;
    boundPrototypes.add(prototype);
    for (const name of names) {
      const original = prototype[name]!;
      prototype[name] = function (this: unknown, ...args: unknown[]) {
        return withinLimit(original.apply(this, args), `${kind}.${name}(${describeArgument(args[0])})`, limitMs);
      };
    }
  }
}

export async function withinLimit<T>(call: Promise<T>, what: string, limitMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  // The call goes on after an overrun; Promise.race has subscribed to it, so its later end is not an unhandled rejection.
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${limitMs} ms`)), limitMs);
  });
  try {
    return await Promise.race([call, overrun]);
  } finally {
    clearTimeout(timer);
  }
}

/** The call's first argument, short enough for an error message: a page function's opening, a key, a size. */
function describeArgument(argument: unknown): string {
  const text = typeof argument === 'function' || typeof argument === 'string' ? String(argument) : JSON.stringify(argument);
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}
