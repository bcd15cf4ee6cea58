// One queue of rendering turns for the page: deferred sections (SectionTurn)
// and charts (ChartTurn) each render in a task of their own, in the order
// they asked, so the browser can paint and answer input between them.

const waiting: (() => void)[] = [];
/** How many at the head of the queue are for what is on screen (they go before sections further down). */
let urgent = 0;
let current: (() => void) | undefined;

/**
 * Queues `turn`; it is called in a later task once those before it have
 * rendered. `onScreen` turns (a chart in view) go before the rest.
 */
export function waitForTurn(turn: () => void, options: { onScreen?: boolean } = {}) {
  if (options.onScreen) {
    waiting.splice(urgent, 0, turn);
    urgent += 1;
  } else {
    waiting.push(turn);
  }
  if (!current) passTurn();
}

/** Leaves the queue (unmounted, or rendered by other means); a turn already given is passed on. */
export function leaveQueue(turn: () => void) {
  const index = waiting.indexOf(turn);
  if (index >= 0) {
    waiting.splice(index, 1);
    if (index < urgent) urgent -= 1;
  }
  // Unmounted while its turn was given: nobody else would pass it on.
  if (current === turn) passTurn();
}

/** Called by the holder of the turn once it has rendered: the next one goes in a new task. */
export function passTurn() {
  current = waiting.shift();
  if (current && urgent > 0) urgent -= 1;
  const turn = current;
  if (!turn) return;
  setTimeout(() => {
    if (current === turn) turn();
  }, 0);
}
