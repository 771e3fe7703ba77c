import { Space, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { useAllCountries } from '../countries/api';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';

/** Country names by ISO code, in the reader's language; codes stand in until they load. */
export function useCountryNames(): Map<string, string> {
  const countries = useAllCountries();
  const language = currentLanguage();
  return useMemo(
    () =>
      new Map((countries.data?.items ?? []).map((country) => [country.iso2, localName(country, language)])),
    [countries.data, language],
  );
}

/** The records a user may change beyond its role: its countries, company or region. */
interface Props {
  user: Pick<User, 'role' | 'countries' | 'company_id' | 'region'>;
  /** Country names in full rather than codes (where there is room). */
  long?: boolean;
}

export function UserScope({ user, long = false }: Props) {
  const { t } = useTranslation();
  const names = useCountryNames();
  if (user.role === 'attache' && user.countries.length > 0) {
    return (
      <Space size={[4, 4]} wrap>
        {user.countries.map((iso2) =>
          long ? (
            <Tag key={iso2}>{names.has(iso2) ? `${names.get(iso2)} (${iso2})` : iso2}</Tag>
          ) : (
            <Tooltip key={iso2} title={names.get(iso2)}>
              <Tag>{iso2}</Tag>
            </Tooltip>
          ),
        )}
      </Space>
    );
  }
  if (user.role === 'company' && user.company_id !== null) {
    return <span>{t('users.scope.company', { id: user.company_id })}</span>;
  }
  if (user.role === 'region' && user.region) return <Tag>{user.region}</Tag>;
  return <Typography.Text type="secondary">{t('users.scope.none')}</Typography.Text>;
}
