import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { exportUrl, type ExportFormat } from './exportUrl';

interface Props {
  /** The list's export route, such as /api/v1/organisations/export. */
  path: string;
  /** The list's API query as it stands: filters and sort go into the file. */
  query: Record<string, string | number | boolean | undefined>;
  disabled?: boolean;
}

/**
 * Downloads the list in its current filtered view. A plain navigation rather than a fetch: the
 * browser streams the file to disk and shows its own progress, however large it is.
 */
export function ExportButton({ path, query, disabled }: Props) {
  const { t } = useTranslation();
  const download = (format: ExportFormat) => {
    window.location.assign(exportUrl(path, query, format, currentLanguage()));
  };
  return (
    <Dropdown
      trigger={['click']}
      disabled={disabled}
      menu={{
        items: [
          { key: 'xlsx', label: t('transfer.export.xlsx') },
          { key: 'csv', label: t('transfer.export.csv') },
        ],
        onClick: ({ key }) => download(key as ExportFormat),
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('transfer.export.button')}</Button>
    </Dropdown>
  );
}
