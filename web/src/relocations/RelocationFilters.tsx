import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../app/FilterSwitch';
import { FilterSearch } from '../app/SearchInput';
import { CountryFilter } from '../requests/FilterFields';
import '../requests/requests.css';
import { hasFilters, NO_FILTERS, type Filters } from './relocationsQuery';
import { OPEN, RELOCATION_KINDS, STAGE_CHOICES, type StageChoice } from './stages';
import type { RelocationKind } from './types';

interface Props {
  filters: Filters;
  /** Whether "only mine" means anything: attachés and analysts own cases; viewers do not. */
  owns: boolean;
  onChange: (change: Partial<Filters>, options?: { replace: boolean }) => void;
}

/** The cases' search, the countries companies come from, stages, kinds and owner. */
export function RelocationFilters({ filters, owns, onChange }: Props) {
  const { t } = useTranslation();

  return (
    <Space wrap size={[12, 12]} className="filters">
      <FilterSearch
        className="filter-search relocation-search"
        label={t('relocations.filters.search')}
        placeholder={t('relocations.filters.searchPlaceholder')}
        value={filters.q}
        onChange={onChange}
      />
      <CountryFilter
        label={t('relocations.filters.country')}
        value={filters.countries}
        onChange={(countries) => onChange({ countries })}
      />
      <Select<StageChoice[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-relocation-stage"
        aria-label={t('relocations.filters.stage')}
        placeholder={t('relocations.filters.stage')}
        value={filters.stages}
        onChange={(stages) => onChange({ stages })}
        popupMatchSelectWidth={false}
        options={STAGE_CHOICES.map((stage) => ({
          value: stage,
          label: stage === OPEN ? t('relocations.filters.open') : t(`relocations.stages.${stage}`),
        }))}
      />
      <Select<RelocationKind[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-relocation-kind"
        aria-label={t('relocations.filters.kind')}
        placeholder={t('relocations.filters.kind')}
        value={filters.kinds}
        onChange={(kinds) => onChange({ kinds })}
        popupMatchSelectWidth={false}
        options={RELOCATION_KINDS.map((kind) => ({ value: kind, label: t(`relocations.kinds.${kind}`) }))}
      />
      {owns && (
        <FilterSwitch
          checked={filters.mine}
          onChange={(mine) => onChange({ mine })}
          label={t('relocations.filters.mine')}
        />
      )}
      {hasFilters(filters) && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
