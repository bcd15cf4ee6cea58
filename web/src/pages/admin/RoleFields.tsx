import { useTranslation } from 'react-i18next';
import { ROLES, isOrganisationRole, type Role } from '#shared/api/roles';
import { SelectField } from '#web/forms/SelectField';
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
