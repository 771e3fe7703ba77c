import { Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Facts, Missing } from '../app/Facts';
import { useAuth } from '../auth/AuthProvider';
import { formatMoney } from '../fx/money';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCountryNames } from '../organisations/useCountryNames';
import type { RelocationCase } from './types';

/** Which company, from where, what it would bring to which region, and who follows the case. */
export function RelocationFacts({ relocation }: { relocation: RelocationCase }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const language = currentLanguage();
  const countries = useCountryNames();
  const company = localName(relocation.organisation, language) || `#${relocation.organisation_id}`;

  const items: DescriptionsProps['items'] = [
    {
      key: 'organisation',
      label: t('relocations.fields.organisation'),
      children: can('organisation.read') ? (
        <Link to={`/organisations/${relocation.organisation_id}`} data-testid="relocation-company">
          {company}
        </Link>
      ) : (
        <span data-testid="relocation-company">{company}</span>
      ),
    },
    {
      key: 'from_country',
      label: t('relocations.fields.fromCountry'),
      children: (
        <span>
          {countries.nameOf(relocation.from_country)}{' '}
          <Typography.Text type="secondary">({relocation.from_country})</Typography.Text>
        </span>
      ),
    },
    { key: 'kind', label: t('relocations.fields.kind'), children: t(`relocations.kinds.${relocation.kind}`) },
    {
      key: 'owner',
      label: t('relocations.fields.owner'),
      children: relocation.owner?.display_name ?? (
        <Typography.Text type="secondary">{t('relocations.noOwner')}</Typography.Text>
      ),
    },
    {
      key: 'region',
      label: t('relocations.fields.region'),
      children: relocation.region ? (
        <span data-testid="relocation-region">{relocation.region}</span>
      ) : (
        <Missing />
      ),
    },
    {
      key: 'jobs',
      label: t('relocations.fields.jobs'),
      children:
        relocation.jobs !== null ? new Intl.NumberFormat(language).format(relocation.jobs) : <Missing />,
    },
    {
      key: 'investment',
      label: t('relocations.fields.investment'),
      children: relocation.investment ? (
        <strong data-testid="relocation-investment">{formatMoney(relocation.investment, language)}</strong>
      ) : (
        <Missing />
      ),
    },
    {
      key: 'stage_changed_at',
      label: t('relocations.fields.stageChangedAt'),
      children: formatDateTime(relocation.stage_changed_at, language),
    },
    {
      key: 'created',
      label: t('relocations.fields.created'),
      children: formatDateTime(relocation.created_at, language),
    },
  ];
  return <Facts items={items} />;
}
