import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '#web/app/paths';
import { useSession } from '#web/auth/session';
import { LoadingMessage } from '#web/components/LoadingMessage';
import { QueryError } from '#web/components/QueryError';
import { TableScroll } from '#web/components/TableScroll';
import { usePageTitle } from '#web/components/usePageTitle';
import { groupQuery } from './accessApi';
import { GroupPlanTable } from './GroupPlanTable';
import './organisation.css';

/**
 * The group page: a kommun and the organisations it is a group of (its
 * companies, the kommunalförbund it is a member of), level per area side by
 * side, each in its latest round. A table, so it reads the same to everyone;
 * at 320 px it scrolls sideways in its own region.
 */
export default function GroupPage() {
  const { t, i18n } = useTranslation('access');
  const user = useSession().user!;
  const groups = [
    ...new Map(
      user.roles.flatMap((r) =>
        r.organisationId !== null && user.groupMembers.some((m) => m.groupId === r.organisationId)
          ? [[r.organisationId, r.organisationName ?? '']]
          : [],
      ),
    ).entries(),
  ];
  const [params, setParams] = useSearchParams();
  const chosenId = Number(params.get('id')) || groups[0]?.[0];
  const lang = i18n.language === 'en' ? 'en' : 'sv';
  const view = useQuery({ ...groupQuery(chosenId ?? 0, lang), enabled: chosenId !== undefined });
  const title = view.data ? t('group.titleFor', { name: view.data.group.name }) : t('group.title');
  usePageTitle(title);

  if (chosenId === undefined) {
    return (
      <div className="page">
        <h1>{t('group.title')}</h1>
        <p>{t('group.noGroup')}</p>
      </div>
    );
  }
  return (
    <div className="page group-page">
      <h1>{title}</h1>
      <p className="lead">{t('group.intro')}</p>
      {groups.length > 1 && (
        <label className="field">
          <span className="field__label">{t('organisation')}</span>
          <select className="field__input" value={chosenId} onChange={(e) => setParams({ id: e.target.value })}>
            {groups.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
      )}
      {view.isPending && <LoadingMessage />}
      {view.error && <QueryError error={view.error} retrying={view.isFetching} onRetry={() => void view.refetch()} />}
      {view.data && view.data.rows.length === 1 && <p>{t('group.noMembers', { name: view.data.group.name })}</p>}
      {view.data && (
        <TableScroll labelledBy="group-caption">
          <table className="data-table group-table" data-testid="group-table">
            <caption id="group-caption">{t('group.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('group.organisation')}</th>
                <th scope="col">{t('group.round')}</th>
                <th scope="col">{t('group.status')}</th>
                {view.data.areas.map((area) => (
                  <th key={area.key} scope="col">
                    {area.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.data.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.isGroup ? (
                      t('group.self', { name: row.name })
                    ) : (
                      <Link to={`${paths.results}?organisation=${row.id}`} aria-label={t('group.resultsFor', { name: row.name })}>
                        {row.name}
                      </Link>
                    )}
                  </th>
                  <td>{row.year ?? '–'}</td>
                  <td>{t(`group.statuses.${row.status ?? 'not_invited'}`)}</td>
                  {row.levels.map((level, index) => (
                    <td key={view.data.areas[index]!.key}>
                      {level === null ? <abbr title={t('group.noLevelLabel')}>{t('group.noLevel')}</abbr> : level}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {view.data && <GroupPlanTable view={view.data} />}
    </div>
  );
}
