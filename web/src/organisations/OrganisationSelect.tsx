import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useOrganisationList } from './api';
import type { OrganisationKind, OrganisationRef } from './types';

// Long enough to let a word be typed, short enough to feel live.
const SEARCH_DEBOUNCE_MS = 300;
const RESULTS = 20;

/** What the picker shows of an organisation. */
type Named = Pick<OrganisationRef, 'id' | 'name_ru' | 'name_en' | 'country'>;

interface Props {
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** Organisations the value may already name (the record's links), for their labels. */
  known?: readonly Named[];
  /** Left out of the results: the organisation being edited. */
  exclude?: number;
  /** Only organisations of these kinds are offered (a solution's owner, say). */
  kinds?: readonly OrganisationKind[];
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
}

/** Picks one organisation by typing part of its name (searched on the server). */
export function OrganisationSelect({ value, onChange, known = [], exclude, kinds, ...rest }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  // What was picked from earlier results, so its label survives the next search.
  const [picked, setPicked] = useState<Named[]>([]);

  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const results = useOrganisationList(
    {
      ...(q ? { q } : {}),
      ...(kinds && kinds.length > 0 ? { kind: kinds.join(',') } : {}),
      limit: RESULTS,
      sort: language === 'ru' ? 'name_ru' : 'name_en',
    },
    { enabled: !rest.disabled },
  );

  const options = useMemo(() => {
    const byId = new Map<number, Named>();
    for (const ref of [...known, ...picked]) byId.set(ref.id, ref);
    const found = (results.data?.items ?? []).filter((item) => item.id !== exclude);
    for (const item of found) byId.set(item.id, item);
    const shown = new Set(found.map((item) => item.id));
    if (value) shown.add(value);
    return [...byId.values()]
      .filter((ref) => shown.has(ref.id))
      .map((ref) => ({
        value: ref.id,
        label: `${localName(ref, language) || `#${ref.id}`} (${ref.country})`,
      }));
  }, [known, picked, results.data, exclude, value, language]);

  return (
    <Select<number>
      showSearch
      allowClear
      filterOption={false}
      loading={results.isFetching}
      notFoundContent={results.isFetching ? undefined : t('organisations.select.none')}
      placeholder={t('organisations.select.placeholder')}
      {...rest}
      value={value ?? undefined}
      onSearch={setText}
      onChange={(next) => {
        const item = results.data?.items.find((candidate) => candidate.id === next);
        if (item) setPicked((earlier) => [...earlier.filter((ref) => ref.id !== item.id), item]);
        onChange?.(next ?? null);
      }}
      options={options}
    />
  );
}
