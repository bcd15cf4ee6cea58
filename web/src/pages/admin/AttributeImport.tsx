import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CsvImportForm } from '#web/forms/CsvImportForm';
import { importAttributes } from './adminApi';

/** Upload code,attribute,value CSV; a refused file lists its problems by row and nothing is saved. */
export function AttributeImport() {
  const { t } = useTranslation('admin');
  const upload = useMutation({ mutationFn: importAttributes });

  return (
    <>
      <p>{t('attributes.intro')}</p>
      <CsvImportForm
        id="attribute"
        labelledBy="attribute-import-heading"
        texts={{
          file: t('attributes.file'),
          text: t('attributes.text'),
          textHint: t('attributes.textHint'),
          submit: t('attributes.submit'),
          errorsCaption: t('attributes.errorsCaption'),
          row: t('attributes.row'),
          column: t('attributes.column'),
          problem: t('attributes.problem'),
        }}
        done={(result) => t('attributes.done', result)}
        upload={upload}
        onImport={(csv) => upload.mutate(csv)}
      />
    </>
  );
}
