import { Button, Select, Space, TreeSelect } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput } from '../app/SearchInput';
import { currentLanguage } from '../i18n/i18n';
import { useOrganisation } from '../organisations/api';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { sectorMatches, sectorTree, useTaxonomy } from '../organisations/taxonomy';
import { useCountryNames } from '../organisations/useCountryNames';
import { hasFilters, NO_FILTERS, type Filters } from './listQuery';
import type { Maturity, SolutionKind } from './types';
import { MATURITIES, OWNER_KINDS, READINESS_LEVELS, SOLUTION_KINDS, type Readiness } from './vocabulary';

interface Props {
  filters: Filters;
  onChange: (change: Partial<Filters>, options?: { replace: boolean }) => void;
}

type Flag = 'true' | 'false';
const toFlag = (value: boolean | undefined): Flag | undefined =>
  value === undefined ? undefined : value ? 'true' : 'false';
const fromFlag = (value: Flag | undefined): boolean | undefined =>
  value === undefined ? undefined : value === 'true';

export function SolutionFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const taxonomy = useTaxonomy();
  const tree = useMemo(() => sectorTree(taxonomy.data, language), [taxonomy.data, language]);
  // A link may name the owner by id: its name labels the picker.
  const owner = useOrganisation(filters.organisation ?? 0);
  const known = useMemo(() => (owner.data ? [owner.data.organisation] : []), [owner.data]);

  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => onChange({ q }, options),
    [onChange],
  );

  return (
    <Space wrap size={[12, 12]} className="filters">
      <SearchInput
        className="filter-search solution-search"
        label={t('solutions.filters.search')}
        placeholder={t('solutions.filters.searchPlaceholder')}
        value={filters.q}
        onChange={onSearch}
      />
      <TreeSelect
        allowClear
        showSearch
        className="filter-class"
        aria-label={t('solutions.filters.class')}
        placeholder={t('solutions.filters.class')}
        loading={taxonomy.isPending}
        treeData={tree}
        filterTreeNode={sectorMatches}
        value={filters.taxonomyClass}
        onChange={(value?: string) => onChange({ taxonomyClass: value || undefined })}
        popupMatchSelectWidth={false}
        listHeight={400}
      />
      <Select<SolutionKind[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-solution-kind"
        aria-label={t('solutions.filters.kind')}
        placeholder={t('solutions.filters.kind')}
        value={filters.kinds}
        onChange={(kinds) => onChange({ kinds })}
        options={SOLUTION_KINDS.map((kind) => ({ value: kind, label: t(`solutions.kinds.${kind}`) }))}
      />
      <Select<Maturity[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-maturity"
        aria-label={t('solutions.filters.maturity')}
        placeholder={t('solutions.filters.maturity')}
        value={filters.maturities}
        onChange={(maturities) => onChange({ maturities })}
        options={MATURITIES.map((maturity) => ({
          value: maturity,
          label: t(`solutions.maturities.${maturity}`),
        }))}
      />
      <Select<string>
        allowClear
        showSearch
        optionFilterProp="label"
        className="filter-deployed"
        aria-label={t('solutions.filters.country')}
        placeholder={t('solutions.filters.country')}
        loading={countries.loading}
        value={filters.country}
        onChange={(country) => onChange({ country: country || undefined })}
        options={countries.options}
        popupMatchSelectWidth={false}
      />
      <Select<Readiness>
        allowClear
        className="filter-readiness"
        aria-label={t('solutions.filters.readiness')}
        placeholder={t('solutions.filters.readiness')}
        value={filters.readiness}
        onChange={(readiness) => onChange({ readiness })}
        popupMatchSelectWidth={false}
        options={READINESS_LEVELS.filter((level) => level > 0).map((level) => ({
          value: level,
          label: t('solutions.filters.readinessAtLeast', {
            level: `${level} · ${t(`solutions.readiness.level.${level}`)}`,
          }),
        }))}
      />
      <Select<Flag>
        allowClear
        className="filter-published"
        aria-label={t('solutions.filters.published')}
        placeholder={t('solutions.filters.published')}
        value={toFlag(filters.published)}
        onChange={(value) => onChange({ published: fromFlag(value) })}
        options={[
          { value: 'true', label: t('solutions.published') },
          { value: 'false', label: t('solutions.unpublished') },
        ]}
      />
      <Select<Flag>
        allowClear
        className="filter-owner-accredited"
        aria-label={t('solutions.filters.accredited')}
        placeholder={t('solutions.filters.accredited')}
        value={toFlag(filters.accredited)}
        onChange={(value) => onChange({ accredited: fromFlag(value) })}
        popupMatchSelectWidth={false}
        options={[
          { value: 'true', label: t('solutions.filters.accreditedYes') },
          { value: 'false', label: t('solutions.filters.accreditedNo') },
        ]}
      />
      <OrganisationSelect
        className="filter-owner"
        aria-label={t('solutions.filters.owner')}
        placeholder={t('solutions.filters.owner')}
        kinds={OWNER_KINDS}
        known={known}
        value={filters.organisation ?? null}
        onChange={(organisation) => onChange({ organisation: organisation ?? undefined })}
      />
      {hasFilters(filters) && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
