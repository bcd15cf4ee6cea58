import { useTranslation } from 'react-i18next';
import type { ResponseStatus } from '#shared/api/responses';

/** The response status in words (the colour only repeats what the text says). */
export function StatusBadge({ status }: { status: ResponseStatus }) {
  const { t } = useTranslation('survey');
  return (
    <span className={`survey-status survey-status--${status}`}>
      <span className="survey-sr-only">{t('status.label')} </span>
      {t(`status.${status}`)}
    </span>
  );
}
