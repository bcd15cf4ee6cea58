import { useTranslation } from 'react-i18next';
import { describeApiError } from '../api/errorMessages';
import { LoadingMessage } from './LoadingMessage';

/** What a list shows before its data: the loading message, or why the query failed. Nothing once there is data. */
export function QueryStatus({ query }: { query: { isPending: boolean; isError: boolean; error: unknown } }) {
  const { t } = useTranslation();
  if (query.isPending) return <LoadingMessage />;
  if (query.isError) return <p className="field__error">{describeApiError(query.error, t)}</p>;
  return null;
}
