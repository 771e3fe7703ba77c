import { Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { useCountryNames } from '../organisations/useCountryNames';
import { useRequestTypes } from './api';
import { typeMatches, typeTree } from './typeTree';

/** The countries a queue or report keeps, as sorted ISO codes; `label` says which countries of a record. */
export function CountryFilter({
  value,
  onChange,
  label,
}: {
  value: string[];
  onChange: (codes: string[]) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const countries = useCountryNames();
  return (
    <Select<string[]>
      mode="multiple"
      allowClear
      showSearch
      maxTagCount="responsive"
      optionFilterProp="label"
      className="filter-request-country"
      aria-label={label ?? t('requests.filters.country')}
      placeholder={label ?? t('requests.filters.country')}
      loading={countries.loading}
      value={value}
      onChange={(codes) => onChange([...codes].sort())}
      options={countries.options}
      popupMatchSelectWidth={false}
    />
  );
}

/** A type of support (with its subtypes) or one subtype, from the catalogue as a tree. */
export function TypeFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (type: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const types = useRequestTypes();
  const tree = useMemo(() => typeTree(types.data, language), [types.data, language]);
  return (
    <TreeSelect
      allowClear
      showSearch
      treeDefaultExpandAll
      className="filter-request-type"
      aria-label={t('requests.filters.type')}
      placeholder={t('requests.filters.type')}
      loading={types.isPending}
      treeData={tree}
      filterTreeNode={typeMatches}
      value={value}
      onChange={(type?: string) => onChange(type || undefined)}
      popupMatchSelectWidth={false}
    />
  );
}
