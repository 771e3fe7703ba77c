import { Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Long enough to let a word be typed, short enough to feel live.
const SEARCH_DEBOUNCE_MS = 300;

/** A record a remote picker offers: its id and what the reader sees of it. */
export interface RemoteOption {
  value: number;
  label: string;
}

/** The words typed into a remote picker, settled: what to ask the server for. */
export function useSearchText() {
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return { q, onSearch: setText };
}

type Value = number | number[] | null;

interface Props {
  value?: Value;
  onChange?: (value: never) => void;
  /** Several records (an array of ids) rather than one (an id or null). */
  multiple?: boolean;
  /** What the current search found; undefined while nothing has been read. */
  found: readonly RemoteOption[] | undefined;
  loading: boolean;
  onSearch: (text: string) => void;
  /** Records the value may already name (the record's links), for their labels. */
  known?: readonly RemoteOption[];
  notFound: string;
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  disabled?: boolean;
  className?: string;
}

/**
 * Picks records by typing part of their name, searched on the server: what was chosen keeps
 * its label though a later search no longer finds it.
 */
export function RemoteSelect({
  value,
  onChange,
  multiple = false,
  found,
  loading,
  onSearch,
  known = [],
  notFound,
  ...rest
}: Props) {
  const { t } = useTranslation();
  // What was picked from earlier results, so its label survives the next search.
  const [picked, setPicked] = useState<RemoteOption[]>([]);
  const chosen = useMemo(() => (value === null || value === undefined ? [] : [value].flat()), [value]);

  const options = useMemo(() => {
    const byId = new Map<number, RemoteOption>();
    for (const option of [...known, ...picked, ...(found ?? [])]) byId.set(option.value, option);
    const shown = new Set([...(found ?? []).map((option) => option.value), ...chosen]);
    return [...byId.values()].filter((option) => shown.has(option.value));
  }, [known, picked, found, chosen]);

  const change = (next: number | number[] | undefined) => {
    const ids = next === undefined ? [] : [next].flat();
    const labelled = (found ?? []).filter((option) => ids.includes(option.value));
    if (labelled.length > 0) {
      setPicked((earlier) => [
        ...earlier.filter((option) => !labelled.some((item) => item.value === option.value)),
        ...labelled,
      ]);
    }
    (onChange as ((value: Value) => void) | undefined)?.(multiple ? ids : (ids[0] ?? null));
  };

  return (
    <Select<number | number[]>
      mode={multiple ? 'multiple' : undefined}
      showSearch
      allowClear
      filterOption={false}
      loading={loading}
      notFoundContent={loading ? undefined : notFound}
      placeholder={t('organisations.select.placeholder')}
      {...rest}
      value={multiple ? chosen : (chosen[0] ?? undefined)}
      onSearch={onSearch}
      onChange={change}
      options={options}
    />
  );
}
