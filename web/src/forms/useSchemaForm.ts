import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { schemaResolver, type SchemaResolverOptions } from './schemaResolver';

/**
 * react-hook-form checked by a zod schema (the shared request schema, or one
 * built on it), with the app's habits: errors change on submit only (not
 * while typing), and focus goes to the error summary, not the first field.
 */
export function useSchemaForm<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
  defaultValues: DefaultValues<Input>,
  resolverOptions?: SchemaResolverOptions<Input>,
) {
  return useForm<Input, unknown, Output>({
    resolver: schemaResolver(schema, resolverOptions),
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
}
