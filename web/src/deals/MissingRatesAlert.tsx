import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import type { MissingRate } from './types';

/**
 * Says which amounts the sums leave out for want of an exchange rate, so that nobody takes a
 * total short of them for the whole; those who keep the rates get the way to them.
 */
export function MissingRatesAlert({ rates }: { rates: readonly MissingRate[] }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const language = currentLanguage();
  if (rates.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="card-alert"
      data-testid="missing-rates"
      message={t('deals.missingRates.title')}
      description={
        <>
          <ul className="problem-errors">
            {rates.map((rate) => (
              <li key={`${rate.currency}-${rate.date}`}>
                {t('deals.missingRates.item', {
                  currency: rate.currency,
                  date: formatDate(rate.date, language),
                  count: rate.deals,
                })}
              </li>
            ))}
          </ul>
          {can('fx.create') && (
            <Link to="/admin/fx" className="missing-rates-link">
              {t('deals.missingRates.open')}
            </Link>
          )}
        </>
      }
    />
  );
}
