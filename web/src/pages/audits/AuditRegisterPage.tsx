import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { QueryError, refetchFailed } from '#web/components/QueryError';
import { useHashTarget } from '#web/components/useHashTarget';
import { usePageTitle } from '#web/components/usePageTitle';
import { useSession } from '#web/auth/session';
import { AuditSection } from './AuditSection';
import { exportUrl, registerCalls, sameAudit, useCreateOnce, useOrganisation, useRegister, useRegisterChange } from './auditsApi';
import { AuditForm } from './RegisterForms';
import { RegisterImport } from './RegisterImport';
import './audits.css';

/**
 * One organisation's register of external audit recommendations (issue 17):
 * its audits, their recommendations and the follow-up of each year. The
 * organisation's respondents change it by hand or from a CSV file; its
 * viewers (and administrators) read it. Both can download it.
 */
export default function AuditRegisterPage() {
  const { t, i18n } = useTranslation('auditRegister');
  usePageTitle(t('title'));
  const organisationId = Number(useParams().organisationId);
  const { user } = useSession();
  const canWrite = Boolean(user?.roles.some((r) => r.role === 'respondent' && r.organisationId === organisationId));
  const organisation = useOrganisation(organisationId);
  const register = useRegister(organisationId, i18n.language);
  useHashTarget(register.isSuccess);
  const create = useRegisterChange(registerCalls.createAudit);
  const createOnce = useCreateOnce(organisationId);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const announce = (message: string) => setStatus(message);
  const focusPage = () => headingRef.current?.focus();
  const name = organisation.data?.organisation.name;

  return (
    <div className="page audit-register">
      <h1 ref={headingRef} tabIndex={-1}>
        {name ? t('titleFor', { name }) : t('title')}
      </h1>
      <p className="lead">{t('intro')}</p>
      <p id="register-status" role="status" className="status-message">
        {status}
      </p>
      {register.isPending ? (
        <LoadingMessage />
      ) : register.isError ? (
        <QueryError error={register.error} onRetry={() => refetchFailed(register)} retrying={register.isFetching} />
      ) : (
        <>
          {!canWrite && <p>{t('readOnly')}</p>}
          <p className="register-downloads">
            {t('download')}:{' '}
            <a href={exportUrl(organisationId, 'csv', i18n.language)} download>
              {t('downloadCsv')}
            </a>
            {' · '}
            <a href={exportUrl(organisationId, 'xlsx', i18n.language)} download>
              {t('downloadXlsx')}
            </a>
          </p>
          {register.data.audits.length === 0 && <p>{t('empty')}</p>}
          {register.data.audits.map((audit) => (
            <AuditSection
              key={audit.id}
              audit={audit}
              organisationId={organisationId}
              areas={register.data.areas}
              canWrite={canWrite}
              announce={announce}
              focusPage={focusPage}
            />
          ))}
          {canWrite && (
            <>
              <section aria-labelledby="register-add-heading" className="register-add">
                <h2 id="register-add-heading">{t('audit.addHeading')}</h2>
                <AuditForm
                  idPrefix="audit-new-"
                  labelledBy="register-add-heading"
                  submitLabel={t('audit.add')}
                  onSave={async (body) => {
                    await createOnce(
                      () => create.mutateAsync({ organisationId, body }),
                      (stored) => stored.audits,
                      (audit) => sameAudit(audit, body),
                    );
                    announce(t('audit.added', { title: body.title }));
                  }}
                />
              </section>
              <RegisterImport organisationId={organisationId} />
            </>
          )}
        </>
      )}
    </div>
  );
}
