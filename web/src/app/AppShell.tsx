import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  CustomerServiceOutlined,
  DesktopOutlined,
  DashboardOutlined,
  FundProjectionScreenOutlined,
  GlobalOutlined,
  MenuOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  SwapRightOutlined,
  TagsOutlined,
  TeamOutlined,
  TransactionOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { NotificationBell } from '../activities/NotificationBell';
import { useAuth } from '../auth/AuthProvider';
import { UserMenu } from '../auth/UserMenu';
import { LanguageSwitch } from './LanguageSwitch';

const SECTIONS = [
  '/countries',
  '/organisations',
  '/solutions',
  '/requests',
  '/deals',
  '/relocations',
  '/activities',
  '/tasks',
  '/desk',
  '/admin/users',
  '/admin/taxonomy',
  '/admin/request-types',
  '/admin/deal-stages',
  '/admin/fx',
  '/admin/audit',
];

/** The menu entry a path belongs to: a country page is under "Countries". */
function sectionOf(pathname: string): string {
  if (pathname === '/') return '/';
  return SECTIONS.find((section) => pathname === section || pathname.startsWith(`${section}/`)) ?? '';
}

export function AppShell() {
  const { t } = useTranslation();
  const { can, me } = useAuth();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Until the first measurement `md` is undefined; assume a wide screen rather than flash the drawer button.
  const narrow = screens.md === false;
  // An attaché's own desk: the first of its countries (the desk switches between them).
  const desk = me?.user.role === 'attache' ? me.user.countries[0] : undefined;

  const items: MenuProps['items'] = [
    { key: '/', icon: <DashboardOutlined />, label: <Link to="/">{t('nav.dashboard')}</Link> },
    { key: '/countries', icon: <GlobalOutlined />, label: <Link to="/countries">{t('nav.countries')}</Link> },
    ...(can('organisation.read')
      ? [
          {
            key: '/organisations',
            icon: <BankOutlined />,
            label: <Link to="/organisations">{t('nav.organisations')}</Link>,
          },
        ]
      : []),
    ...(can('solution.read')
      ? [
          {
            key: '/solutions',
            icon: <AppstoreOutlined />,
            label: <Link to="/solutions">{t('nav.solutions')}</Link>,
          },
        ]
      : []),
    ...(can('request.read')
      ? [
          {
            key: '/requests',
            icon: <CustomerServiceOutlined />,
            // A company user sees only its own company's.
            label: (
              <Link to="/requests">
                {me?.user.role === 'company' ? t('nav.myRequests') : t('nav.requests')}
              </Link>
            ),
          },
        ]
      : []),
    ...(can('deal.read')
      ? [
          {
            key: '/deals',
            icon: <FundProjectionScreenOutlined />,
            // A company user sees only its own company's.
            label: <Link to="/deals">{me?.user.role === 'company' ? t('nav.myDeals') : t('nav.deals')}</Link>,
          },
        ]
      : []),
    ...(can('relocation.read')
      ? [
          {
            key: '/relocations',
            icon: <SwapRightOutlined />,
            label: <Link to="/relocations">{t('nav.relocations')}</Link>,
          },
        ]
      : []),
    ...(can('activity.read')
      ? [
          {
            key: '/activities',
            icon: <ScheduleOutlined />,
            label: <Link to="/activities">{t('nav.activities')}</Link>,
          },
        ]
      : []),
    ...(desk
      ? [
          {
            key: '/desk',
            icon: <DesktopOutlined />,
            label: <Link to={`/desk/${desk}`}>{t('nav.desk')}</Link>,
          },
        ]
      : []),
    ...(can('user.read')
      ? [
          {
            key: '/admin/users',
            icon: <TeamOutlined />,
            label: <Link to="/admin/users">{t('nav.users')}</Link>,
          },
        ]
      : []),
    ...(can('taxonomy.update')
      ? [
          {
            key: '/admin/taxonomy',
            icon: <TagsOutlined />,
            label: <Link to="/admin/taxonomy">{t('nav.taxonomy')}</Link>,
          },
        ]
      : []),
    ...(can('request_type.update')
      ? [
          {
            key: '/admin/request-types',
            icon: <ProfileOutlined />,
            label: <Link to="/admin/request-types">{t('nav.requestTypes')}</Link>,
          },
        ]
      : []),
    ...(can('deal_stage.update')
      ? [
          {
            key: '/admin/deal-stages',
            icon: <NodeIndexOutlined />,
            label: <Link to="/admin/deal-stages">{t('nav.dealStages')}</Link>,
          },
        ]
      : []),
    // Everyone signed in may read the rates (the page is reachable by its address); the menu
    // offers it to those who keep them: administrators and analysts.
    ...(can('fx.create')
      ? [
          {
            key: '/admin/fx',
            icon: <TransactionOutlined />,
            label: <Link to="/admin/fx">{t('nav.fx')}</Link>,
          },
        ]
      : []),
    ...(can('audit.read')
      ? [
          {
            key: '/admin/audit',
            icon: <AuditOutlined />,
            label: <Link to="/admin/audit">{t('nav.audit')}</Link>,
          },
        ]
      : []),
  ];
  const selected = [sectionOf(pathname)];

  return (
    <Layout className="shell">
      <Layout.Header className="shell-header">
        {narrow && (
          <Button
            type="text"
            className="shell-menu-button"
            icon={<MenuOutlined />}
            // antd's text button paints its icon dark, for light backgrounds.
            style={{ color: '#fff' }}
            aria-label={t('nav.open')}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/" className="shell-brand">
          {t('app.name')}
          <span className="shell-tagline shell-tagline-beside-menu">{t('app.tagline')}</span>
        </Link>
        {!narrow && (
          <Menu theme="dark" mode="horizontal" selectedKeys={selected} items={items} className="shell-menu" />
        )}
        <div className="shell-tools">
          <NotificationBell />
          <LanguageSwitch />
          <UserMenu compact={narrow} />
        </div>
      </Layout.Header>
      <Drawer
        placement="left"
        width={260}
        title={t('app.name')}
        open={narrow && drawerOpen}
        onClose={() => setDrawerOpen(false)}
        styles={{ body: { padding: 0 } }}
      >
        <Menu mode="inline" selectedKeys={selected} items={items} onClick={() => setDrawerOpen(false)} />
      </Drawer>
      <Layout.Content className="shell-content">
        <main className="page">
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer className="shell-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
