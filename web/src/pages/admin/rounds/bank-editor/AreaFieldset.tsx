import { memo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { BankDraft, OptionDraft } from './draft';
import { GroupProblem, LevelField, TextPair, useGroupProblemIds } from './fields';
import { inLanguage, ruleProblemName } from './problems';

type Props = {
  areaKey: string;
  index: number;
  legend: string;
  /** The name of the area's follow-up scale. */
  scale: string;
};

const optionLabels = (options: OptionDraft[] | undefined) => (options ?? []).map((option) => ({ key: option.key, label: option.label }));

const GUIDANCE_LEVELS = [2, 3, 4] as const;

/** One area, as the survey shows it: texts, follow-up question, its scoring rule and what the next level takes. */
export const AreaFieldset = memo(function AreaFieldset({ areaKey, index, legend, scale }: Props) {
  const { t, i18n } = useTranslation('bankEditor');
  const { control } = useFormContext<BankDraft>();
  // The scale's options as the rule's labels show them (in rank order): re-renders only when a label or key changes.
  const options = useWatch({ control, name: `followupScales.${scale}.options`, compute: optionLabels });
  const areaPath = ['areas', index] as const;
  const rulePath = ['scoring', 'areas', areaKey] as const;
  const ruleProblem = ruleProblemName(areaKey);
  const ruleProblemIds = useGroupProblemIds(ruleProblem);
  return (
    <fieldset className="bank-fieldset" id={`bank-area-${areaKey}`} data-testid={`bank-area-${areaKey}`}>
      <legend>{legend}</legend>
      <p className="field__hint">{t('area.key', { key: areaKey })}</p>
      <TextPair path={[...areaPath, 'title']} label={t('area.title')} />
      <TextPair path={[...areaPath, 'mainQuestion']} label={t('area.mainQuestion')} multiline />
      <TextPair path={[...areaPath, 'description']} label={t('area.description')} multiline />
      <TextPair path={[...areaPath, 'followup', 'question']} label={t('area.followupQuestion')} multiline />

      <fieldset className="bank-subfieldset">
        <legend>{t('area.rule')}</legend>
        <p className="field__hint">{t('area.ruleHint')}</p>
        <GroupProblem name={ruleProblem} />
        <div className="bank-levels">
          <LevelField path={[...rulePath, 'no']} label={t('area.no')} problemIds={ruleProblemIds} />
          {options.map((option, optionIndex) => (
            <LevelField
              key={optionIndex}
              path={[...rulePath, 'levels', optionIndex]}
              label={t('area.yesWith', { option: inLanguage(option.label, i18n.language) || '…', key: option.key || '…' })}
              problemIds={ruleProblemIds}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="bank-subfieldset">
        <legend>{t('area.guidance')}</legend>
        {GUIDANCE_LEVELS.map((level) => (
          <TextPair key={level} path={[...areaPath, 'guidance', level]} label={t('area.toLevel', { level })} multiline />
        ))}
      </fieldset>
    </fieldset>
  );
});
