import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useAuth } from '../auth/AuthProvider';
import './showcase.css';

/**
 * The frame of the public showcase: for foreign buyers, not the staff, so none of the app's
 * menu; the name, the language switch, and a way in for those who have an account.
 */
export function ShowcaseLayout() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <Layout className="showcase">
      <Layout.Header className="showcase-header">
        <Link to="/showcase" className="showcase-brand">
          {t('showcase.brand')}
          <span className="showcase-tagline">{t('showcase.tagline')}</span>
        </Link>
        <div className="showcase-tools">
          <LanguageSwitch />
          <Link to={me ? '/' : '/login'} className="showcase-staff">
            {me ? t('showcase.toApp') : t('showcase.signIn')}
          </Link>
        </div>
      </Layout.Header>
      <Layout.Content className="showcase-content">
        <main className="showcase-main">
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer className="showcase-footer">{t('showcase.footer')}</Layout.Footer>
    </Layout>
  );
}
