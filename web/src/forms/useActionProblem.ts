import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';

/**
 * The one problem line of a small form or action: `refuse` says why it was
 * not sent, `attempt` clears the line and runs the call, and a failed call
 * leaves the API's reason there, translated, so every admin form reports it
 * the same way.
 */
export function useActionProblem() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string>();

  async function attempt(action: () => Promise<void>) {
    setProblem(undefined);
    try {
      await action();
    } catch (error) {
      setProblem(describeApiError(error, t));
    }
  }

  return { problem, refuse: setProblem, attempt };
}
