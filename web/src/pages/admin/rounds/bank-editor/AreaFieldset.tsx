import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankDraft, OptionDraft } from './draft';
import { GroupProblem, LevelField, TextPair, useGroupProblemIds } from './fields';
import { inLanguage, ruleProblemName } from './problems';

type Props = {
  area: BankDraft['areas'][number];
  index: number;
  legend: string;
  /** The options of the area's follow-up scale, in rank order. */
  options: OptionDraft[];
};

const GUIDANCE_LEVELS = [2, 3, 4] as const;

/** One area, as the survey shows it: texts, follow-up question, its scoring rule and what the next level takes. */
export const AreaFieldset = memo(function AreaFieldset({ area, index, legend, options }: Props) {
  const { t, i18n } = useTranslation('bankEditor');
  const areaPath = ['areas', index] as const;
  const rulePath = ['scoring', 'areas', area.key] as const;
  const ruleProblem = ruleProblemName(area.key);
  const ruleProblemIds = useGroupProblemIds(ruleProblem);
  return (
    <fieldset className="bank-fieldset" id={`bank-area-${area.key}`} data-testid={`bank-area-${area.key}`}>
      <legend>{legend}</legend>
      <p className="field__hint">{t('area.key', { key: area.key })}</p>
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
