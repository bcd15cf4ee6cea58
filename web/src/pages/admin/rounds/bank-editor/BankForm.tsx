import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { QuestionBankFile } from '#shared/question-bank/schema';
import { ApiError } from '#web/api/client';
import { describeApiError } from '#web/api/errorMessages';
import { ProblemSummary } from '#web/forms/ErrorSummary';
import { roundKeys, roundQueries, saveBankVersion } from '#web/pages/admin/rounds/roundAdminApi';
import { AreaFieldset } from './AreaFieldset';
import { ConfirmDialog } from './ConfirmDialog';
import { addOption, removeOption, toDocument, toDraft, type BankDraft, type Path } from './draft';
import { EditorContext } from './fields';
import { GeneralTexts, LevelTexts } from './GeneralTexts';
import { JsonDisclosure } from './JsonDisclosure';
import { areaLegend, issuesFromServer, placeProblems, scaleLegend, validateDraft, type PlacedProblem } from './problems';
import { ScaleFieldset } from './ScaleFieldset';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

type Props = { initial: QuestionBankFile; version: string; readOnly: boolean; onClose: () => void };

/**
 * The editing state of one version: the draft, the last saved state (to
 * tell unsaved changes and to undo them), and the problems of the last save,
 * placed on their fields.
 */
