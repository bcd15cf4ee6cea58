import { useMemo, type ComponentProps, type ReactNode } from 'react';
import { FormProvider, useController, type FieldValues, type SubmitHandler, type UseFormReturn } from 'react-hook-form';
import { ErrorSummary } from './ErrorSummary';
import { formIds, formProblemId, FormIdsContext, useFormIds, type FormIds } from './formIds';
import { SelectField } from './SelectField';
import { TextArea, TextField } from './TextField';

type FormProps<Input extends FieldValues, Output> = {
  form: UseFormReturn<Input, unknown, Output>;
  /** Runs with the checked (schema-parsed) values; report a failed call with showServerError. */
  onSubmit: SubmitHandler<Output>;
  children: ReactNode;
  /** Unique on the page: set both when a page has more than one form. */
  summaryId?: string;
  fieldPrefix?: string;
  /**
   * Where a field's name does not lead to its control or does not name it
   * (a problem of a group of fields: `followupScales.x.options.root`), the
   * control the summary links to and the summary's line.
   */
  fieldId?: FormIds['fieldId'];
  summaryLine?: FormIds['summaryLine'];
  className?: string;
  'aria-labelledby'?: string;
};

/**
 * A form on react-hook-form: the error summary above it, and the bound fields
 * inside (FormTextField, FormSelectField) take their value, error and id
 * from it. Not validated by the browser (noValidate): the schema does it.
 */
export function Form<Input extends FieldValues, Output>({
  form,
  onSubmit,
  children,
  summaryId,
  fieldPrefix,
  fieldId,
  summaryLine,
  ...rest
}: FormProps<Input, Output>) {
  const ids = useMemo(() => {
    const base = formIds(summaryId, fieldPrefix);
    return { ...base, fieldId: fieldId ?? base.fieldId, summaryLine };
  }, [summaryId, fieldPrefix, fieldId, summaryLine]);
  return (
    <FormProvider {...form}>
      <FormIdsContext value={ids}>
        <ErrorSummary />
        <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(onSubmit)(event)} {...rest}>
          {children}
        </form>
      </FormIdsContext>
    </FormProvider>
  );
}

type Bound<Props> = Omit<Props, 'id' | 'value' | 'onChange' | 'onBlur' | 'error'> & { name: string };

/** A TextField bound to the surrounding Form's field `name`: its value, its error, and the form's problem if that marks it. */
export function FormTextField({ name, ...props }: Bound<Omit<ComponentProps<typeof TextField>, 'inputRef' | 'describedByProblemIds'>>) {
  const { field, fieldState } = useController({ name });
  const ids = useFormIds();
  const error = fieldState.error;
  return (
    <TextField
      {...props}
      id={ids.fieldId(name)}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={error?.message || undefined}
      describedByProblemIds={error && !error.message ? [formProblemId(ids)] : []}
    />
  );
}

/** A SelectField bound to the surrounding Form's field `name`. */
export function FormSelectField({ name, ...props }: Bound<Omit<ComponentProps<typeof SelectField>, 'selectRef'>>) {
  const { field, fieldState } = useController({ name });
  const ids = useFormIds();
  return (
    <SelectField
      {...props}
      id={ids.fieldId(name)}
      value={String((field.value as string | number | null | undefined) ?? '')}
      onChange={field.onChange}
      onBlur={field.onBlur}
      selectRef={field.ref}
      error={fieldState.error?.message || undefined}
    />
  );
}

/** A TextArea bound to the surrounding Form's field `name`. */
export function FormTextArea({ name, ...props }: Bound<Omit<ComponentProps<typeof TextArea>, 'textareaRef'>>) {
  const { field, fieldState } = useController({ name });
  const ids = useFormIds();
  return (
    <TextArea
      {...props}
      id={ids.fieldId(name)}
      value={(field.value as string | undefined) ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      textareaRef={field.ref}
      error={fieldState.error?.message || undefined}
    />
  );
}
