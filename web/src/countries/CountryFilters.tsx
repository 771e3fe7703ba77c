import { Badge, Button, Select, Space, TreeSelect } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountryList, PresenceStatus, WorldRegion } from '../api/types';
import { SearchInput } from '../app/SearchInput';
import { currentLanguage, type Language } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useWorldRegions } from './api';
import { hasFilters, type ListQuery } from './listQuery';
import { PRESENCE_COLORS, PRESENCE_STATUSES } from './presence';

type FilterChange = Partial<Pick<ListQuery, 'q' | 'presence' | 'region'>>;

interface Props {
  query: ListQuery;
  facets: CountryList['facets'] | undefined;
  onChange: (change: FilterChange, options?: { replace: boolean }) => void;
}

interface RegionNode {
  value: string;
  title: string;
  children?: RegionNode[];
}

/** Continents with their sub-regions beneath them, in the reader's language. */
function regionTree(regions: WorldRegion[], language: Language): RegionNode[] {
  const node = (region: WorldRegion): RegionNode => ({
    value: region.code,
    title: localName(region, language),
  });
  return regions
    .filter((region) => !region.parent)
    .map((continent) => ({
      ...node(continent),
      children: regions.filter((region) => region.parent === continent.code).map(node),
    }));
}

export function CountryFilters({ query, facets, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const regions = useWorldRegions();

  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => onChange({ q }, options),
    [onChange],
  );
  const tree = useMemo(() => regionTree(regions.data ?? [], language), [regions.data, language]);

  return (
    <Space wrap size={[12, 12]} className="filters">
      <SearchInput
        className="filter-search"
        label={t('countries.filters.search')}
        placeholder={t('countries.filters.searchPlaceholder')}
        value={query.q}
        onChange={onSearch}
      />
      <Select<PresenceStatus[]>
        mode="multiple"
        allowClear
        className="filter-presence"
        aria-label={t('countries.filters.presence')}
        placeholder={t('countries.filters.presence')}
        value={query.presence}
        onChange={(presence) => onChange({ presence })}
        options={PRESENCE_STATUSES.map((status) => ({
          value: status,
          label: <Badge color={PRESENCE_COLORS[status]} text={t(`presence.status.${status}`)} />,
        }))}
        optionRender={(option) => (
          <span className="presence-option">
            {option.label}
            {facets && <span className="facet-count">{facets.presence[option.value as PresenceStatus]}</span>}
          </span>
        )}
      />
      <TreeSelect
        allowClear
        showSearch
        treeDefaultExpandAll
        className="filter-region"
        aria-label={t('countries.filters.region')}
        placeholder={t('countries.filters.region')}
        loading={regions.isPending}
        treeData={tree}
        treeNodeFilterProp="title"
        value={query.region}
        onChange={(region?: string) => onChange({ region: region || undefined })}
        popupMatchSelectWidth={false}
      />
      {hasFilters(query) && (
        <Button type="link" onClick={() => onChange({ q: '', presence: [], region: undefined })}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