export function BankForm({ initial, version, readOnly, onClose }: Props) {
  const { t, i18n } = useTranslation('bankEditor');
  const { t: tCommon } = useTranslation();
  const queryClient = useQueryClient();
  // The draft lives in react-hook-form: its default values are the last saved state, so isDirty tells unsaved changes.
  const form = useForm<BankDraft>({ defaultValues: toDraft(initial) });
  const draft = useWatch({ control: form.control }) as BankDraft;
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [notice, setNotice] = useState<string>();
  const [confirmingUndo, setConfirmingUndo] = useState(false);
  const save = useMutation({ mutationFn: (bank: QuestionBankFile) => saveBankVersion(version, bank) });
  const dirty = !readOnly && form.formState.isDirty;

  const { getValues, reset, setValue } = form;
  /** A change of several places at once (an option added or removed, a document loaded): the saved state stays the default. */
  const change = useCallback(
    (next: (draft: BankDraft) => BankDraft) => {
      reset(next(getValues()), { keepDefaultValues: true });
      setNotice(undefined);
    },
    [getValues, reset],
  );
  const update = useCallback(
    (path: Path, value: unknown) => {
      setValue(path.join('.') as FieldPath<BankDraft>, value as never, { shouldDirty: true });
      setNotice(undefined);
    },
    [setValue],
  );
  const onAdd = useCallback((scale: string) => change((d) => addOption(d, scale)), [change]);
  const onRemove = useCallback((scale: string, index: number) => change((d) => removeOption(d, scale, index)), [change]);
  const problemsByKey = useMemo(() => new Map(problems.map((p) => [p.errorKey, p])), [problems]);
  const context = useMemo(() => ({ readOnly, problems: problemsByKey, update }), [readOnly, problemsByKey, update]);

  function fail(next: PlacedProblem[]) {
    setProblems(inFormOrder(next));
    setFailedSubmits((count) => count + 1);
  }

  const formProblem = (message: string): PlacedProblem => ({ errorKey: 'bank-form', fieldId: undefined, message, summary: message });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (readOnly || save.isPending) return;
    const issues = validateDraft(draft);
    if (issues.length > 0) return fail(placeProblems(issues, draft, t, i18n.language));
    const bank = toDocument(draft);
    try {
      await save.mutateAsync(bank);
    } catch (error) {
      return fail(describeSaveFailure(error));
    }
    reset(draft);
    setProblems([]);
    setNotice(t('state.saved', { version }));
    queryClient.setQueryData(roundQueries.bankVersion(version).queryKey, bank);
  }

  function describeSaveFailure(error: unknown): PlacedProblem[] {
    if (error instanceof ApiError && error.status === 400) {
      const issues = issuesFromServer(error.detailsFor('validation_failed'));
      if (issues.length > 0) return placeProblems(issues, draft, t, i18n.language);
    }
    if (error instanceof ApiError && error.status === 409) {
      void queryClient.invalidateQueries({ queryKey: roundKeys.bankVersions });
      return [formProblem(t('errors.frozen'))];
    }
    return [formProblem(describeApiError(error, tCommon))];
  }

  function undo() {
    setConfirmingUndo(false);
    reset();
    setProblems([]);
    setNotice(t('state.undone'));
  }

  const stateText = notice ?? (dirty ? t('state.dirty') : t('state.clean'));
  const actions = (where: 'top' | 'bottom') => (
    <div className={`bank-actions bank-actions--${where}`}>
      {/* Announced once, at the bottom: the top copy is for reading. */}
      <p className="bank-actions__state" role={where === 'bottom' ? 'status' : undefined} data-testid={where === 'bottom' ? 'bank-state' : undefined}>
        {stateText}
      </p>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>
          {t('actions.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setConfirmingUndo(true)} disabled={!dirty}>
          {t('actions.undo')}
        </button>
        {where === 'bottom' && (
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('actions.close')}
          </button>
        )}
      </div>
    </div>
  );

  const scales = Object.entries(draft.followupScales);
  return (
    <EditorContext.Provider value={context}>
      <form className="bank-form" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="editor-title">
        <ProblemSummary
          id="bank-error-summary"
          focusKey={failedSubmits}
          problems={problems.map((p) => ({ id: `${p.errorKey}-problem`, message: p.summary, fieldId: p.fieldId }))}
        />
        {!readOnly && actions('top')}
        <nav aria-label={t('contents')} className="bank-contents">
          <ul>
            <li>
              <a href="#bank-general">{t('general.legend')}</a>
            </li>
            <li>
              <a href="#bank-levels">{t('levels.legend')}</a>
            </li>
            {scales.map(([name]) => (
              <li key={name}>
                <a href={`#bank-scale-${name}`}>{scaleLegend(draft, name, t)}</a>
              </li>
            ))}
            {draft.areas.map((area, index) => (
              <li key={area.key}>
                <a href={`#bank-area-${area.key}`}>{areaLegend(draft, index, t, i18n.language)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <GeneralTexts
          source={draft.source}
          scope={draft.scope}
          definition={draft.definition}
          answerLabels={draft.answerLabels}
          comment={draft.comment}
        />
        <LevelTexts levels={draft.levels} targetLevel={draft.scoring.targetLevel} />
        {scales.map(([name, scale]) => (
          <ScaleFieldset key={name} name={name} options={scale.options} legend={scaleLegend(draft, name, t)} onAdd={onAdd} onRemove={onRemove} />
        ))}
        {draft.areas.map((area, index) => (
          <AreaFieldset
            key={area.key}
            area={area}
            index={index}
            legend={areaLegend(draft, index, t, i18n.language)}
            rule={draft.scoring.areas[area.key] ?? { no: 1, levels: [] }}
            options={draft.followupScales[area.followup.scale]?.options ?? []}
          />
        ))}
        <JsonDisclosure
          draft={draft}
          version={version}
          readOnly={readOnly}
          onLoad={(next) => {
            change(() => next);
            setNotice(t('json.loaded'));
          }}
        />
        {readOnly ? (
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('actions.closeView')}
          </button>
        ) : (
          actions('bottom')
        )}
      </form>
      {!readOnly && <UnsavedChangesGuard dirty={dirty} version={version} />}
      <ConfirmDialog
        open={confirmingUndo}
        title={t('undo.title')}
        text={t('undo.text')}
        confirmLabel={t('undo.confirm')}
        cancelLabel={t('undo.cancel')}
        onConfirm={undo}
        onCancel={() => setConfirmingUndo(false)}
      />
    </EditorContext.Provider>
  );
}

/** The summary lists problems as the form shows their fields (the whole form's first); the schema reports them in its own order. */
function inFormOrder(problems: PlacedProblem[]): PlacedProblem[] {
  const elementOf = (problem: PlacedProblem) => (problem.fieldId ? document.getElementById(problem.fieldId) : null);
  return [...problems].sort((a, b) => {
    const [x, y] = [elementOf(a), elementOf(b)];
    if (!x || !y) return (x ? 1 : 0) - (y ? 1 : 0);
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
