import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle';

/** For a page the signed-in user's role has no right to: said plainly, with a way back. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.detail')}
      extra={
        <Link to="/">
          <Button type="primary">{t('notFound.toDashboard')}</Button>
        </Link>
      }
    />
  );
}
