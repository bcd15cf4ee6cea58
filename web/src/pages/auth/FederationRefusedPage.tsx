import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FEDERATION_REFUSALS, type FederationRefusal } from '#shared/api/federation';
import { paths } from '#web/app/paths';
import { usePageTitle } from '#web/components/usePageTitle';

/**
 * Where a sign-in through an identity provider ends when it gives no
 * session (server/api/auth/federation): most often a person the provider
 * knows but Mognad has not invited — roles come from invitations only.
 */
export default function FederationRefusedPage() {
  const { t } = useTranslation('federation');
  usePageTitle(t('refused.title'));
  const [search] = useSearchParams();
  const given = search.get('orsak');
  const reason: FederationRefusal = FEDERATION_REFUSALS.find((known) => known === given) ?? 'failed';

  return (
    <div className="page page--narrow">
      <h1>{t('refused.title')}</h1>
      <p>{t(`refused.reasons.${reason}`)}</p>
      <p>{reason === 'no_account' ? t('refused.askRespondent') : t('refused.askAdministrator')}</p>
      <p>
        <Link to={paths.login}>{t('refused.tryAgain')}</Link>
      </p>
    </div>
  );
}
