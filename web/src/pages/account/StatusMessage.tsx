/**
 * The outcome of an action on the page. The role="status" region is always
 * rendered (empty until there is news), so screen readers announce the text
 * when it appears without moving focus.
 */
export function StatusMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} role="status" className="status-message">
      {message}
    </p>
  );
}
