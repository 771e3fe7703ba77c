import { Input } from 'antd';
import { useCallback, useEffect, useState } from 'react';

// Long enough to let a word be typed, short enough to feel live.
const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  /** The search in effect (from the URL). */
  value: string;
  /** A new search; `replace` when it came from typing, so history gets one entry per search. */
  onChange: (value: string, options: { replace: boolean }) => void;
  label: string;
  placeholder: string;
  className?: string;
  disabled?: boolean;
}

/** A search box that searches as one types (debounced) and on Enter at once. */
export function SearchInput({ value, onChange, label, placeholder, className, disabled }: Props) {
  const [text, setText] = useState(value);

  // Back/forward or a link changed the URL: show its search text.
  useEffect(() => setText(value), [value]);

  useEffect(() => {
    if (disabled || text.trim() === value) return undefined;
    const timer = setTimeout(() => onChange(text.trim(), { replace: true }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange, disabled]);

  return (
    <Input.Search
      allowClear
      className={className}
      disabled={disabled}
      aria-label={label}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(search) => onChange(search.trim(), { replace: false })}
    />
  );
}

interface FilterProps extends Pick<Props, 'label' | 'placeholder' | 'className'> {
  value: string;
  /** A list's filters change: its words (`q`), as typed or as searched at once. */
  onChange: (change: { q: string }, options: { replace: boolean }) => void;
}

/** The search box of a list's filters, which keep the words as `q`. */
export function FilterSearch({ onChange, ...rest }: FilterProps) {
  const onSearch = useCallback(
    (q: string, options: { replace: boolean }) => onChange({ q }, options),
    [onChange],
  );
  return <SearchInput {...rest} onChange={onSearch} />;
}
