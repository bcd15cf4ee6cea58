import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormTextField } from '#web/forms/Form';
import { serverRule } from '#web/forms/schemaResolver';
import { localToIso } from './roundAdminApi';

/** A time typed in a datetime-local input, sent as the ISO time the API takes. */
const localTime = z.string().min(1).transform(localToIso);

/** Opening and closing time of a round, both required. */
export const windowShape = { opensAt: localTime, closesAt: localTime };

/** Closing after opening (the server's own `must_be_later` rule, so it reads the same from either). */
export const closingAfterOpening = <Schema extends z.ZodType<{ opensAt: string; closesAt: string }>>(schema: Schema) =>
  schema.refine((window) => window.closesAt > window.opensAt, { path: ['closesAt'], params: serverRule('must_be_later') });

/** Opening and closing time as native datetime-local inputs (keyboard and screen-reader friendly), in the surrounding Form. */
export function WindowFields() {
  const { t } = useTranslation('rounds');
  return (
    <>
      {(['opensAt', 'closesAt'] as const).map((field) => (
        <FormTextField
          key={field}
          name={field}
          type="datetime-local"
          label={t(`fields.${field}`)}
          hint={t('fields.localTimeHint')}
          autoComplete="off"
          required={false}
        />
      ))}
    </>
  );
}
