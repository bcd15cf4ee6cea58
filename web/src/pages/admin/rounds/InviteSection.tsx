import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_TYPES, type OrganisationType } from '#shared/api/organisation-types';
import { Link } from 'react-router';
import { paths } from '#web/app/paths';
import { Field } from '#web/forms/Field';
import { SelectField } from '#web/forms/SelectField';
import { useActionProblem } from '#web/forms/useActionProblem';
import { useCounties } from '#web/pages/admin/useOrganisations';
import { ConfirmAction } from './ConfirmAction';
import { RespondentForm } from './RespondentForm';
import {
  inviteOrganisations,
  parseCodeList,
  roundKeys,
  type InvitationSelection,
  type InviteResult,
  type Round,
  type OnStatus,
} from './roundAdminApi';

type Props = { round: Round; onStatus: OnStatus };
type Kind = InvitationSelection['kind'];

export function InviteSection({ round, onStatus }: Props) {
  const { t } = useTranslation('rounds');
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('municipalities');
  const [type, setType] = useState<OrganisationType | ''>('');
  const [county, setCounty] = useState('');
  const [codes, setCodes] = useState('');
  const [sendMail, setSendMail] = useState(true);
  const [result, setResult] = useState<InviteResult>();
  const { problem, refuse, attempt } = useActionProblem();
  const invite = useMutation({ mutationFn: (selection: InvitationSelection) => inviteOrganisations(round.year, { selection, sendMail }) });

  function selection(): InvitationSelection | undefined {
    if (kind === 'municipalities') return { kind };
    if (kind === 'filter') return { kind, ...(type && { type }), ...(county && { county }) };
    const list = parseCodeList(codes);
    return list.length ? { kind, codes: list } : undefined;
  }

  async function submit() {
    const chosen = selection();
    if (!chosen) return refuse(t('invite.noCodes'));
    await attempt(async () => {
      const answer = await invite.mutateAsync(chosen);
      setResult(answer);
      await queryClient.invalidateQueries({ queryKey: roundKeys.monitor(round.year) });
      const invited = t('invite.invitedCount', { count: answer.invited });
      if (answer.mailed > 0 && answer.delivery === 'outbox') onStatus(t('invite.doneWaiting', { invited, count: answer.mailed }), { outbox: true });
      else onStatus(t('invite.done', { invited, count: answer.mailed }));
    });
  }

  if (round.state === 'published') return null;
  return (
    <section aria-labelledby="invite-title" className="round-section">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <fieldset className="radio-group">
        <legend>{t('invite.whom')}</legend>
        {(['municipalities', 'filter', 'codes'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="invite-kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
            {t(`invite.kinds.${option}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'filter' && <FilterFields type={type} county={county} onType={setType} onCounty={setCounty} />}
      {kind === 'codes' && (
        <Field id="invite-codes" label={t('invite.codes')} hint={t('invite.codesHint')}>
          <textarea
            id="invite-codes"
            className="field__input textarea"
            value={codes}
            onChange={(e) => setCodes(e.target.value)}
            aria-describedby="invite-codes-hint"
          />
        </Field>
      )}
      <label className="checkbox-label">
        <input type="checkbox" checked={sendMail} onChange={(e) => setSendMail(e.target.checked)} />
        {t('invite.sendMail')}
      </label>
      {problem && <p className="field__error">{problem}</p>}
      <ConfirmAction
        label={t('invite.submit')}
        question={sendMail ? t('invite.confirmWithMail') : t('invite.confirmWithoutMail')}
        confirmLabel={t('invite.confirm')}
        onConfirm={() => void submit()}
        disabled={invite.isPending}
      />
      {result && <InviteOutcome result={result} />}
      <RespondentForm onStatus={onStatus} />
    </section>
  );
}

function FilterFields(props: { type: string; county: string; onType: (v: OrganisationType | '') => void; onCounty: (v: string) => void }) {
  const { t } = useTranslation('rounds');
  const { t: tAdmin } = useTranslation('admin');
  const counties = useCounties();
  return (
    <div className="filters">
      <SelectField id="invite-type" label={t('invite.type')} value={props.type} onChange={(v) => props.onType(v as OrganisationType | '')}>
        <option value="">{t('invite.anyType')}</option>
        {ORGANISATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {tAdmin(`organisations.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id="invite-county" label={t('invite.county')} value={props.county} onChange={props.onCounty}>
        <option value="">{t('invite.anyCounty')}</option>
        {counties.map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** What the invitation did, with the organisations an administrator must still follow up. */
function InviteOutcome({ result }: { result: InviteResult }) {
  const { t } = useTranslation('rounds');
  return (
    <div className="status-message" data-testid="invite-result">
      <p>{t(result.delivery === 'outbox' ? 'invite.resultWaiting' : 'invite.result', result)}</p>
      {result.withoutContact.length > 0 && (
        <>
          <p>
            {t('invite.withoutContact', { count: result.withoutContact.length })} <Link to={paths.adminOrganisations}>{t('invite.fixContacts')}</Link>
          </p>
          <ul>
            {result.withoutContact.map((o) => (
              <li key={o.id}>
                {o.code} {o.name}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.unknownCodes.length > 0 && <p>{t('invite.unknownCodes', { codes: result.unknownCodes.join(', ') })}</p>}
    </div>
  );
}
