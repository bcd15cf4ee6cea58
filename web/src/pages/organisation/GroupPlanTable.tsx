import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupView } from '#shared/api/groups';
import { paths } from '#web/app/paths';
import { formatShare } from '#web/components/formatters';
import { TableScroll } from '#web/components/TableScroll';
import { formatDay } from '#web/pages/admin/format';

/**
 * The action plans of the group's organisations side by side: actions by
 * status, the overdue ones, and the latest round's follow-up of the actions
 * planned before it. A table, so it reads the same to everyone; at 320 px it
 * scrolls sideways in its own region. Each row links to the organisation's
 * plan page (/handlingsplan?organisation=…), which a group reader reads.
 */
export function GroupPlanTable({ view }: { view: GroupView }) {
  const { t, i18n } = useTranslation('access');
  // Nothing to follow up: no share to give.
  const share = (count: number, whole: number) =>
    whole === 0 ? String(count) : t('group.followUpShare', { count, share: formatShare(count, whole, i18n.language) });
  return (
    <section aria-labelledby="group-plan-heading" className="organisation-section">
      <h2 id="group-plan-heading">{t('group.planHeading')}</h2>
      <p>{t('group.planIntro')}</p>
      <TableScroll labelledBy="group-plan-caption">
        <table className="data-table group-table" data-testid="group-plan-table">
          <caption id="group-plan-caption">{t('group.planCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('group.organisation')}</th>
              <th scope="col">{t('group.planned')}</th>
              <th scope="col">{t('group.inProgress')}</th>
              <th scope="col">{t('group.done')}</th>
              <th scope="col">{t('group.stopped')}</th>
              <th scope="col">{t('group.overdue')}</th>
              <th scope="col">{t('group.followUpRound')}</th>
              <th scope="col">{t('group.followUpActions')}</th>
              <th scope="col">{t('group.followUpYes')}</th>
              <th scope="col">{t('group.followUpPartly')}</th>
              <th scope="col">{t('group.followUpNo')}</th>
              <th scope="col">{t('group.planLink')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => {
              const { plan } = row;
              const followUp = plan.followUp;
              return (
                <tr key={row.id}>
                  <th scope="row">{row.isGroup ? t('group.self', { name: row.name }) : row.name}</th>
                  <td>{plan.planned}</td>
                  <td>{plan.inProgress}</td>
                  <td>{plan.done}</td>
                  <td>{plan.stopped}</td>
                  <td>
                    {plan.overdue}
                    {plan.oldestOverdueOn && (
                      <span className="group-table__note">{t('group.oldestOverdue', { date: formatDay(plan.oldestOverdueOn, i18n.language) })}</span>
                    )}
                  </td>
                  {followUp ? (
                    <>
                      <td>{followUp.year}</td>
                      <td>{followUp.actions}</td>
                      <td>{share(followUp.yes, followUp.actions)}</td>
                      <td>{share(followUp.partly, followUp.actions)}</td>
                      <td>{share(followUp.no, followUp.actions)}</td>
                    </>
                  ) : (
                    <>
                      <td>{t('group.noFollowUp')}</td>
                      <td>–</td>
                      <td>–</td>
                      <td>–</td>
                      <td>–</td>
                    </>
                  )}
                  <td>
                    <Link to={`${paths.plan}?organisation=${row.id}`} aria-label={t('group.planFor', { name: row.name })}>
                      {t('group.planLink')}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
