import { Button, Input, Select, Space, TreeSelect } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../app/SearchInput';
import { currentLanguage } from '../i18n/i18n';
import { hasFilters, NO_FILTERS, REGION, type Filters } from './listQuery';
import { sectorMatches, sectorTree, useTaxonomy } from './taxonomy';
import type { MarketStatus, OrganisationKind } from './types';
import { useCountryNames } from './useCountryNames';
import { KINDS, MARKET_STATUSES } from './vocabulary';

interface Props {
  filters: Filters;
  onChange: (change: Partial<Filters>, options?: { replace: boolean }) => void;
}

/** The region box applies its code on Enter or on leaving it, once it looks like RU-TA. */
function RegionInput({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (region?: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const code = text.trim().toUpperCase();
  const invalid = code !== '' && !REGION.test(code);
  const apply = () => {
    if (!invalid && code !== (value ?? '')) onChange(code || undefined);
  };
  return (
    <Input
      allowClear
      className="filter-region-code"
      aria-label={t('organisations.filters.region')}
      placeholder={t('organisations.filters.regionPlaceholder')}
      title={invalid ? t('organisations.errors.regionInvalid') : undefined}
      status={invalid ? 'error' : undefined}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        // The clear button empties the box at once: drop the filter with it.
        if (event.type !== 'change' && event.target.value === '') onChange(undefined);
      }}
      onPressEnter={apply}
      onBlur={apply}
    />
  );
}

export function OrganisationFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const taxonomy = useTaxonomy();
  const tree = useMemo(() => sectorTree(taxonomy.data, language), [taxonomy.data, language]);

  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => onChange({ q }, options),
    [onChange],
  );

  return (
    <Space wrap size={[12, 12]} className="filters">
      <SearchInput
        className="filter-search organisation-search"
        label={t('organisations.filters.search')}
        placeholder={t('organisations.filters.searchPlaceholder')}
        value={filters.q}
        onChange={onSearch}
      />
      <Select<OrganisationKind[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-kind"
        aria-label={t('organisations.filters.kind')}
        placeholder={t('organisations.filters.kind')}
        value={filters.kinds}
        onChange={(kinds) => onChange({ kinds })}
        options={KINDS.map((kind) => ({ value: kind, label: t(`organisations.kinds.${kind}`) }))}
      />
      <Select<string>
        allowClear
        showSearch
        optionFilterProp="label"
        className="filter-country"
        aria-label={t('organisations.filters.country')}
        placeholder={t('organisations.filters.country')}
        loading={countries.loading}
        value={filters.country}
        onChange={(country) => onChange({ country: country || undefined })}
        options={countries.options}
        popupMatchSelectWidth={false}
      />
      <Space.Compact className="organisation-market">
        <Select<string>
          allowClear
          showSearch
          optionFilterProp="label"
          className="filter-market"
          aria-label={t('organisations.filters.market')}
          placeholder={t('organisations.filters.market')}
          loading={countries.loading}
          value={filters.market}
          onChange={(market) => onChange({ market: market || undefined })}
          options={countries.options}
          popupMatchSelectWidth={false}
        />
        <Select<MarketStatus[]>
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          className="filter-market-status"
          aria-label={t('organisations.filters.marketStatus')}
          placeholder={t('organisations.filters.marketStatus')}
          disabled={!filters.market}
          value={filters.marketStatuses}
          onChange={(marketStatuses) => onChange({ marketStatuses })}
          options={MARKET_STATUSES.map((status) => ({
            value: status,
            label: t(`organisations.marketStatuses.${status}`),
          }))}
        />
      </Space.Compact>
      <TreeSelect
        allowClear
        showSearch
        className="filter-sector"
        aria-label={t('organisations.filters.sector')}
        placeholder={t('organisations.filters.sector')}
        loading={taxonomy.isPending}
        treeData={tree}
        filterTreeNode={sectorMatches}
        value={filters.sector}
        onChange={(sector?: string) => onChange({ sector: sector || undefined })}
        popupMatchSelectWidth={false}
        listHeight={400}
      />
      <Select<'true' | 'false'>
        allowClear
        className="filter-accredited"
        aria-label={t('organisations.filters.accredited')}
        placeholder={t('organisations.filters.accredited')}
        value={filters.accredited === undefined ? undefined : filters.accredited ? 'true' : 'false'}
        onChange={(value) => onChange({ accredited: value === undefined ? undefined : value === 'true' })}
        options={[
          { value: 'true', label: t('organisations.filters.accreditedYes') },
          { value: 'false', label: t('organisations.filters.accreditedNo') },
        ]}
      />
      <RegionInput value={filters.region} onChange={(region) => onChange({ region })} />
      {hasFilters(filters) && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
