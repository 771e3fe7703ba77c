import {
  ApiOutlined,
  CheckOutlined,
  DownOutlined,
  LockOutlined,
  LogoutOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { currentLanguage, LANGUAGES, type Language } from '../i18n/i18n';
import { useAuth } from './AuthProvider';

/** The signed-in user's name and role in the header, opening its own pages and the way out. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me, can, logout, changeLanguage } = useAuth();
  if (!me) return null;
  const { user } = me;
  const name = user.display_name || user.email;
  const language = currentLanguage();

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <span className="user-menu-who">
          <span className="user-menu-who-name">{name}</span>
          {user.email}
          <br />
          {t(`roles.${user.role}`)}
        </span>
      ),
    },
    { type: 'divider' },
    { key: 'profile', icon: <UserOutlined aria-hidden />, label: t('userMenu.profile') },
    { key: 'password', icon: <LockOutlined aria-hidden />, label: t('userMenu.password') },
    ...(can('token.read')
      ? [{ key: 'tokens', icon: <ApiOutlined aria-hidden />, label: t('userMenu.tokens') }]
      : []),
    {
      key: 'language',
      icon: <TranslationOutlined aria-hidden />,
      label: t('app.language'),
      children: LANGUAGES.map((option) => ({
        key: `language:${option}`,
        label: <span lang={option}>{t(`app.languages.${option}`)}</span>,
        icon: option === language ? <CheckOutlined aria-hidden /> : <span className="menu-icon-space" />,
      })),
    },
    { type: 'divider' },
    { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('userMenu.logout'), danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'profile') navigate('/profile');
    else if (key === 'password') navigate('/profile#password');
    else if (key === 'tokens') navigate('/tokens');
    else if (key.startsWith('language:')) void changeLanguage(key.slice('language:'.length) as Language);
    else if (key === 'logout') {
      logout().catch((error: unknown) =>
        message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle')),
      );
    }
  };

  return (
    <Dropdown menu={{ items, onClick, selectable: false }} trigger={['click']} placement="bottomRight">
      <Button
        type="text"
        className="user-menu-button"
        aria-label={t('userMenu.open', { name })}
        data-testid="user-menu"
      >
        <UserOutlined />
        {!compact && (
          <span className="user-menu-name">
            {name}
            <span className="user-menu-role">{t(`roles.${user.role}`)}</span>
          </span>
        )}
        <DownOutlined className="user-menu-caret" />
      </Button>
    </Dropdown>
  );
}
