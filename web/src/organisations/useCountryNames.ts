import { useCallback, useMemo } from 'react';
import { useAllCountries } from '../countries/api';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';

/** Country names in the reader's language, and the countries as options of a picker. */
export function useCountryNames() {
  const countries = useAllCountries();
  const language = currentLanguage();
  const names = useMemo(() => {
    const byCode = new Map<string, string>();
    for (const country of countries.data?.items ?? []) byCode.set(country.iso2, localName(country, language));
    return byCode;
  }, [countries.data, language]);
  const options = useMemo(
    () =>
      [...names]
        .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [names, language],
  );
  const nameOf = useCallback((code: string) => names.get(code) ?? code, [names]);
  return { nameOf, options, loading: countries.isPending };
}
