import { Button, Select, Space } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterSwitch } from '../app/FilterSwitch';
import { SearchInput } from '../app/SearchInput';
import { useAuth } from '../auth/AuthProvider';
import { useAssigneesOf } from './api';
import { hasFilters, NO_FILTERS, type Assignee, type Filters } from './listQuery';
import { isStaff } from './scope';
import { OPEN, STATUS_CHOICES, type StatusChoice } from './status';
import { CountryFilter, TypeFilter } from './FilterFields';

interface Props {
  filters: Filters;
  onChange: (change: Partial<Filters>, options?: { replace: boolean }) => void;
}

export function RequestFilters({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const staff = isStaff(me);
  // Whom to offer besides "me" and "nobody": those who take the requests of the countries
  // in view, or of the attaché's own countries.
  const assigneeCountries = filters.countries.length > 0 ? filters.countries : (me?.user.countries ?? []);
  // The server lists candidates to those who file requests (request.create), not to viewers.
  const assignees = useAssigneesOf(assigneeCountries, staff && can('request.create'));
  const assigneeOptions = useMemo(() => {
    const people = assignees
      .filter((person) => person.id !== me?.user.id)
      .map((person) => ({ value: person.id as Assignee, label: person.display_name }));
    const chosen = filters.assignee;
    // A link may name someone the lists do not hold: show the id rather than a bare number.
    if (typeof chosen === 'number' && !people.some((person) => person.value === chosen)) {
      people.push({ value: chosen, label: `#${chosen}` });
    }
    return [
      { value: 'me' as Assignee, label: t('requests.filters.me') },
      { value: 'none' as Assignee, label: t('requests.filters.none') },
      ...people,
    ];
  }, [assignees, filters.assignee, me, t]);

  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => onChange({ q }, options),
    [onChange],
  );

  return (
    <Space wrap size={[12, 12]} className="filters">
      <SearchInput
        className="filter-search request-search"
        label={t('requests.filters.search')}
        placeholder={t('requests.filters.searchPlaceholder')}
        value={filters.q}
        onChange={onSearch}
      />
      <Select<StatusChoice[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        className="filter-request-status"
        aria-label={t('requests.filters.status')}
        placeholder={t('requests.filters.status')}
        value={filters.statuses}
        onChange={(statuses) => onChange({ statuses })}
        popupMatchSelectWidth={false}
        options={STATUS_CHOICES.map((status) => ({
          value: status,
          label: status === OPEN ? t('requests.filters.open') : t(`requests.statuses.${status}`),
        }))}
      />
      <CountryFilter value={filters.countries} onChange={(countries) => onChange({ countries })} />
      <TypeFilter value={filters.type} onChange={(type) => onChange({ type })} />
      {staff && (
        <Select<Assignee>
          allowClear
          showSearch
          optionFilterProp="label"
          className="filter-assignee"
          aria-label={t('requests.filters.assignee')}
          placeholder={t('requests.filters.assignee')}
          value={filters.assignee}
          onChange={(assignee?: Assignee) => onChange({ assignee })}
          options={assigneeOptions}
          popupMatchSelectWidth={false}
        />
      )}
      <FilterSwitch
        checked={filters.overdue}
        onChange={(overdue) => onChange({ overdue })}
        label={t('requests.filters.overdue')}
      />
      {hasFilters(filters) && (
        <Button type="link" onClick={() => onChange(NO_FILTERS)}>
          {t('countries.filters.reset')}
        </Button>
      )}
    </Space>
  );
}
