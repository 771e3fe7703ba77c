import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Country } from '../api/types';
import { PresenceTag } from '../countries/PresenceTag';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';

/** The countries where the service is present, compact enough to sit beside the map. */
interface Props {
  countries: Country[];
  height: number;
  loading: boolean;
}

export function PresenceTable({ countries, height, loading }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: ColumnsType<Country> = [
    {
      key: 'name',
      title: t('countries.columns.name'),
      render: (_, country) => <Link to={`/countries/${country.iso2}`}>{localName(country, language)}</Link>,
    },
    {
      key: 'presence',
      title: t('dashboard.statusShort'),
      width: 110,
      render: (_, country) => <PresenceTag status={country.presence.status} />,
    },
    {
      key: 'attaches',
      title: t('dashboard.attachesShort'),
      dataIndex: 'attache_count',
      align: 'right',
      width: 96,
    },
  ];
  return (
    <Table<Country>
      rowKey="iso2"
      size="small"
      columns={columns}
      dataSource={countries}
      loading={loading}
      pagination={false}
      scroll={{ y: height }}
      sticky
    />
  );
}
