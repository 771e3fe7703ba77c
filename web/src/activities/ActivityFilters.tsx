import { Button, DatePicker, Select, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../app/FilterSwitch';
import { FilterSearch } from '../app/SearchInput';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { CountryFilter } from '../requests/FilterFields';
import '../requests/requests.css';
import { hasFilters, LINKS, NO_FILTERS, type Filters } from './activityQuery';
import { ACTIVITY_KINDS } from './kinds';
import type { ActivityKind } from './types';

interface Props {
  filters: Filters;
  onChange: (change: Partial<Filters>, options?: { replace: boolean }) => void;
}

/**
 * The timeline's search, countries, kinds, period, whether only where the reader took part, and
 * the record it is narrowed to.
 */
export function ActivityFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const period: [dayjs.Dayjs | null, dayjs.Dayjs | null] = [
    filters.from ? dayjs(filters.from) : null,
    filters.to ? dayjs(filters.to) : null,
  ];

  return (
    <Space wrap size={[12, 12]} className="filters">
      <FilterSearch
        className="filter-search activity-search"
        label={t('activities.filters.search')}
        placeholder={t('activities.filters.searchPlaceholder')}
        value={filters.q}
        onChange={onChange}
      />
      <CountryFilter value={filters.countries} onChange={(countries) => onChange({ countries })} />
      <Select<ActivityKind[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-activity-kind"
        aria-label={t('activities.filters.kind')}
        placeholder={t('activities.filters.kind')}
        value={filters.kinds}
        onChange={(kinds) => onChange({ kinds })}
        popupMatchSelectWidth={false}
        options={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activities.kinds.${kind}`) }))}
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        className="filter-period"
        aria-label={t('activities.filters.period')}
        placeholder={[t('activities.filters.from'), t('activities.filters.to')]}
        format={datePickerFormats(language)}
        value={period}
        onChange={(days) =>
          onChange({
            from: days?.[0]?.format('YYYY-MM-DD') ?? undefined,
            to: days?.[1]?.format('YYYY-MM-DD') ?? undefined,
          })
        }
      />
      <FilterSwitch
        checked={filters.mine}
        onChange={(mine) => onChange({ mine })}
        label={t('activities.filters.mine')}
      />
      {LINKS.map(
        (kind) =>
          filters[kind] !== undefined && (
            <Tag
              key={kind}
              closable
              className="filter-link"
              closeIcon
              onClose={() => onChange({ [kind]: undefined })}
              data-testid={`filter-${kind}`}
            >
              {t(`activities.links.numbered.${kind}`, { id: filters[kind] })}
            </Tag>
          ),
      )}
      {hasFilters(filters) && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
