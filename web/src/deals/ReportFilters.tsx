import { Button, DatePicker, Segmented, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { datePickerFormats } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { CountryFilter } from '../requests/FilterFields';
import '../requests/requests.css';
import {
  PIPELINE_GROUPS,
  REPORT_CURRENCIES,
  WINS_GROUPS,
  type PipelineGroup,
  type ReportCurrency,
  type ReportState,
  type WinsGroup,
} from './reportQuery';
import { DEAL_CATEGORIES } from './stages';
import type { DealCategory } from './types';

interface Props {
  state: ReportState;
  /** The day the page opened: its year and the one before are the period's presets. */
  today: Date;
  onChange: (change: Partial<ReportState>) => void;
  /** Shown when the filters narrow anything. */
  onReset?: () => void;
}

/** The report's countries, categories, currency and grouping; the wins' period of signature. */
export function ReportFilters({ state, today, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const year = today.getFullYear();
  const yearRange = (of: number) =>
    [dayjs(`${of}-01-01`), dayjs(`${of}-12-31`)] as [dayjs.Dayjs, dayjs.Dayjs];

  return (
    <Space wrap size={[12, 12]} className="filters">
      <CountryFilter value={state.countries} onChange={(countries) => onChange({ countries })} />
      <Select<DealCategory[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-deal-category"
        aria-label={t('deals.filters.category')}
        placeholder={t('deals.filters.category')}
        value={state.categories}
        onChange={(categories) => onChange({ categories })}
        popupMatchSelectWidth={false}
        options={DEAL_CATEGORIES.map((category) => ({
          value: category,
          label: t(`deals.categories.${category}`),
        }))}
      />
      {state.tab === 'wins' && (
        <DatePicker.RangePicker
          allowEmpty={[false, false]}
          format={datePickerFormats(language)}
          aria-label={t('deals.report.period')}
          placeholder={[t('deals.report.periodFrom'), t('deals.report.periodTo')]}
          className="report-period deal-period"
          value={state.from && state.to ? [dayjs(state.from), dayjs(state.to)] : null}
          presets={[
            { label: t('requests.report.thisYear'), value: yearRange(year) },
            { label: t('requests.report.lastYear'), value: yearRange(year - 1) },
          ]}
          onChange={(dates) => {
            const [from, to] = dates ?? [];
            onChange(
              from && to
                ? { from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') }
                : { from: undefined, to: undefined },
            );
          }}
        />
      )}
      {state.tab === 'pipeline' ? (
        <Segmented<PipelineGroup>
          aria-label={t('requests.report.groupBy')}
          value={state.pipelineGroup}
          onChange={(pipelineGroup) => onChange({ pipelineGroup })}
          options={PIPELINE_GROUPS.map((group) => ({
            value: group,
            label: t(`deals.report.pipelineBy.${group}`),
          }))}
        />
      ) : (
        <Segmented<WinsGroup>
          aria-label={t('requests.report.groupBy')}
          value={state.winsGroup}
          onChange={(winsGroup) => onChange({ winsGroup })}
          options={WINS_GROUPS.map((group) => ({ value: group, label: t(`deals.report.winsBy.${group}`) }))}
        />
      )}
      <Segmented<ReportCurrency>
        aria-label={t('deals.report.currency')}
        value={state.currency}
        onChange={(currency) => onChange({ currency })}
        options={REPORT_CURRENCIES.map((currency) => ({
          value: currency,
          label: t(`deals.report.currencies.${currency}`),
        }))}
      />
      {onReset && (
        <Button type="link" onClick={onReset}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
