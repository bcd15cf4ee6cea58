import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OptionDraft } from './draft';
import { GroupProblem, PlainText, TextPair, useEditor } from './fields';
import { fieldId } from './problems';

type Props = {
  name: string;
  options: OptionDraft[];
  /** "Svarsalternativ för följdfrågan i områdena 2–10" */
  legend: string;
  onAdd: (scale: string) => void;
  onRemove: (scale: string, index: number) => void;
};

/**
 * The answer options of a follow-up, shared by every area that uses the
 * scale. Saved options keep their key (answers and comparisons refer to it);
 * options added here get a key and may be removed again until saved.
 */
export const ScaleFieldset = memo(function ScaleFieldset({ name, options, legend, onAdd, onRemove }: Props) {
  const { t } = useTranslation('bankEditor');
  const { readOnly } = useEditor();
  const path = ['followupScales', name] as const;
  const addButton = useRef<HTMLButtonElement>(null);
  const shownCount = useRef(options.length);
  // An added option's key field takes focus; after a removal, the add button does.
  useEffect(() => {
    if (options.length > shownCount.current) document.getElementById(fieldId([...path, 'options', options.length - 1, 'key']))?.focus();
    else if (options.length < shownCount.current) addButton.current?.focus();
    shownCount.current = options.length;
  });
  return (
    <fieldset className="bank-fieldset" id={`bank-scale-${name}`}>
      <legend>{legend}</legend>
      <p className="field__hint">{t('scale.intro')}</p>
      <GroupProblem groupPath={path} />
      {options.map((option, index) => {
        const number = index + 1;
        const optionPath = [...path, 'options', index];
        return (
          <fieldset key={index} className="bank-subfieldset">
            <legend>
              {t('scale.option', { number })}
              {!option.isNew && (
                <>
                  {' – '}
                  {t('area.key', { key: option.key })}
                </>
              )}
            </legend>
            {option.isNew && (
              <PlainText
                path={[...optionPath, 'key']}
                value={option.key}
                label={t('scale.keyLabel', { number })}
                hint={t('scale.keyHint')}
                className="field__input bank-key"
              />
            )}
            <TextPair path={[...optionPath, 'label']} value={option.label} label={t('scale.label')} />
            <TextPair path={[...optionPath, 'description']} value={option.description} label={t('scale.description')} multiline required={false} />
            {option.isNew && !readOnly && (
              <button type="button" className="button button--secondary button--small" onClick={() => onRemove(name, index)}>
                {t('scale.remove', { number })}
              </button>
            )}
          </fieldset>
        );
      })}
      {!readOnly && (
        <>
          <p className="field__hint" id={`bank-scale-${name}-add-hint`}>
            {t('scale.addedHint')}
          </p>
          <button
            ref={addButton}
            type="button"
            className="button button--secondary"
            onClick={() => onAdd(name)}
            aria-describedby={`bank-scale-${name}-add-hint`}
          >
            {t('scale.add')}
          </button>
        </>
      )}
    </fieldset>
  );
});
