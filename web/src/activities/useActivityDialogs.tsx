import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { api, entityTag, send } from '../api/client';
import type { RemoteOption } from '../app/RemoteSelect';
import { activityKeys, type ActivityRecord } from './api';
import type { LinkKind } from './activityQuery';
import { ActivityDialog } from './ActivityDialog';
import type { ActivityDefaults } from './formValues';
import { TaskDialog } from './TaskDialog';
import type { Activity } from './types';

interface Options {
  /** What a new activity starts from: the record of the page, its countries. */
  defaults?: ActivityDefaults;
  knownLinks?: Partial<Record<LinkKind, RemoteOption>>;
}

type Open = { dialog: 'activity'; record?: ActivityRecord } | { dialog: 'task'; activity: Activity } | null;

/**
 * The dialogs a page with a timeline opens: log an activity, change one (as the timeline showed
 * it, read again when someone else changed it meanwhile), add a follow-up task to one.
 */
export function useActivityDialogs({ defaults, knownLinks }: Options = {}) {
  const client = useQueryClient();
  const [open, setOpen] = useState<Open>(null);

  const reread = async (id: number) => {
    const record = await client.fetchQuery({
      queryKey: activityKeys.one(id),
      queryFn: async ({ signal }) => {
        const { data, response } = await send(
          api.GET('/api/v1/activities/{id}', { params: { path: { id } }, signal }),
        );
        return { activity: data, etag: entityTag(response, data.version) };
      },
      staleTime: 0,
    });
    setOpen({ dialog: 'activity', record });
  };

  const close = () => setOpen(null);
  const dialogs: ReactNode =
    open?.dialog === 'activity' ? (
      <ActivityDialog
        // A fresh version means fresh initial values.
        key={open.record?.etag ?? 'new'}
        record={open.record}
        defaults={defaults}
        knownLinks={knownLinks}
        onReload={open.record ? () => reread(open.record!.activity.id) : undefined}
        onClose={close}
      />
    ) : open?.dialog === 'task' ? (
      <TaskDialog activity={open.activity} onClose={close} />
    ) : null;

  return {
    /** Logs a new activity. */
    create: () => setOpen({ dialog: 'activity' }),
    edit: (activity: Activity, etag = `"${activity.version}"`) =>
      setOpen({ dialog: 'activity', record: { activity, etag } }),
    addTask: (activity: Activity) => setOpen({ dialog: 'task', activity }),
    dialogs,
  };
}
