import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { serverRule } from '#web/forms/schemaResolver';
import { SelectField } from '#web/forms/SelectField';
import { ROLES, isOrganisationRole, type Role } from '#shared/api/roles';
import { OrganisationPicker } from './OrganisationPicker';

export type RoleChoice = { role: Role; organisationId: string };

type Props = {
  idPrefix: string;
  value: RoleChoice;
  onChange: (value: RoleChoice) => void;
  organisationError?: string;
};

/** A role and, for respondents and viewers, the organisation it is held for. */
export function RoleFields({ idPrefix, value, onChange, organisationError }: Props) {
  const { t } = useTranslation('admin');
  const { t: tCommon } = useTranslation();
  return (
    <>
      <SelectField id={`${idPrefix}-role`} label={t('roles.role')} value={value.role} onChange={(role) => onChange({ ...value, role: role as Role })}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {tCommon(`roles.${role}`)}
          </option>
        ))}
      </SelectField>
      {isOrganisationRole(value.role) && (
        <OrganisationPicker
          id={`${idPrefix}-organisation`}
          label={t('roles.organisation')}
          hint={t('roles.organisationHint')}
          emptyLabel={t('roles.chooseOrganisation')}
          value={value.organisationId}
          onChange={(organisationId) => onChange({ ...value, organisationId })}
          error={organisationError}
          required
        />
      )}
    </>
  );
}

/** The grant to send, or null when an organisation role lacks its organisation. */
export function toGrant(choice: RoleChoice) {
  if (!isOrganisationRole(choice.role)) return { role: choice.role, organisationId: null };
  return choice.organisationId ? { role: choice.role, organisationId: Number(choice.organisationId) } : null;
}

/** A form's role and organisation (`role`, `organisation`): an organisation role needs its organisation. */
export const hasOrganisationIfNeeded = (choice: { role: Role; organisation: string }) =>
  !isOrganisationRole(choice.role) || choice.organisation !== '';
/** The refinement's params: the refusal is the missing organisation's, in the server's words. */
export const organisationRequired = {
  path: ['organisation'],
  params: serverRule('required'),
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};

/** RoleFields on the surrounding Form's `role` and `organisation`: the form's fieldPrefix must be `${idPrefix}-`, so ids are the fields'. */
export function FormRoleFields({ idPrefix }: { idPrefix: string }) {
  const role = useController({ name: 'role' });
  const organisation = useController({ name: 'organisation' });
  return (
    <RoleFields
      idPrefix={idPrefix}
      value={{ role: role.field.value as Role, organisationId: organisation.field.value as string }}
      onChange={(next) => {
        role.field.onChange(next.role);
        organisation.field.onChange(next.organisationId);
      }}
      organisationError={organisation.fieldState.error?.message}
    />
  );
}
