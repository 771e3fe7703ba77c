import { useEffect, useState } from 'react';
import { useDuplicates } from './api';
import type { ApiDuplicateQuery } from './types';

// After a pause in typing: a request per word, not per keystroke.
const DEBOUNCE_MS = 400;
// Shorter names match too much to be worth a warning.
const MIN_NAME_LENGTH = 3;

/**
 * What to ask GET /organisations/duplicates about the names and INN being typed; null when
 * there is nothing worth asking (short names, an INN still incomplete).
 */
export function duplicateProbe(
  input: { name_ru?: string; name_en?: string; inn?: string },
  exclude?: number,
): ApiDuplicateQuery | null {
  const probe: ApiDuplicateQuery = {};
  const nameRu = (input.name_ru ?? '').trim();
  const nameEn = (input.name_en ?? '').trim();
  const inn = (input.inn ?? '').trim();
  if (nameRu.length >= MIN_NAME_LENGTH) probe.name_ru = nameRu;
  if (nameEn.length >= MIN_NAME_LENGTH) probe.name_en = nameEn;
  if (/^(\d{10}|\d{12})$/.test(inn)) probe.inn = inn;
  if (Object.keys(probe).length === 0) return null;
  if (exclude) probe.exclude = exclude;
  return probe;
}

/** The organisations like the one being typed, asked for once the typing pauses. */
export function useDuplicateCheck(probe: ApiDuplicateQuery | null, enabled: boolean) {
  const key = JSON.stringify(probe);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const query = (JSON.parse(settled) as ApiDuplicateQuery | null) ?? {};
  const active = enabled && settled !== 'null';
  const duplicates = useDuplicates(query, active);
  return active ? (duplicates.data ?? []) : [];
}
