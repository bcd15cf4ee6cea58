import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '#web/components/Confirm';

/**
 * An administrator's reset of a user's two-step verification (a lost phone
 * and lost codes), asked to confirm first: the server removes the factors,
 * ends the user's sessions and writes it to the audit log.
 */
export function MfaResetAction({ email, disabled, onReset }: { email: string; disabled: boolean; onReset: () => void }) {
  const { t } = useTranslation('mfa');
  return (
    <ConfirmAction
      className="button button--secondary button--small"
      label={t('admin.reset')}
      context={email}
      question={t('admin.resetNamed', { email })}
      confirmLabel={t('admin.reset')}
      disabled={disabled}
      onConfirm={onReset}
    />
  );
}
