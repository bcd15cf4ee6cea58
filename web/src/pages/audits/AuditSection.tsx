import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '#web/api/errorMessages';
import { ConfirmAction } from '#web/components/Confirm';
import { TableScroll } from '#web/components/TableScroll';
import {
  registerCalls,
  sameRecommendation,
  useCreateOnce,
  useRegisterChange,
  type AuditRegister,
  type ExternalAudit,
  type Recommendation,
} from './auditsApi';
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

/**
 * The register's deletions: asked in the page ("Ja, ta bort" or "Nej,
 * behåll"), and once done said in the status region with focus on the page;
 * a refusal is said there too.
 */
function useDeletion({ announce, focusPage }: Pick<Shared, 'announce' | 'focusPage'>) {
  const { t } = useTranslation();
  return {
    answers: { confirmLabel: t('confirm.delete'), cancelLabel: t('confirm.keep'), className: 'button register-button--secondary' },
    outcome: (deleted: string) => ({
      onSuccess: () => {
        announce(deleted);
        focusPage();
      },
      onError: (error: unknown) => announce(describeApiError(error, t)),
    }),
  };
}

type Disclosure = { open: boolean; toggle: () => void; close: () => void; buttonRef: RefObject<HTMLButtonElement | null> };

/** A toggle that opens a form below it and takes focus back when the form closes. */
function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return { open, toggle: () => setOpen(!open), close, buttonRef };
}

type ToggleProps = Disclosure & {
  label: string;
  /** What the button is for, said to screen readers only ("– Rekommendation 2"). */
  context?: string;
  primary?: boolean;
};

/** The button of a disclosure: says whether its panel is open, and gets focus back when the panel closes. */
function ToggleButton({ open, toggle, buttonRef, label, context, primary = false }: ToggleProps) {
  return (
    <button ref={buttonRef} type="button" className={primary ? 'button' : 'button register-button--secondary'} aria-expanded={open} onClick={toggle}>
      {label}
      {context && <span className="visually-hidden">{` – ${context}`}</span>}
    </button>
  );
}

type PanelProps = {
  /** The heading's id, which names the form (and the group) inside. */
  headingId: string;
  heading: string;
  level: 'h3' | 'h4' | 'h5';
  /** A group named by the heading, for panels that are not one form. */
  group?: boolean;
  children: ReactNode;
};

/** A disclosure's panel: its heading and the form below it. */
function Panel({ headingId, heading, level: Heading, group = false, children }: PanelProps) {
  return (
    <div className="register-panel" role={group ? 'group' : undefined} aria-labelledby={group ? headingId : undefined}>
      <Heading id={headingId}>{heading}</Heading>
      {children}
    </div>
  );
}

/** One audit: its details, its recommendations with their follow-ups, and (for respondents) the forms that change them. */
export function AuditSection({ audit, ...shared }: Shared & { audit: ExternalAudit }) {
  const { t } = useTranslation('auditRegister');
  const { organisationId, canWrite, announce } = shared;
  const edit = useDisclosure();
  const adding = useDisclosure();
  const change = useRegisterChange(registerCalls.changeAudit);
  const remove = useRegisterChange(registerCalls.deleteAudit);
  const add = useRegisterChange(registerCalls.addRecommendation);
  const createOnce = useCreateOnce(organisationId);
  const headingId = `audit-${audit.id}-heading`;
  const deletion = useDeletion(shared);

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
          <ToggleButton {...edit} label={t('audit.edit')} />
          <ConfirmAction
            label={t('audit.delete')}
            question={t('audit.deleteQuestion', { title: audit.title })}
            {...deletion.answers}
            disabled={remove.isPending}
            onConfirm={() => remove.mutate({ organisationId, auditId: audit.id }, deletion.outcome(t('audit.deleted', { title: audit.title })))}
          />
        </div>
      )}
      {edit.open && (
        <Panel headingId={`audit-${audit.id}-edit`} heading={t('audit.editHeading')} level="h3">
          <AuditForm
            idPrefix={`audit-${audit.id}-`}
            labelledBy={`audit-${audit.id}-edit`}
            defaults={{ title: audit.title, auditorFirm: audit.auditorFirm, auditedOn: audit.auditedOn, reportReference: audit.reportReference }}
            submitLabel={t('audit.save')}
            onCancel={edit.close}
            onSave={async (body) => {
              await change.mutateAsync({ organisationId, auditId: audit.id, body });
              announce(t('audit.saved'));
              edit.close();
            }}
          />
        </Panel>
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
          <ToggleButton {...adding} label={t('recommendations.add')} />
          {adding.open && (
            <Panel headingId={`audit-${audit.id}-add`} heading={t('recommendations.addHeading', { audit: audit.title })} level="h4">
              <RecommendationForm
                idPrefix={`audit-${audit.id}-new-`}
                labelledBy={`audit-${audit.id}-add`}
                areas={shared.areas}
                submitLabel={t('recommendations.create')}
                onCancel={adding.close}
                onSave={async (body) => {
                  await createOnce(
                    () => add.mutateAsync({ organisationId, auditId: audit.id, body }),
                    (stored) => stored.audits.find((a) => a.id === audit.id)?.recommendations ?? [],
                    (recommendation) => sameRecommendation(recommendation, body),
                  );
                  announce(t('recommendations.added'));
                  adding.close();
                }}
              />
            </Panel>
          )}
        </>
      )}
    </section>
  );
}

