import { createContext, useContext } from 'react';

/** The ids of one form's parts: unique on the page, so a page can hold several forms. */
export type FormIds = {
  summaryId: string;
  /** The id of a field's control, from its name (`areas.0.name` → `areas-0-name`, after the form's prefix). */
  fieldId: (name: string) => string;
  /** The summary's line for a field's problem; by default the message itself (it names the field: "Namn: fyll i"). */
  summaryLine?: (name: string, message: string) => string;
};

export const formIds = (summaryId = 'error-summary', fieldPrefix = ''): FormIds => ({
  summaryId,
  fieldId: (name) => fieldPrefix + name.replaceAll('.', '-'),
});

/** The id of the summary line for the form's own problem: the fields it marks point at it. */
export const formProblemId = (ids: FormIds) => `${ids.summaryId}-form-problem`;

export const FormIdsContext = createContext<FormIds>(formIds());
export const useFormIds = () => useContext(FormIdsContext);
