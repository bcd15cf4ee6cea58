import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankDraft } from './draft';
import { LevelField, PlainText, TextPair } from './fields';

type GeneralProps = Pick<BankDraft, 'source' | 'scope' | 'definition' | 'answerLabels' | 'comment'>;

/** The texts the survey shows around the areas: source, scope, the defined term, answer buttons, comment field. */
export const GeneralTexts = memo(function GeneralTexts({ source, scope, definition, answerLabels, comment }: GeneralProps) {
  const { t } = useTranslation('bankEditor');
  return (
    <fieldset className="bank-fieldset" id="bank-general">
      <legend>{t('general.legend')}</legend>
      <TextPair path={['scope']} value={scope} label={t('general.scope')} multiline />
      <TextPair path={['definition', 'term']} value={definition.term} label={t('general.definitionTerm')} />
      <TextPair path={['definition', 'text']} value={definition.text} label={t('general.definitionText')} multiline />
      <TextPair path={['answerLabels', 'yes']} value={answerLabels.yes} label={t('general.yes')} />
      <TextPair path={['answerLabels', 'no']} value={answerLabels.no} label={t('general.no')} />
      <TextPair path={['comment', 'label']} value={comment.label} label={t('general.commentLabel')} />
      <PlainText
        path={['comment', 'maxLength']}
        value={comment.maxLength}
        label={t('general.commentMaxLength')}
        hint={t('general.commentMaxLengthHint')}
        inputMode="numeric"
        className="field__input bank-number"
      />
      <TextPair path={['source']} value={source} label={t('general.source')} multiline />
    </fieldset>
  );
});

type LevelsProps = { levels: BankDraft['levels']; targetLevel: BankDraft['scoring']['targetLevel'] };

/** MSB's four maturity levels as the results describe them, and which one is the target. */
export const LevelTexts = memo(function LevelTexts({ levels, targetLevel }: LevelsProps) {
  const { t } = useTranslation('bankEditor');
  return (
    <fieldset className="bank-fieldset" id="bank-levels">
      <legend>{t('levels.legend')}</legend>
      {levels.map((level, index) => (
        <fieldset key={level.level} className="bank-subfieldset">
          <legend>{t('levels.level', { level: level.level })}</legend>
          <TextPair path={['levels', index, 'title']} value={level.title} label={t('levels.title')} />
          <TextPair path={['levels', index, 'description']} value={level.description} label={t('levels.description')} multiline />
        </fieldset>
      ))}
      <LevelField path={['scoring', 'targetLevel']} value={targetLevel} label={t('levels.target')} hint={t('levels.targetHint')} />
    </fieldset>
  );
});
