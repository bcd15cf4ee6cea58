import { memo, useEffect, useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { areasOnScale, newOption, withOptionAdded, type BankDraft } from './draft';
import { GroupProblem, PlainText, TextPair, useEditor } from './fields';
import { bankFieldId, scaleProblemName } from './problems';

type Props = {
  name: string;
  /** "Svarsalternativ för följdfrågan i områdena 2–10" */
  legend: string;
};

/**
 * The answer options of a follow-up, shared by every area that uses the
 * scale. Saved options keep their key (answers and comparisons refer to it);
 * options added here get a key and may be removed again until saved. Every
 * area on the scale has a level per option, by position: adding or removing
 * an option adds or removes it there too.
 */
export const ScaleFieldset = memo(function ScaleFieldset({ name, legend }: Props) {
  const { t } = useTranslation('bankEditor');
  const { readOnly } = useEditor();
  const { control, getValues, setValue } = useFormContext<BankDraft>();
  const options = useFieldArray({ control, name: `followupScales.${name}.options` });
  const path = ['followupScales', name] as const;
  const addButton = useRef<HTMLButtonElement>(null);
  const count = options.fields.length;
  const shownCount = useRef(count);
  // An added option's key field takes focus; after a removal, the add button does.
  useEffect(() => {
    if (count > shownCount.current) document.getElementById(bankFieldId(`followupScales.${name}.options.${count - 1}.key`))?.focus();
    else if (count < shownCount.current) addButton.current?.focus();
    shownCount.current = count;
  }, [count, name]);

  function changeRules(change: (levels: BankDraft['scoring']['areas'][string]) => BankDraft['scoring']['areas'][string]['levels']) {
    for (const key of areasOnScale(getValues(), name)) {
      const rule = getValues(`scoring.areas.${key}`);
      if (rule) setValue(`scoring.areas.${key}.levels`, change(rule), { shouldDirty: true });
    }
  }
  function add() {
    options.append(newOption(), { shouldFocus: false });
    changeRules(withOptionAdded);
  }
  function remove(index: number) {
    options.remove(index);
    changeRules((rule) => rule.levels.toSpliced(index, 1));
  }

  return (
    <fieldset className="bank-fieldset" id={`bank-scale-${name}`}>
      <legend>{legend}</legend>
      <p className="field__hint">{t('scale.intro')}</p>
      <GroupProblem name={scaleProblemName(name)} />
      {options.fields.map((option, index) => {
        const number = index + 1;
        const optionPath = [...path, 'options', index];
        return (
          <fieldset key={option.id} className="bank-subfieldset">
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
                label={t('scale.keyLabel', { number })}
                hint={t('scale.keyHint')}
                className="field__input bank-key"
              />
            )}
            <TextPair path={[...optionPath, 'label']} label={t('scale.label')} />
            <TextPair path={[...optionPath, 'description']} label={t('scale.description')} multiline required={false} />
            {option.isNew && !readOnly && (
              <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
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
          <button ref={addButton} type="button" className="button button--secondary" onClick={add} aria-describedby={`bank-scale-${name}-add-hint`}>
            {t('scale.add')}
          </button>
        </>
      )}
    </fieldset>
  );
});
