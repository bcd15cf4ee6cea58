import { useCallback, useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { QuestionBankFile } from '#shared/question-bank/schema';
import { Form } from '#web/forms/Form';
import { showServerError } from '#web/forms/serverErrors';
import { useSchemaForm } from '#web/forms/useSchemaForm';
import { roundKeys, roundQueries, saveBankVersion } from '#web/pages/admin/rounds/roundAdminApi';
import { AreaFieldset } from './AreaFieldset';
import { ConfirmDialog } from './ConfirmDialog';
import { toDraft, type BankDraft } from './draft';
import { EditorContext } from './fields';
import { GeneralTexts, LevelTexts } from './GeneralTexts';
import { JsonDisclosure } from './JsonDisclosure';
import {
  areaLegend,
  bankDraftSchema,
  bankFieldId,
  bankPlacement,
  placeIssue,
  scaleLegend,
  serverFieldName,
  serverPath,
  summaryLine,
} from './problems';
import { ScaleFieldset } from './ScaleFieldset';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

/**
 * What the form consists of and what its legends show: the scales, the levels,
 * the areas (key, title, scale). Compared deeply by useWatch, so typing a text
 * changes it only where a legend shows that text (an area's title).
 */
function bankOutline(draft: BankDraft) {
  return {
    scales: Object.keys(draft.followupScales),
    levels: draft.levels.map((level) => level.level),
    areas: draft.areas.map((area) => ({ key: area.key, title: area.title, followup: { scale: area.followup.scale } })),
  };
}

type Props = { initial: QuestionBankFile; version: string; readOnly: boolean; onClose: () => void };

/**
 * The editing state of one version, in react-hook-form: the draft, whose
 * default values are the last saved state (isDirty tells unsaved changes,
 * reset undoes them), checked with the bank schema on save; the problems of
 * the check or of the server's refusal sit on their fields.
 */
export function BankForm({ initial, version, readOnly, onClose }: Props) {
  const { t, i18n } = useTranslation('bankEditor');
  const queryClient = useQueryClient();
  const form = useSchemaForm(bankDraftSchema, toDraft(initial), { place: bankPlacement(t) });
  // The form's outline only (what is there and its legends), not its texts: a keystroke re-renders
  // this component only when it changes a legend (an area's title), and then only that fieldset.
  const outline = useWatch({ control: form.control, compute: bankOutline });
  const legends = useMemo(
    () => ({
      scales: outline.scales.map((name) => ({ name, legend: scaleLegend(outline, name, t) })),
      areas: outline.areas.map((area, index) => ({
        key: area.key,
        scale: area.followup.scale,
        legend: areaLegend(outline, index, t, i18n.language),
      })),
    }),
    [outline, t, i18n.language],
  );
  const [notice, setNotice] = useState<string>();
  const [confirmingUndo, setConfirmingUndo] = useState(false);
  const save = useMutation({ mutationFn: (bank: QuestionBankFile) => saveBankVersion(version, bank) });
  const dirty = !readOnly && form.formState.isDirty;
  const { getValues, reset, watch } = form;

  // Any change ends the notice of the last save, undo or load (those set theirs after their reset).
  useEffect(() => {
    const subscription = watch(() => setNotice(undefined));
    return () => subscription.unsubscribe();
  }, [watch]);

  async function submit(bank: QuestionBankFile) {
    if (readOnly || save.isPending) return;
    const saved = getValues();
    try {
      await save.mutateAsync(bank);
    } catch (error) {
      return showServerError(form, error, {
        fields: (field) => serverFieldName(field, getValues()) as never,
        message: (issue) => placeIssue(serverPath(issue.field), issue.message, getValues(), t).message,
        own: (refusal) => {
          if (refusal.status !== 409) return undefined;
          void queryClient.invalidateQueries({ queryKey: roundKeys.bankVersions });
          return { message: t('errors.frozen') };
        },
      });
    }
    reset(saved);
    setNotice(t('state.saved', { version }));
    queryClient.setQueryData(roundQueries.bankVersion(version).queryKey, bank);
  }

  function undo() {
    setConfirmingUndo(false);
    reset();
    setNotice(t('state.undone'));
  }

  const line = useCallback(
    (name: string, message: string) => summaryLine(name, message, getValues(), t, i18n.language),
    [getValues, t, i18n.language],
  );
  const context = useMemo(() => ({ readOnly }), [readOnly]);

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

  return (
    <EditorContext.Provider value={context}>
      <Form
        form={form}
        onSubmit={submit}
        className="bank-form"
        summaryId="bank-error-summary"
        fieldId={bankFieldId}
        summaryLine={line}
        aria-labelledby="editor-title"
      >
        {!readOnly && actions('top')}
        <nav aria-label={t('contents')} className="bank-contents">
          <ul>
            <li>
              <a href="#bank-general">{t('general.legend')}</a>
            </li>
            <li>
              <a href="#bank-levels">{t('levels.legend')}</a>
            </li>
            {legends.scales.map((scale) => (
              <li key={scale.name}>
                <a href={`#bank-scale-${scale.name}`}>{scale.legend}</a>
              </li>
            ))}
            {legends.areas.map((area) => (
              <li key={area.key}>
                <a href={`#bank-area-${area.key}`}>{area.legend}</a>
              </li>
            ))}
          </ul>
        </nav>
        <GeneralTexts />
        <LevelTexts levels={outline.levels} />
        {legends.scales.map((scale) => (
          <ScaleFieldset key={scale.name} name={scale.name} legend={scale.legend} />
        ))}
        {legends.areas.map((area, index) => (
          <AreaFieldset key={area.key} areaKey={area.key} index={index} legend={area.legend} scale={area.scale} />
        ))}
        <JsonDisclosure
          version={version}
          readOnly={readOnly}
          onLoad={(next) => {
            reset(next, { keepDefaultValues: true });
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
      </Form>
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
