import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthProvider';
import { isStaff } from '../requests/scope';

/** The deals' title for this reader: a company user sees its own company's ("My deals"). */
export function useDealsTitle(): string {
  const { t } = useTranslation();
  const { me } = useAuth();
  return isStaff(me) ? t('deals.title') : t('deals.titleCompany');
}
