import { Card, Layout } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch';

/** The frame of the pages before the app: the login and the forced password change. */
export function AuthLayout({ title, children }: { title: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        <span className="shell-brand">
          {t('app.name')}
          <span className="shell-tagline">{t('app.tagline')}</span>
        </span>
        <div className="shell-tools">
          <LanguageSwitch />
        </div>
      </Layout.Header>
      <Layout.Content className="shell-content auth-content">
        <main className="auth-main">
          <Card title={title} className="auth-card">
            {children}
          </Card>
        </main>
      </Layout.Content>
      <Layout.Footer className="shell-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