function RecommendationItem({ recommendation, number, ...shared }: Shared & { recommendation: Recommendation; number: number }) {
  const { t } = useTranslation('auditRegister');
  const { organisationId, canWrite, announce, areas } = shared;
  const ref = { organisationId, auditId: recommendation.auditId, recommendationId: recommendation.id };
  const edit = useDisclosure();
  const record = useDisclosure();
  const link = useDisclosure();
  const newAction = useDisclosure();
  const change = useRegisterChange(registerCalls.changeRecommendation);
  const remove = useRegisterChange(registerCalls.deleteRecommendation);
  const followUp = useRegisterChange(registerCalls.recordFollowUp);
  const removeFollowUp = useRegisterChange(registerCalls.deleteFollowUp);
  const id = `recommendation-${recommendation.id}`;
  const deletion = useDeletion(shared);
  const areaTitle = (key: string) => areas.find((a) => a.key === key)?.title ?? key;
  const numbered = t('recommendations.numbered', { number });
  /** What the panels about the plan's actions are told. */
  const panel = { recommendation, number, organisationId, areas, announce };

  return (
    <li className="register-recommendation">
      <h4 id={`${id}-heading`}>
        {numbered}{' '}
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
                        {...deletion.answers}
                        disabled={removeFollowUp.isPending}
                        onConfirm={() => removeFollowUp.mutate({ ...ref, year: f.year }, deletion.outcome(t('followUps.deleted', { year: f.year })))}
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
          <ToggleButton {...link} label={t('links.link')} context={numbered} />
          <ToggleButton {...newAction} label={t('links.newAction')} context={numbered} />
        </div>
      )}
      {link.open && (
        <Panel headingId={`${id}-link`} heading={t('links.linkHeading', { number })} level="h5" group>
          <LinkActionsForm {...panel} onClose={link.close} />
        </Panel>
      )}
      {newAction.open && (
        <Panel headingId={`${id}-new-action`} heading={t('links.newActionHeading', { number })} level="h5" group>
          <NewActionFromRecommendation {...panel} onClose={newAction.close} />
        </Panel>
      )}
      {canWrite && (
        <div className="register-buttons">
          <ToggleButton {...record} label={t('followUps.record')} context={numbered} primary />
          <ToggleButton {...edit} label={t('recommendations.edit')} context={numbered} />
          <ConfirmAction
            label={t('recommendations.delete')}
            context={numbered}
            question={t('recommendations.deleteQuestion', { number })}
            {...deletion.answers}
            disabled={remove.isPending}
            onConfirm={() => remove.mutate(ref, deletion.outcome(t('recommendations.deleted', { number })))}
          />
        </div>
      )}
      {record.open && (
        <Panel headingId={`${id}-record`} heading={t('followUps.recordHeading', { number })} level="h5">
          <FollowUpForm
            idPrefix={`${id}-follow-up-`}
            labelledBy={`${id}-record`}
            submitLabel={t('followUps.save')}
            onCancel={record.close}
            onSave={async ({ year, ...body }) => {
              await followUp.mutateAsync({ ...ref, year, body });
              announce(t('followUps.saved', { year }));
              record.close();
            }}
          />
        </Panel>
      )}
      {edit.open && (
        <Panel headingId={`${id}-edit`} heading={t('recommendations.editHeading', { number })} level="h5">
          <RecommendationForm
            idPrefix={`${id}-`}
            labelledBy={`${id}-edit`}
            areas={areas}
            defaults={{ text: recommendation.text, areaKeys: recommendation.areaKeys, priority: recommendation.priority }}
            submitLabel={t('recommendations.save')}
            onCancel={edit.close}
            onSave={async (body) => {
              await change.mutateAsync({ ...ref, body });
              announce(t('recommendations.saved'));
              edit.close();
            }}
          />
        </Panel>
      )}
    </li>
  );
}
