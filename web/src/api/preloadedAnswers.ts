/**
 * A page's HTML may preload the answers its first requests will get (docs/decisions/0031), and Chromium keeps a
 * preload the page has not used for the document's whole life: the first fetch of that address gets it, however
 * late. When the person in this tab changes, an answer preloaded for the one before must not answer the next one's
 * request (data they may not see, or a refusal that is not theirs).
 */

/** The addresses (path and query) this document has asked the API for: a preloaded one among them is used up. */
const asked = new Set<string>();

export function noteAsked(url: string): void {
  asked.add(url);
}

/** Uses up every preloaded answer nobody asked for yet, and drops it unread. */
export function dropUnusedPreloadedAnswers(): void {
  for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')) {
    const url = new URL(link.href);
    const address = url.pathname + url.search;
    if (asked.has(address)) continue;
    asked.add(address);
    // The same mode and credentials as the preload (crossorigin: cors, same-origin), so this fetch is the one it answers.
    void fetch(address, { credentials: 'same-origin' }).then(
      (response) => response.body?.cancel(),
      () => undefined,
    );
  }
}
