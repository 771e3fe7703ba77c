import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactList } from '../contacts/api';
import { RemoteSelect, useSearchText, type RemoteOption } from '../app/RemoteSelect';
import { useDealList } from '../deals/api';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useRelocationList } from '../relocations/api';
import { useRequestList } from '../requests/api';
import type { LinkKind } from './activityQuery';

const RESULTS = 20;

interface LinkProps {
  kind: LinkKind;
  /** Only records of these countries are offered: an activity's link must concern one of them. */
  countries: readonly string[];
  value?: number | null;
  onChange?: (value: number | null) => void;
  /** The label of the value as its page showed it, if known. */
  known?: readonly RemoteOption[];
  id?: string;
  disabled?: boolean;
}

/** The record, by its number and title, that the search found: "#12 Anti-malware for a bank". */
const numbered = (id: number, title: string): RemoteOption => ({
  value: id,
  label: `#${id} ${title}`.trim(),
});

/** Picks the deal, support request or relocation case an activity was about, searched on the server. */
export function LinkSelect({ kind, countries, known, ...rest }: LinkProps) {
  const { t } = useTranslation();
  const { q, onSearch } = useSearchText();
  const enabled = !rest.disabled && countries.length > 0;
  const query = {
    ...(q ? { q } : {}),
    country: countries.join(','),
    limit: RESULTS,
    sort: '-updated_at' as const,
  };
  const deals = useDealList(query, { enabled: enabled && kind === 'deal' });
  const requests = useRequestList(query, { enabled: enabled && kind === 'request' });
  const relocations = useRelocationList(query, { enabled: enabled && kind === 'relocation' });
  const results = { deal: deals, request: requests, relocation: relocations }[kind];

  const found = useMemo(() => {
    if (kind === 'deal') return deals.data?.items.map((deal) => numbered(deal.id, deal.title));
    if (kind === 'request')
      return requests.data?.items.map((request) => numbered(request.id, request.subject));
    return relocations.data?.items.map((relocation) => numbered(relocation.id, relocation.title));
  }, [kind, deals.data, requests.data, relocations.data]);
  // A value whose title no page gave shows its number at least.
  const knownOptions = useMemo(() => {
    const value = rest.value;
    const given = known ?? [];
    return value && !given.some((option) => option.value === value) ? [...given, numbered(value, '')] : given;
  }, [known, rest.value]);

  return (
    <RemoteSelect
      {...rest}
      onChange={rest.onChange as (value: never) => void}
      known={knownOptions}
      found={found}
      loading={results.isFetching}
      onSearch={onSearch}
      placeholder={t(`activities.links.placeholder.${kind}`)}
      notFound={countries.length > 0 ? t('activities.links.none') : t('activities.links.countriesFirst')}
    />
  );
}

interface ContactProps {
  value?: number[];
  onChange?: (value: number[]) => void;
  known?: readonly RemoteOption[];
  id?: string;
  disabled?: boolean;
}

/** Picks people of organisations (contacts) by typing part of their name. */
export function ContactSelect({ known, ...rest }: ContactProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { q, onSearch } = useSearchText();
  const contacts = useContactList(
    { ...(q ? { q } : {}), limit: RESULTS, sort: language === 'ru' ? 'name_ru' : 'name_en' },
    { enabled: !rest.disabled },
  );
  const found = useMemo(
    () =>
      contacts.data?.items.map((contact) => ({
        value: contact.id,
        label: `${localName(contact, language) || `#${contact.id}`} · ${localName(contact.organisation, language)}`,
      })),
    [contacts.data, language],
  );
  return (
    <RemoteSelect
      {...rest}
      multiple
      onChange={rest.onChange as (value: never) => void}
      known={known}
      found={found}
      loading={contacts.isFetching}
      onSearch={onSearch}
      placeholder={t('activities.participants.contactsPlaceholder')}
      notFound={t('activities.participants.noContacts')}
    />
  );
}
