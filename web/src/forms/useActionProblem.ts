import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';

/**
 * The one problem line of a one-button action with no fields (log out
 * everywhere else): `attempt` clears the line and runs the call, and a failed
 * call leaves the API's reason there, translated. A form with fields uses
 * useSchemaForm and showServerError instead (web/README.md, "Writing a form").
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

  return { problem, attempt };
}
