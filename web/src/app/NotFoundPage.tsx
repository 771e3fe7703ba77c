import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

/** For unknown addresses and for records that do not exist. */
export function NotFoundPage({ detail }: { detail?: string }) {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={detail ?? t('notFound.detail')}
      extra={[
        <Link key="dashboard" to="/">
          <Button type="primary">{t('notFound.toDashboard')}</Button>
        </Link>,
        <Link key="countries" to="/countries">
          <Button>{t('notFound.toCountries')}</Button>
        </Link>,
      ]}
    />
  );
}
