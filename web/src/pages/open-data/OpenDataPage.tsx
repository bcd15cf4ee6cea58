import { useId } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryStatus } from '#web/components/QueryStatus';
import { TableScroll } from '#web/components/TableScroll';
import { dateTimeFormat } from '#web/components/formatters';
import { usePageTitle } from '#web/components/usePageTitle';
import { openDataQueries } from './openDataApi';
import './open-data.css';

/**
 * Open data for everyone, no login: the published rounds' files, the
 * DCAT-AP-SE catalogue and the licence (docs/open-data.md). The files are
 * the server's (/oppna-data/…), so the links are plain anchors.
 */
export default function OpenDataPage() {
  const { t, i18n } = useTranslation('openData');
  usePageTitle(t('title'));
  const list = useQuery(openDataQueries.list());
  const data = list.data;
  const captionId = useId();

  return (
    <div className="page page--narrow">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p>{t('suppression')}</p>
      <QueryStatus query={list} />
      {data && (
        <>
          <p>
            {t('licence', { name: data.licence.name })} <a href={data.licence.url}>{t('licenceLink')}</a>
          </p>
          <p>{t('publisher', { name: data.publisher })}</p>

          <h2>{t('datasetsHeading')}</h2>
          {data.datasets.length === 0 ? (
            <p>{t('empty')}</p>
          ) : (
            <TableScroll labelledBy={captionId}>
              <table className="open-data__table">
                <caption id={captionId}>{t('caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('year')}</th>
                    <th scope="col">{t('publishedAt')}</th>
                    <th scope="col">{t('files')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.datasets.map((dataset) => (
                    <tr key={dataset.year}>
                      <th scope="row">{dataset.year}</th>
                      <td>{dateTimeFormat(i18n.language).format(new Date(dataset.publishedAt))}</td>
                      <td>
                        <ul className="open-data__files">
                          {dataset.files.map((file) => (
                            <li key={file.format}>
                              <a href={file.url} type={file.mediaType}>
                                {t('fileLink', { year: dataset.year, format: file.format.toUpperCase() })}
                              </a>
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}

          <h2>{t('catalogHeading')}</h2>
          <p>
            {t('catalog')} <a href={data.catalogUrl}>{t('catalogLink')}</a>
          </p>

          <h2>{t('formatHeading')}</h2>
          <ul>
            <li>{t('jsonFormat')}</li>
            <li>{t('csvFormat')}</li>
          </ul>
          <p>{t('stable')}</p>
        </>
      )}
    </div>
  );
}
