import { Space, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Facts, Missing } from '../app/Facts';
import { useAuth } from '../auth/AuthProvider';
import { formatMoney } from '../fx/money';
import { formatDate, formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useCountryNames } from '../organisations/useCountryNames';
import { RequestStatusTag } from '../requests/tags';
import { isFinal } from './stages';
import type { Deal } from './types';

/** Who sells what to whom, where, for how much and when; the solutions and requests behind it. */
export function DealFacts({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const language = currentLanguage();
  const countries = useCountryNames();

  const party = (ref: Deal['organisation'], testId: string): ReactNode => {
    const name = localName(ref, language) || `#${ref.id}`;
    // A company user reads its own company's record, not the buyer's.
    return can('organisation.read', { company: ref.id, country: ref.country }) ? (
      <Link to={`/organisations/${ref.id}`} data-testid={testId}>
        {name}
      </Link>
    ) : (
      <span data-testid={testId}>{name}</span>
    );
  };

  const items: DescriptionsProps['items'] = [
    {
      key: 'organisation',
      label: t('deals.fields.organisation'),
      children: party(deal.organisation, 'deal-company'),
    },
    {
      key: 'country',
      label: t('deals.fields.country'),
      children: (
        <span>
          {countries.nameOf(deal.country)}{' '}
          <Typography.Text type="secondary">({deal.country})</Typography.Text>
        </span>
      ),
    },
    { key: 'category', label: t('deals.fields.category'), children: t(`deals.categories.${deal.category}`) },
    {
      key: 'counterparty',
      label: t('deals.fields.counterparty'),
      children: deal.counterparty ? party(deal.counterparty, 'deal-counterparty') : <Missing />,
    },
    {
      key: 'value',
      label: t('deals.fields.value'),
      children: deal.value ? (
        <span data-testid="deal-value">
          <strong>{formatMoney(deal.value, language)}</strong>{' '}
          {/* How likely it is matters while the deal is open; a closed one is won or not. */}
          {!isFinal(deal.stage) && (
            <Typography.Text type="secondary">
              {t('deals.probabilityOf', { percent: deal.probability })}
            </Typography.Text>
          )}
        </span>
      ) : (
        <Typography.Text type="secondary" data-testid="deal-value">
          {t('deals.noValue')}
        </Typography.Text>
      ),
    },
    {
      key: 'expected_close_date',
      label: t('deals.fields.expectedCloseDate'),
      children: deal.expected_close_date ? formatDate(deal.expected_close_date, language) : <Missing />,
    },
    {
      key: 'owner',
      label: t('deals.fields.owner'),
      children: deal.owner?.display_name ?? (
        <Typography.Text type="secondary">{t('deals.noOwner')}</Typography.Text>
      ),
    },
    {
      key: 'contract',
      label: t('deals.fields.contract'),
      children:
        deal.contract_number || deal.contract_date ? (
          <span data-testid="deal-contract">
            {deal.contract_number ? t('deals.contractNumber', { number: deal.contract_number }) : ''}
            {deal.contract_number && deal.contract_date ? ' ' : ''}
            {deal.contract_date
              ? t('deals.contractDate', { date: formatDate(deal.contract_date, language) })
              : ''}
          </span>
        ) : (
          <Missing />
        ),
    },
    {
      key: 'solutions',
      label: t('deals.fields.solutions'),
      children:
        deal.solutions.length > 0 ? (
          <Space direction="vertical" size={2}>
            {deal.solutions.map((solution) => (
              <Link key={solution.id} to={`/solutions/${solution.id}`}>
                {localName(solution, language) || `#${solution.id}`}
              </Link>
            ))}
          </Space>
        ) : (
          <Missing />
        ),
    },
    {
      key: 'requests',
      label: t('deals.fields.requests'),
      children:
        deal.requests.length > 0 ? (
          <Space direction="vertical" size={2}>
            {deal.requests.map((request) => (
              <span key={request.id}>
                <Link to={`/requests/${request.id}`}>
                  {t('requests.number', { id: request.id })} {request.subject}
                </Link>{' '}
                <RequestStatusTag status={request.status} />
              </span>
            ))}
          </Space>
        ) : (
          <Missing />
        ),
    },
    {
      key: 'stage_changed_at',
      label: t('deals.fields.stageChangedAt'),
      children: formatDateTime(deal.stage_changed_at, language),
    },
    { key: 'created', label: t('deals.fields.created'), children: formatDateTime(deal.created_at, language) },
  ];

  return <Facts items={items} />;
}
