import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelField, PlainText, TextPair } from './fields';

/** The texts the survey shows around the areas: source, scope, the defined term, answer buttons, comment field. */
export const GeneralTexts = memo(function GeneralTexts() {
  const { t } = useTranslation('bankEditor');
  return (
    <fieldset className="bank-fieldset" id="bank-general">
      <legend>{t('general.legend')}</legend>
      <TextPair path={['scope']} label={t('general.scope')} multiline />
      <TextPair path={['definition', 'term']} label={t('general.definitionTerm')} />
      <TextPair path={['definition', 'text']} label={t('general.definitionText')} multiline />
      <TextPair path={['answerLabels', 'yes']} label={t('general.yes')} />
      <TextPair path={['answerLabels', 'no']} label={t('general.no')} />
      <TextPair path={['comment', 'label']} label={t('general.commentLabel')} />
      <PlainText
        path={['comment', 'maxLength']}
        label={t('general.commentMaxLength')}
        hint={t('general.commentMaxLengthHint')}
        inputMode="numeric"
        className="field__input bank-number"
      />
      <TextPair path={['source']} label={t('general.source')} multiline />
    </fieldset>
  );
});

/** MSB's four maturity levels as the results describe them, and which one is the target. */
export const LevelTexts = memo(function LevelTexts({ levels }: { levels: number[] }) {
  const { t } = useTranslation('bankEditor');
  return (
    <fieldset className="bank-fieldset" id="bank-levels">
      <legend>{t('levels.legend')}</legend>
      {levels.map((level, index) => (
        <fieldset key={level} className="bank-subfieldset">
          <legend>{t('levels.level', { level })}</legend>
          <TextPair path={['levels', index, 'title']} label={t('levels.title')} />
          <TextPair path={['levels', index, 'description']} label={t('levels.description')} multiline />
        </fieldset>
      ))}
      <LevelField path={['scoring', 'targetLevel']} label={t('levels.target')} hint={t('levels.targetHint')} />
    </fieldset>
  );
});
