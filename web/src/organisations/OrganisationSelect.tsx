import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoteSelect, useSearchText, type RemoteOption } from '../app/RemoteSelect';
import { currentLanguage, type Language } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useOrganisationList } from './api';
import type { OrganisationKind, OrganisationRef } from './types';

const RESULTS = 20;

/** What the picker shows of an organisation. */
type Named = Pick<OrganisationRef, 'id' | 'name_ru' | 'name_en' | 'country'>;

/** One organisation (an id, or null), or several (`multiple`: an array of ids). */
type Choice =
  | { multiple?: false; value?: number | null; onChange?: (value: number | null) => void }
  | { multiple: true; value?: number[]; onChange?: (value: number[]) => void };

type Props = Choice & {
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
};

function toOption(ref: Named, language: Language): RemoteOption {
  return { value: ref.id, label: `${localName(ref, language) || `#${ref.id}`} (${ref.country})` };
}

/** Picks one organisation, or several, by typing part of its name (searched on the server). */
export function OrganisationSelect({ known = [], exclude, kinds, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { q, onSearch } = useSearchText();

  const results = useOrganisationList(
    {
      ...(q ? { q } : {}),
      ...(kinds && kinds.length > 0 ? { kind: kinds.join(',') } : {}),
      limit: RESULTS,
      sort: language === 'ru' ? 'name_ru' : 'name_en',
    },
    { enabled: !rest.disabled },
  );
  const found = useMemo(
    () => results.data?.items.filter((item) => item.id !== exclude).map((item) => toOption(item, language)),
    [results.data, exclude, language],
  );
  const knownOptions = useMemo(() => known.map((ref) => toOption(ref, language)), [known, language]);

  return (
    <RemoteSelect
      {...rest}
      onChange={onChange as (value: never) => void}
      found={found}
      known={knownOptions}
      loading={results.isFetching}
      onSearch={onSearch}
      notFound={t('organisations.select.none')}
    />
  );
}
