import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useCountryNames } from '../organisations/useCountryNames';
import { useNotifications } from './api';
import './activities.css';
import { noticeCount, noticeKey, noticeLink, noticeSections } from './notices';
import type { Notice } from './types';

const ALL_TASKS = 'all-tasks';

/** One line of the list: what, and when it is due, where. */
function NoticeLine({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  // A task is due on a day, a request at a moment: the day says enough here.
  const due = formatDate(notice.due, language);
  return (
    <span className="notice" data-testid="notice" data-kind={notice.kind} data-id={notice.id}>
      <span className="notice-title">{notice.title}</span>
      <span className="notice-meta">
        {t(`notifications.kinds.${notice.kind}`, { id: notice.id })} · {t('notifications.due', { date: due })}
        {notice.country ? ` · ${countries.nameOf(notice.country)}` : ''}
      </span>
    </span>
  );
}

/**
 * The header's bell: how many tasks and requests need the reader, and the list of them (overdue,
 * due soon, assigned), each leading to its task or request. Read every minute, when the window
 * regains the focus, and when opened.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();
  const notifications = useNotifications();
  const sections = noticeSections(notifications.data);
  const count = noticeCount(sections);
  const overdue = sections.some((section) => section.key === 'overdue');
  const byKey = new Map(
    sections.flatMap((section) => section.notices.map((notice) => [noticeKey(notice), notice])),
  );

  const items: MenuProps['items'] = [
    ...(sections.length === 0
      ? [
          {
            key: 'none',
            disabled: true,
            label: t(notifications.isPending ? 'notifications.loading' : 'notifications.empty'),
          },
        ]
      : sections.map((section) => ({
          key: section.key,
          type: 'group' as const,
          label: t(`notifications.sections.${section.key}`),
          children: section.notices.map((notice) => ({
            key: noticeKey(notice),
            label: <NoticeLine notice={notice} />,
            danger: section.key === 'overdue',
          })),
        }))),
    ...(can('activity.read')
      ? [{ type: 'divider' as const }, { key: ALL_TASKS, label: t('notifications.allTasks') }]
      : []),
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === ALL_TASKS) navigate('/tasks');
    const notice = byKey.get(key);
    if (notice) navigate(noticeLink(notice));
  };

  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      autoFocus
      onOpenChange={(open) => {
        if (open) void notifications.refetch();
      }}
      menu={{ items, onClick, selectable: false, className: 'notice-menu' }}
    >
      <Button
        type="text"
        className="notification-bell"
        data-testid="notification-bell"
        aria-label={t('notifications.open', { count })}
      >
        <Badge count={count} size="small" overflowCount={99} color={overdue ? '#ff4d4f' : '#1668dc'}>
          <BellOutlined className="notification-bell-icon" />
        </Badge>
      </Button>
    </Dropdown>
  );
}
