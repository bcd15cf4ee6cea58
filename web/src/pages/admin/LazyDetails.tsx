import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is rendered the first time it opens and kept from then on (what was typed
 * survives closing it). A list of a hundred users or 300 organisations, each row with a closed form,
 * then stays a list: eagerly, every row carried its form and an organisation select of 300 options.
 */
export function LazyDetails({ summary, children }: { summary: ReactNode; children: () => ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children()}
    </details>
  );
}
