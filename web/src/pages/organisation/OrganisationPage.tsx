import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '#web/app/paths';
import { useSession, type SessionUser } from '#web/auth/session';
import { usePageTitle } from '#web/components/usePageTitle';
import { AccessLogSection } from './AccessLogSection';
import { AuditorsSection } from './AuditorsSection';
import './organisation.css';

export type OwnOrganisation = { id: number; name: string; respondent: boolean };

/** The organisations the user belongs to (respondent or viewer), by name. */
function ownOrganisations(user: SessionUser): OwnOrganisation[] {
  const byId = new Map<number, OwnOrganisation>();
  for (const held of user.roles) {
    if (held.organisationId === null || (held.role !== 'respondent' && held.role !== 'viewer')) continue;
    const known = byId.get(held.organisationId);
    byId.set(held.organisationId, {
      id: held.organisationId,
      name: held.organisationName ?? String(held.organisationId),
      respondent: (known?.respondent ?? false) || held.role === 'respondent',
    });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The organisation's own page: its auditors (respondents invite and revoke), the access log, and the group view for a kommun. */
export default function OrganisationPage() {
  const { t } = useTranslation('access');
  usePageTitle(t('title'));
  const user = useSession().user!;
  const organisations = ownOrganisations(user);
  const [params, setParams] = useSearchParams();
  const chosen = organisations.find((o) => String(o.id) === params.get('id')) ?? organisations[0];

  if (!chosen) {
    return (
      <div className="page">
        <h1>{t('title')}</h1>
        <p>{t('noOrganisation')}</p>
      </div>
    );
  }
  const isGroup = user.groupMembers.some((m) => m.groupId === chosen.id);
  return (
    <div className="page organisation-page">
      <h1>{chosen.name}</h1>
      <p className="lead">{t('intro')}</p>
      {organisations.length > 1 && (
        <label className="field">
          <span className="field__label">{t('organisation')}</span>
          <select className="field__input" value={chosen.id} onChange={(e) => setParams({ id: e.target.value })}>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {isGroup && (
        <p>
          <Link to={`${paths.group}?id=${chosen.id}`}>{t('groupLink', { name: chosen.name })}</Link>
        </p>
      )}
      {chosen.respondent && <AuditorsSection key={chosen.id} organisationId={chosen.id} />}
      <AccessLogSection key={`log-${chosen.id}`} organisationId={chosen.id} />
    </div>
  );
}
