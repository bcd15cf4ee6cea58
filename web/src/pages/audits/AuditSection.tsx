import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';
import { ConfirmAction } from '#web/components/Confirm';
import { TableScroll } from '#web/components/TableScroll';
import { registerCalls, useRegisterChange, type AuditRegister, type ExternalAudit, type Recommendation } from './auditsApi';
import { LinkActionsForm, LinkedActions, NewActionFromRecommendation } from './RecommendationActions';
import { AuditForm, FollowUpForm, RecommendationForm } from './RegisterForms';

type Shared = {
  organisationId: number;
  areas: AuditRegister['areas'];
  canWrite: boolean;
  /** Says the outcome of an action in the page's status region. */
  announce: (message: string) => void;
  /** Where focus goes when the thing that had it is deleted. */
  focusPage: () => void;
};

/** The register's deletions are asked in the page: "Ja, ta bort" or "Nej, behåll". */
function useDeleteAnswers() {
  const { t } = useTranslation();
  return { confirmLabel: t('confirm.delete'), cancelLabel: t('confirm.keep'), className: 'button register-button--secondary' };
}

/** A toggle that opens a form below it and takes focus back when the form closes. */
function useDisclosure() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return { open, setOpen, close, buttonRef };
}

/** One audit: its details, its recommendations with their follow-ups, and (for respondents) the forms that change them. */
export function AuditSection({ audit, ...shared }: Shared & { audit: ExternalAudit }) {
  const { t } = useTranslation('auditRegister');
  const { t: tCommon } = useTranslation();
  const { organisationId, canWrite, announce, focusPage } = shared;
  const { open: editOpen, setOpen: setEditOpen, close: closeEdit, buttonRef: editButtonRef } = useDisclosure();
  const { open: addingOpen, setOpen: setAddingOpen, close: closeAdding, buttonRef: addingButtonRef } = useDisclosure();
  const change = useRegisterChange(registerCalls.changeAudit);
  const remove = useRegisterChange(registerCalls.deleteAudit);
  const add = useRegisterChange(registerCalls.addRecommendation);
  const headingId = `audit-${audit.id}-heading`;
  const deleteAnswers = useDeleteAnswers();

  return (
    <section className="register-audit" aria-labelledby={headingId}>
      <h2 id={headingId}>{audit.title}</h2>
      <dl className="register-details">
        <div>
          <dt>{t('audit.firm')}</dt>
          <dd>{audit.auditorFirm}</dd>
        </div>
        <div>
          <dt>{t('audit.date')}</dt>
          <dd>{audit.auditedOn}</dd>
        </div>
        <div>
          <dt>{t('audit.reference')}</dt>
          <dd>{audit.reportReference || t('audit.noReference')}</dd>
        </div>
      </dl>
      {canWrite && (
        <div className="register-buttons">
          <button
            ref={editButtonRef}
            type="button"
            className="button register-button--secondary"
            aria-expanded={editOpen}
            onClick={() => setEditOpen(!editOpen)}
          >
            {t('audit.edit')}
          </button>
          <ConfirmAction
            label={t('audit.delete')}
            question={t('audit.deleteQuestion', { title: audit.title })}
            {...deleteAnswers}
            disabled={remove.isPending}
            onConfirm={() =>
              remove.mutate(
                { organisationId, auditId: audit.id },
                {
                  onSuccess: () => {
                    announce(t('audit.deleted', { title: audit.title }));
                    focusPage();
                  },
                  onError: (error) => announce(describeApiError(error, tCommon)),
                },
              )
            }
          />
        </div>
      )}
      {editOpen && (
        <div className="register-panel">
          <h3 id={`audit-${audit.id}-edit`}>{t('audit.editHeading')}</h3>
          <AuditForm
            idPrefix={`audit-${audit.id}-`}
            labelledBy={`audit-${audit.id}-edit`}
            defaults={{ title: audit.title, auditorFirm: audit.auditorFirm, auditedOn: audit.auditedOn, reportReference: audit.reportReference }}
            submitLabel={t('audit.save')}
            onCancel={closeEdit}
            onSave={async (body) => {
              await change.mutateAsync({ organisationId, auditId: audit.id, body });
              announce(t('audit.saved'));
              closeEdit();
            }}
          />
        </div>
      )}

      <h3>{t('recommendations.heading')}</h3>
      {audit.recommendations.length === 0 ? (
        <p>{t('recommendations.none')}</p>
      ) : (
        <ol className="register-recommendations">
          {audit.recommendations.map((recommendation, index) => (
            <RecommendationItem key={recommendation.id} recommendation={recommendation} number={index + 1} {...shared} />
          ))}
        </ol>
      )}
      {canWrite && (
        <>
          <button
            ref={addingButtonRef}
            type="button"
            className="button register-button--secondary"
            aria-expanded={addingOpen}
            onClick={() => setAddingOpen(!addingOpen)}
          >
            {t('recommendations.add')}
          </button>
          {addingOpen && (
            <div className="register-panel">
              <h4 id={`audit-${audit.id}-add`}>{t('recommendations.addHeading', { audit: audit.title })}</h4>
              <RecommendationForm
                idPrefix={`audit-${audit.id}-new-`}
                labelledBy={`audit-${audit.id}-add`}
                areas={shared.areas}
                submitLabel={t('recommendations.create')}
                onCancel={closeAdding}
                onSave={async (body) => {
                  await add.mutateAsync({ organisationId, auditId: audit.id, body });
                  announce(t('recommendations.added'));
                  closeAdding();
                }}
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function RecommendationItem({ recommendation, number, ...shared }: Shared & { recommendation: Recommendation; number: number }) {
  const { t } = useTranslation('auditRegister');
  const { t: tCommon } = useTranslation();
  const { organisationId, canWrite, announce, focusPage, areas } = shared;
  const ref = { organisationId, auditId: recommendation.auditId, recommendationId: recommendation.id };
  const { open: editOpen, setOpen: setEditOpen, close: closeEdit, buttonRef: editButtonRef } = useDisclosure();
  const { open: recordOpen, setOpen: setRecordOpen, close: closeRecord, buttonRef: recordButtonRef } = useDisclosure();
  const { open: linkOpen, setOpen: setLinkOpen, close: closeLink, buttonRef: linkButtonRef } = useDisclosure();
  const { open: newActionOpen, setOpen: setNewActionOpen, close: closeNewAction, buttonRef: newActionButtonRef } = useDisclosure();
  const change = useRegisterChange(registerCalls.changeRecommendation);
  const remove = useRegisterChange(registerCalls.deleteRecommendation);
  const followUp = useRegisterChange(registerCalls.recordFollowUp);
  const removeFollowUp = useRegisterChange(registerCalls.deleteFollowUp);
  const id = `recommendation-${recommendation.id}`;
  const deleteAnswers = useDeleteAnswers();
  const areaTitle = (key: string) => areas.find((a) => a.key === key)?.title ?? key;

  return (
    <li className="register-recommendation">
      <h4 id={`${id}-heading`}>
        {t('recommendations.numbered', { number })}{' '}
        <span className={`register-priority register-priority--${recommendation.priority}`}>
          {t('recommendations.priority')}: {t(`recommendations.priorities.${recommendation.priority}`)}
        </span>
      </h4>
      <p className="register-text">{recommendation.text}</p>
      <p>
        <strong>{t('recommendations.areas')}:</strong> {recommendation.areaKeys.map(areaTitle).join(', ')}
      </p>
      {recommendation.followUps.length === 0 ? (
        <p>{t('followUps.none')}</p>
      ) : (
        <TableScroll labelledBy={`${id}-caption`}>
          <table className="data-table register-follow-ups">
            <caption id={`${id}-caption`}>{t('followUps.caption', { number })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('followUps.year')}</th>
                <th scope="col">{t('followUps.outcome')}</th>
                <th scope="col">{t('followUps.comment')}</th>
                {canWrite && <th scope="col">{t('followUps.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {recommendation.followUps.map((f) => (
                <tr key={f.year}>
                  <th scope="row">{f.year}</th>
                  <td>{t(`followUps.outcomes.${f.outcome}`)}</td>
                  <td className="register-text">{f.comment}</td>
                  {canWrite && (
                    <td>
                      <ConfirmAction
                        label={t('followUps.deleteLabel', { year: f.year })}
                        question={t('followUps.deleteQuestion', { year: f.year })}
                        {...deleteAnswers}
                        disabled={removeFollowUp.isPending}
                        onConfirm={() =>
                          removeFollowUp.mutate(
                            { ...ref, year: f.year },
                            {
                              onSuccess: () => {
                                announce(t('followUps.deleted', { year: f.year }));
                                focusPage();
                              },
                              onError: (error) => announce(describeApiError(error, tCommon)),
                            },
                          )
                        }
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <LinkedActions recommendation={recommendation} headingId={`${id}-actions`} />
      {canWrite && (
        <div className="register-buttons">
          <button
            ref={linkButtonRef}
            type="button"
            className="button register-button--secondary"
            aria-expanded={linkOpen}
            onClick={() => setLinkOpen(!linkOpen)}
          >
            {t('links.link')}
            <span className="visually-hidden">{` – ${t('recommendations.numbered', { number })}`}</span>
          </button>
          <button
            ref={newActionButtonRef}
            type="button"
            className="button register-button--secondary"
            aria-expanded={newActionOpen}
            onClick={() => setNewActionOpen(!newActionOpen)}
          >
            {t('links.newAction')}
            <span className="visually-hidden">{` – ${t('recommendations.numbered', { number })}`}</span>
          </button>
        </div>
      )}
      {linkOpen && (
        <div className="register-panel" role="group" aria-labelledby={`${id}-link`}>
          <h5 id={`${id}-link`}>{t('links.linkHeading', { number })}</h5>
          <LinkActionsForm
            recommendation={recommendation}
            number={number}
            organisationId={organisationId}
            areas={areas}
            announce={announce}
            onClose={closeLink}
          />
        </div>
      )}
      {newActionOpen && (
        <div className="register-panel" role="group" aria-labelledby={`${id}-new-action`}>
          <h5 id={`${id}-new-action`}>{t('links.newActionHeading', { number })}</h5>
          <NewActionFromRecommendation
            recommendation={recommendation}
            number={number}
            organisationId={organisationId}
            areas={areas}
            announce={announce}
            onClose={closeNewAction}
          />
        </div>
      )}
      {canWrite && (
        <div className="register-buttons">
          <button ref={recordButtonRef} type="button" className="button" aria-expanded={recordOpen} onClick={() => setRecordOpen(!recordOpen)}>
            {t('followUps.record')}
            <span className="visually-hidden">{` – ${t('recommendations.numbered', { number })}`}</span>
          </button>
          <button
            ref={editButtonRef}
            type="button"
            className="button register-button--secondary"
            aria-expanded={editOpen}
            onClick={() => setEditOpen(!editOpen)}
          >
            {t('recommendations.edit')}
            <span className="visually-hidden">{` – ${t('recommendations.numbered', { number })}`}</span>
          </button>
          <ConfirmAction
            label={t('recommendations.delete')}
            context={t('recommendations.numbered', { number })}
            question={t('recommendations.deleteQuestion', { number })}
            {...deleteAnswers}
            disabled={remove.isPending}
            onConfirm={() =>
              remove.mutate(ref, {
                onSuccess: () => {
                  announce(t('recommendations.deleted', { number }));
                  focusPage();
                },
                onError: (error) => announce(describeApiError(error, tCommon)),
              })
            }
          />
        </div>
      )}
      {recordOpen && (
        <div className="register-panel">
          <h5 id={`${id}-record`}>{t('followUps.recordHeading', { number })}</h5>
          <FollowUpForm
            idPrefix={`${id}-follow-up-`}
            labelledBy={`${id}-record`}
            submitLabel={t('followUps.save')}
            onCancel={closeRecord}
            onSave={async ({ year, ...body }) => {
              await followUp.mutateAsync({ ...ref, year, body });
              announce(t('followUps.saved', { year }));
              closeRecord();
            }}
          />
        </div>
      )}
      {editOpen && (
        <div className="register-panel">
          <h5 id={`${id}-edit`}>{t('recommendations.editHeading', { number })}</h5>
          <RecommendationForm
            idPrefix={`${id}-`}
            labelledBy={`${id}-edit`}
            areas={areas}
            defaults={{ text: recommendation.text, areaKeys: recommendation.areaKeys, priority: recommendation.priority }}
            submitLabel={t('recommendations.save')}
            onCancel={closeEdit}
            onSave={async (body) => {
              await change.mutateAsync({ ...ref, body });
              announce(t('recommendations.saved'));
              closeEdit();
            }}
          />
        </div>
      )}
    </li>
  );
}
