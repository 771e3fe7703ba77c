import { Button, DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { currentYear, type ReportFilters as Filters, type ReportGroup } from './reportQuery';
import { CountryFilter, TypeFilter } from './FilterFields';

interface Props {
  filters: Filters;
  /** The day the page opened: its year is the default period. */
  today: Date;
  /** The groupings offered: staff see the assignees' workload too. */
  groups: readonly ReportGroup[];
  onChange: (change: Partial<Filters>) => void;
  /** Shown when the filters differ from the defaults. */
  onReset?: () => void;
}

/** The report's period, countries and type, and how its rows are grouped. */
export function ReportFilters({ filters, today, groups, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const year = currentYear(today);
  const lastYear = currentYear(new Date(today.getFullYear() - 1, 0, 1));

  return (
    <Space wrap size={[12, 12]} className="filters">
      <DatePicker.RangePicker
        allowClear={false}
        format={datePickerFormats(language)}
        aria-label={t('requests.report.period')}
        className="report-period"
        value={[dayjs(filters.from), dayjs(filters.to)]}
        presets={[
          { label: t('requests.report.thisYear'), value: [dayjs(year.from), dayjs(year.to)] },
          { label: t('requests.report.lastYear'), value: [dayjs(lastYear.from), dayjs(lastYear.to)] },
          {
            label: t('requests.report.last12Months'),
            value: [dayjs(today).subtract(1, 'year').add(1, 'day'), dayjs(today)],
          },
        ]}
        onChange={(dates) => {
          const [from, to] = dates ?? [];
          if (from && to) onChange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
        }}
      />
      <CountryFilter value={filters.countries} onChange={(countries) => onChange({ countries })} />
      <TypeFilter value={filters.type} onChange={(type) => onChange({ type })} />
      <Segmented<ReportGroup>
        aria-label={t('requests.report.groupBy')}
        value={filters.group}
        onChange={(group) => onChange({ group })}
        options={groups.map((group) => ({ value: group, label: t(`requests.report.by.${group}`) }))}
      />
      {onReset && (
        <Button type="link" onClick={onReset}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
