import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Space, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider';
import { currentLanguage, type Language } from '../i18n/i18n';
import { useCountryNames } from '../organisations/useCountryNames';
import { linkPath, LINKS, type LinkKind } from './activityQuery';
import { participantName } from './formValues';
import { ActivityKindIcon, ActivityKindTag } from './tags';
import { daysBetween, groupByDay, localDay } from './timeline';
import type { Activity } from './types';

const dayHeadings = new Map<Language, Intl.DateTimeFormat>();

/** "Monday, 16 November 2026", in UTC like every calendar day of the API. */
function formatDay(day: string, language: Language): string {
  let format = dayHeadings.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dayHeadings.set(language, format);
  }
  return format.format(new Date(`${day}T00:00:00Z`));
}

/** Whether the reader may change an activity: staff of any of its countries. */
export function useMayChangeActivity() {
  const { can } = useAuth();
  return (activity: Pick<Activity, 'countries'>) =>
    activity.countries.some((country) => can('activity.update', { country }));
}

interface Props {
  activities: readonly Activity[];
  /** The record whose timeline this is: its own link would say nothing. */
  of?: LinkKind;
  /** Fewer lines a day: the desk and a record's card. */
  compact?: boolean;
  onEdit?: (activity: Activity) => void;
  onAddTask?: (activity: Activity) => void;
}

/** Activities under a heading per day, newest first: what happened, where, with whom, about what. */
export function ActivityTimeline({ activities, of, compact = false, onEdit, onAddTask }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const countries = useCountryNames();
  const mayChange = useMayChangeActivity();
  const groups = useMemo(() => groupByDay(activities), [activities]);
  const today = localDay();

  const relative = (day: string) => {
    const days = daysBetween(today, day);
    if (days === 0) return t('activities.timeline.today');
    if (days === -1) return t('activities.timeline.yesterday');
    if (days === 1) return t('activities.timeline.tomorrow');
    return days > 1 ? t('activities.timeline.planned') : undefined;
  };

  return (
    <div className={compact ? 'activity-timeline activity-timeline-compact' : 'activity-timeline'}>
      {groups.map((group) => (
        <section key={group.day} className="activity-day" data-testid="activity-day" data-day={group.day}>
          <h3 className="activity-day-heading">
            {relative(group.day) && <span className="activity-day-relative">{relative(group.day)}</span>}
            <span>{formatDay(group.day, language)}</span>
          </h3>
          <ol className="activity-items">
            {group.items.map((activity) => {
              const links = LINKS.filter((kind) => kind !== of && activity[`${kind}_id`]);
              const people = activity.participants.map((participant) =>
                participantName(participant, language),
              );
              const editable = mayChange(activity);
              return (
                <li
                  key={activity.id}
                  className="activity-item"
                  data-testid="activity-item"
                  data-activity={activity.id}
                >
                  <span className={`activity-dot activity-dot-${activity.kind}`} aria-hidden>
                    <ActivityKindIcon kind={activity.kind} />
                  </span>
                  <div className="activity-body">
                    <div className="activity-head">
                      <Link to={`/activities/${activity.id}`} className="activity-subject">
                        {activity.subject}
                      </Link>
                      <Space size={4} className="activity-actions">
                        {onAddTask && editable && (
                          <Tooltip title={t('tasks.add')}>
                            <Button
                              size="small"
                              type="text"
                              icon={<PlusOutlined />}
                              aria-label={t('tasks.addTo', { subject: activity.subject })}
                              onClick={() => onAddTask(activity)}
                            />
                          </Tooltip>
                        )}
                        {onEdit && editable && (
                          <Tooltip title={t('common.edit')}>
                            <Button
                              size="small"
                              type="text"
                              icon={<EditOutlined />}
                              aria-label={t('activities.editNamed', { subject: activity.subject })}
                              onClick={() => onEdit(activity)}
                            />
                          </Tooltip>
                        )}
                      </Space>
                    </div>
                    <div className="activity-meta">
                      <ActivityKindTag kind={activity.kind} />
                      <span>{activity.countries.map(countries.nameOf).join(', ')}</span>
                      {!compact && activity.created_by && (
                        <Typography.Text type="secondary">
                          {t('activities.by', { name: activity.created_by.display_name })}
                        </Typography.Text>
                      )}
                      {activity.open_tasks > 0 && (
                        <Badge
                          color="orange"
                          className="activity-open-tasks"
                          text={t('activities.openTasks', { count: activity.open_tasks })}
                        />
                      )}
                    </div>
                    {people.length > 0 && (
                      <div className="activity-people">
                        <Typography.Text type="secondary">{t('activities.with')}</Typography.Text>{' '}
                        {people.join(', ')}
                      </div>
                    )}
                    {links.length > 0 && (
                      <div className="activity-links">
                        {links.map((kind) => (
                          <Link key={kind} to={linkPath(kind, activity[`${kind}_id`] ?? 0)}>
                            {t(`activities.links.numbered.${kind}`, { id: activity[`${kind}_id`] })}
                          </Link>
                        ))}
                      </div>
                    )}
                    {activity.notes && (
                      <Typography.Paragraph
                        type="secondary"
                        className="activity-notes"
                        ellipsis={{
                          rows: compact ? 1 : 2,
                          expandable: !compact,
                          symbol: t('activities.more'),
                        }}
                      >
                        {activity.notes}
                      </Typography.Paragraph>
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
