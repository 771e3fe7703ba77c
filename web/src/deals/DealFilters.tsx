import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../app/FilterSwitch';
import { FilterSearch } from '../app/SearchInput';
import { CountryFilter } from '../requests/FilterFields';
import '../requests/requests.css';
import { hasFilters, NO_FILTERS, type Filters, type View } from './dealsQuery';
import { DEAL_CATEGORIES, OPEN, STAGE_CHOICES, type StageChoice } from './stages';
import type { DealCategory, DealStage } from './types';

interface Props {
  filters: Filters;
  view: View;
  /** Whether "only mine" means anything: attachés and analysts own deals; companies and viewers do not. */
  owns: boolean;
  nameOf: (stage: DealStage) => string;
  onChange: (change: Partial<Filters>, options?: { replace: boolean }) => void;
}

/** The deals' search, countries, categories and owner; the list also filters by stage. */
export function DealFilters({ filters, view, owns, nameOf, onChange }: Props) {
  const { t } = useTranslation();

  return (
    <Space wrap size={[12, 12]} className="filters">
      <FilterSearch
        className="filter-search deal-search"
        label={t('deals.filters.search')}
        placeholder={t('deals.filters.searchPlaceholder')}
        value={filters.q}
        onChange={onChange}
      />
      <CountryFilter value={filters.countries} onChange={(countries) => onChange({ countries })} />
      <Select<DealCategory[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-deal-category"
        aria-label={t('deals.filters.category')}
        placeholder={t('deals.filters.category')}
        value={filters.categories}
        onChange={(categories) => onChange({ categories })}
        popupMatchSelectWidth={false}
        options={DEAL_CATEGORIES.map((category) => ({
          value: category,
          label: t(`deals.categories.${category}`),
        }))}
      />
      {view === 'list' && (
        <Select<StageChoice[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="filter-deal-stage"
          aria-label={t('deals.filters.stage')}
          placeholder={t('deals.filters.stage')}
          value={filters.stages}
          onChange={(stages) => onChange({ stages })}
          popupMatchSelectWidth={false}
          options={STAGE_CHOICES.map((stage) => ({
            value: stage,
            label: stage === OPEN ? t('deals.filters.open') : nameOf(stage),
          }))}
        />
      )}
      {owns && (
        <FilterSwitch
          checked={filters.mine}
          onChange={(mine) => onChange({ mine })}
          label={t('deals.filters.mine')}
        />
      )}
      {hasFilters(filters, view) && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
