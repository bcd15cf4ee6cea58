import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AreaTable } from '#web/components/AreaTable';
import type { OrganisationResults } from './resultsApi';

/** The levels per area as a table: the accessible form of the bar chart, and what prints. */
export const LevelTable = memo(function LevelTable({ results }: { results: OrganisationResults }) {
  const { t } = useTranslation('results');
  const target = results.summary.targetLevel;
  return (
    <AreaTable
      caption={t('levels.heading')}
      captionHidden
      rowHeader={t('levels.area')}
      rows={results.areas}
      rowKey={(area) => area.key}
      rowTitle={(area) => area.title}
      columns={[
        {
          key: 'answer',
          header: t('levels.answer'),
          cell: (area) => {
            if (area.main === null) return t('levels.unanswered');
            if (area.followupLabel) return `${t(`levels.${area.main}`)}: ${area.followupLabel}`;
            // A yes without its follow-up has no level: say which answer is missing, here where the answers are.
            return area.main === 'yes' && area.level === null ? t('levels.followupMissing') : t(`levels.${area.main}`);
          },
          className: () => 'area-table__text',
        },
        {
          key: 'level',
          header: t('levels.level'),
          cell: (area) => (area.level === null ? t('levels.notScored') : area.level),
          className: (area) => (area.level !== null && area.level >= target ? 'level level--target' : 'level'),
        },
      ]}
    />
  );
});
