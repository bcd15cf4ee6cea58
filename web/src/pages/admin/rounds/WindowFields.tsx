import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

type WindowValues = { opensAt: string; closesAt: string };
type WindowForm = {
  values: WindowValues;
  fieldProps: (field: 'opensAt' | 'closesAt') => {
    id: string;
    value: string;
    onChange: (value: string) => void;
    error?: string | undefined;
  };
};

/** The field problems of a window: both set, closing after opening. */
export function windowProblems(values: WindowValues, t: TFunction<'rounds'>) {
  return {
    opensAt: values.opensAt ? undefined : t('validation.opensAt'),
    closesAt: !values.closesAt
      ? t('validation.closesAt')
      : values.opensAt && values.closesAt <= values.opensAt
        ? t('validation.closesAfterOpens')
        : undefined,
  };
}

/** Opening and closing time as native datetime-local inputs (keyboard and screen-reader friendly). */
export function WindowFields({ form }: { form: WindowForm }) {
  const { t } = useTranslation('rounds');
  return (
    <>
      {(['opensAt', 'closesAt'] as const).map((field) => {
        const props = form.fieldProps(field);
        return (
          <div key={field} className={props.error ? 'field field--invalid' : 'field'}>
            <label htmlFor={props.id} className="field__label">
              {t(`fields.${field}`)}
            </label>
            <p id={`${props.id}-hint`} className="field__hint">
              {t('fields.localTimeHint')}
            </p>
            {props.error && (
              <p id={`${props.id}-error`} className="field__error">
                {props.error}
              </p>
            )}
            <input
              id={props.id}
              name={props.id}
              type="datetime-local"
              className="field__input"
              value={props.value}
              onChange={(event) => props.onChange(event.target.value)}
              aria-invalid={props.error ? true : undefined}
              aria-describedby={[`${props.id}-hint`, props.error ? `${props.id}-error` : null].filter(Boolean).join(' ')}
            />
          </div>
        );
      })}
    </>
  );
}
