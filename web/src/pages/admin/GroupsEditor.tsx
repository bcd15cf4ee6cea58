import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { updateOrganisationBodySchema } from '#shared/api/organisations';
import { describeIssue } from '#web/api/errorMessages';
import { conjunctionFormat } from '#web/components/formatters';
import { Form } from '#web/forms/Form';
import { useFormIds } from '#web/forms/formIds';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { QueryStatus } from '#web/components/QueryStatus';
import { adminKeys, adminQueries, updateOrganisation, type OrganisationView } from './adminApi';
import { LazyDetails } from './LazyDetails';

type Props = { organisation: OrganisationView; onStatus: (message: string) => void };

/** The groups as the shared request takes them: kommuner by id, each once, at most 20. */
const groupsSchema = z.object({ groupIds: updateOrganisationBodySchema.shape.groupIds.unwrap() });
type GroupsValues = z.input<typeof groupsSchema>;

/** An organisation's groups, with a disclosure to change them in place (its form rendered on first opening). */
export function GroupsEditor({ organisation, onStatus }: Props) {
  const { t } = useTranslation('admin');
  const summary = (
    <>
      {t('organisations.editGroups')}
      <span className="visually-hidden">{` – ${organisation.name}`}</span>
    </>
  );
  return (
    <>
      <span data-testid="group-names">{organisation.groups.map((group) => group.name).join(', ')}</span>
      <LazyDetails summary={summary}>{() => <GroupsForm organisation={organisation} onStatus={onStatus} />}</LazyDetails>
    </>
  );
}

/**
 * The kommuner the organisation belongs to (decision 0021: only a kommun is a
 * group), chosen among some 290: a search field narrows a list of
 * checkboxes in alphabetical order (a chosen one stays chosen while it is
 * filtered out, and the chosen are named above the list); how many the
 * search shows is announced. The server's refusals (a kommun in itself or
 * in its own member) land on the group through showServerError.
 */
function GroupsForm({ organisation, onStatus }: Props) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const list = useQuery({ ...adminQueries.organisations({}), staleTime: 5 * 60_000 });
  const all = useMemo(() => list.data?.organisations ?? [], [list.data]);
  const kommuner = useMemo(() => all.filter((o) => o.type === 'kommun' && o.id !== organisation.id), [all, organisation.id]);
  const form = useSchemaForm(groupsSchema, { groupIds: organisation.groups.map((group) => group.id) });
  const save = useMutation({ mutationFn: (body: z.output<typeof groupsSchema>) => updateOrganisation(organisation.id, body) });

  async function submit(body: z.output<typeof groupsSchema>) {
    try {
      await save.mutateAsync(body);
      await queryClient.invalidateQueries({ queryKey: adminKeys.organisations });
      onStatus(t('organisations.groupsSaved', { name: organisation.name }));
    } catch (error) {
      const names = new Map(all.map((o) => [o.id, o.name]));
      showServerError(form, error, {
        // A refused group (body.groupIds.3) is a problem of the whole choice: on the group of checkboxes, naming the kommun.
        fields: (field) => (field === 'body.groupIds' || field.startsWith('body.groupIds.') ? 'groupIds' : undefined),
        message: (issue) => {
          const id = body.groupIds[Number(issue.field.split('.')[2])];
          const name = id === undefined ? undefined : names.get(id);
          return name ? `${describeIssue(issue)} (${name})` : undefined;
        },
      });
    }
  }

  // The kommuner to choose from: the list every admin picker shares (useAllOrganisations' query).
  if (!list.data) return <QueryStatus query={list} />;
  return (
    <Form form={form} onSubmit={submit} summaryId={`groups-error-summary-${organisation.id}`} fieldPrefix={`groups-${organisation.id}-`}>
      <GroupsField organisation={organisation} kommuner={kommuner} />
      <button type="submit" className="button button--small" disabled={save.isPending}>
        {t('organisations.groupsSave')}
      </button>
    </Form>
  );
}

function GroupsField({ organisation, kommuner }: { organisation: OrganisationView; kommuner: OrganisationView[] }) {
  const { t, i18n } = useTranslation('admin');
  const {
    field: { value: chosen, onChange, onBlur, ref },
    fieldState,
  } = useController<GroupsValues, 'groupIds'>({ name: 'groupIds' });
  const ids = useFormIds();
  const [search, setSearch] = useState('');
  const id = ids.fieldId('groupIds');
  const query = search.trim().toLocaleLowerCase('sv');
  const shown = query ? kommuner.filter((k) => k.name.toLocaleLowerCase('sv').includes(query) || k.code.toLowerCase().startsWith(query)) : kommuner;
  const chosenNames = kommuner.filter((k) => chosen.includes(k.id)).map((k) => k.name);
  const error = fieldState.error?.message || undefined;
  const toggle = (kommunId: number, on: boolean) => onChange(on ? [...chosen, kommunId] : chosen.filter((c) => c !== kommunId));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null, `${id}-chosen`].filter(Boolean).join(' ');

  return (
    <fieldset className={error ? 'group-picker group-picker--invalid' : 'group-picker'} aria-describedby={describedBy}>
      <legend>{t('organisations.groupsLegend', { name: organisation.name })}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('organisations.groupsHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <p id={`${id}-chosen`} className="group-picker__chosen">
        {chosenNames.length > 0
          ? t('organisations.groupsChosen', { names: conjunctionFormat(i18n.language).format(chosenNames) })
          : t('organisations.groupsNoneChosen')}
      </p>
      <div className="field">
        <label htmlFor={id} className="field__label">
          {t('organisations.groupsFilter')}
        </label>
        <input
          id={id}
          ref={ref}
          type="search"
          className="field__input"
          autoComplete="off"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-describedby={`${id}-shown`}
        />
      </div>
      <p id={`${id}-shown`} role="status" className="group-picker__count">
        {shown.length === 0 ? t('organisations.groupsNoMatch') : t('organisations.groupsShown', { shown: shown.length, total: kommuner.length })}
      </p>
      {shown.length > 0 && (
        <ul className="group-picker__list" aria-label={t('organisations.groupsListLabel')}>
          {shown.map((kommun) => (
            <li key={kommun.id}>
              <label className="group-picker__option">
                <input
                  type="checkbox"
                  checked={chosen.includes(kommun.id)}
                  onChange={(e) => toggle(kommun.id, e.target.checked)}
                  onBlur={onBlur}
                  aria-invalid={error ? true : undefined}
                />
                {kommun.name} ({kommun.code})
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
