import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../app/usePageTitle';
import { AuthLayout } from './AuthLayout';
import { useAuth } from './AuthProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

/** What a user with a one-time password sees, whatever address it opened, until it is replaced. */
export function ForcedPasswordChange() {
  const { t } = useTranslation();
  const { me, refresh, logout } = useAuth();
  usePageTitle(t('password.forcedTitle'));
  return (
    <AuthLayout title={t('password.forcedTitle')}>
      <Typography.Paragraph>
        {t('password.forcedDetail', { email: me?.user.email ?? '' })}
      </Typography.Paragraph>
      <ChangePasswordForm autoFocus onChanged={() => void refresh()} />
      <div className="auth-secondary">
        <Button type="link" onClick={() => void logout()}>
          {t('userMenu.logout')}
        </Button>
      </div>
    </AuthLayout>
  );
}
