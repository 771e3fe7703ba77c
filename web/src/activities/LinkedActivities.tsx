import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { useActivityTimeline } from './api';
import { NO_FILTERS, toApiQuery, toSearchParams, type LinkKind } from './activityQuery';
import { ActivityTimeline } from './ActivityTimeline';
import './activities.css';
import { useActivityDialogs } from './useActivityDialogs';

// The latest few on the record's page; the rest are on the timeline, filtered to the record.
const SHOWN = 5;

interface Props {
  /** The record whose activities these are. */
  of: LinkKind;
  id: number;
  /** Its title, for the link's label in the dialog. */
  title: string;
  /** Its country: where a new activity takes place. */
  country: string;
  /** The company it is with, a likely participant. */
  organisation?: number;
}

/** The activities about one deal, request or relocation case, with the way to log another. */
export function LinkedActivities({ of, id, title, country, organisation }: Props) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const filters = useMemo(() => ({ ...NO_FILTERS, [of]: id }), [of, id]);
  const timeline = useActivityTimeline(toApiQuery(filters, SHOWN));
  const first = timeline.data?.pages[0];
  const defaults = useMemo(
    () => ({ countries: [country], [`${of}_id`]: id, organisation }),
    [country, of, id, organisation],
  );
  const knownLinks = useMemo(() => ({ [of]: { value: id, label: `#${id} ${title}` } }), [of, id, title]);
  const dialogs = useActivityDialogs({ defaults, knownLinks });
  const more = (first?.total ?? 0) - (first?.items.length ?? 0);

  return (
    <Card
      title={t('activities.card.title')}
      className="linked-activities"
      data-testid="linked-activities"
      extra={
        can('activity.create', { country }) && (
          <Button size="small" icon={<PlusOutlined />} onClick={dialogs.create}>
            {t('activities.create')}
          </Button>
        )
      }
    >
      {timeline.isError && <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {first && first.items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.card.empty')} />
      )}
      {first && first.items.length > 0 && (
        <ActivityTimeline
          activities={first.items}
          of={of}
          compact
          onEdit={dialogs.edit}
          onAddTask={dialogs.addTask}
        />
      )}
      {first && first.total > 0 && (
        <Link to={`/activities?${toSearchParams(filters).toString()}`} className="linked-activities-all">
          {more > 0 ? t('activities.card.more', { count: more }) : t('activities.card.all')}
        </Link>
      )}
      {dialogs.dialogs}
    </Card>
  );
}
