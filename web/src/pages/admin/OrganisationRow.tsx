import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field, fieldAria } from '#web/forms/Field';
import { useActionProblem } from '#web/forms/useActionProblem';
import { adminKeys, updateOrganisation, type OrganisationView } from './adminApi';

type Props = { organisation: OrganisationView; onStatus: (message: string) => void };

export function OrganisationRow({ organisation, onStatus }: Props) {
  const { t } = useTranslation('admin');
  return (
    <tr>
      <td>{organisation.code}</td>
      <th scope="row">{organisation.name}</th>
      <td>{t(`organisations.types.${organisation.type}`)}</td>
      <td>{organisation.countyName ?? ''}</td>
      <td>{organisation.parentName ?? ''}</td>
      <td>
        <ContactEditor organisation={organisation} onStatus={onStatus} />
      </td>
    </tr>
  );
}

/** The contact address, with a disclosure to change it in place. */
function ContactEditor({ organisation, onStatus }: Props) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [value, setValue] = useState(organisation.contactEmail ?? '');
  const { problem, attempt } = useActionProblem();
  const save = useMutation({ mutationFn: (contactEmail: string | null) => updateOrganisation(organisation.id, { contactEmail }) });
  const fieldId = `contact-${organisation.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await attempt(async () => {
      await save.mutateAsync(value.trim() || null);
      await queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
      onStatus(t('organisations.contactSaved', { name: organisation.name }));
    });
  }

  return (
    <>
      {organisation.contactEmail ?? <span className="muted">{t('organisations.noContact')}</span>}
      <details>
        <summary>
          {t('organisations.editContact')}
          <span className="visually-hidden">{` – ${organisation.name}`}</span>
        </summary>
        <form onSubmit={submit} noValidate>
          <Field id={fieldId} label={t('organisations.contactEmailFor', { name: organisation.name })} error={problem}>
            <input
              id={fieldId}
              type="email"
              className="field__input"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              {...fieldAria(fieldId, { error: problem })}
            />
          </Field>
          <button type="submit" className="button button--small" disabled={save.isPending}>
            {t('organisations.save')}
          </button>
        </form>
      </details>
    </>
  );
}
