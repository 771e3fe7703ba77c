import { Input } from 'antd';
import { useEffect, useState } from 'react';

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
