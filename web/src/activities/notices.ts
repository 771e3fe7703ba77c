import { taskLink } from './taskQuery';
import type { Notice, Notifications } from './types';

export const SECTIONS = ['overdue', 'due_soon', 'assigned'] as const;
export type SectionKey = (typeof SECTIONS)[number];

export interface NoticeSection {
  key: SectionKey;
  notices: Notice[];
}

/** One task or request, whichever lists hold it. */
export const noticeKey = (notice: Pick<Notice, 'kind' | 'id'>) => `${notice.kind}:${notice.id}`;

/**
 * The bell's list: what is overdue first, then what is due soon, then the rest of what is
 * assigned to the reader; each task or request once, under the most pressing heading. Empty
 * headings are left out.
 */
export function noticeSections(notifications: Notifications | undefined): NoticeSection[] {
  if (!notifications) return [];
  const seen = new Set<string>();
  const sections: NoticeSection[] = [];
  for (const key of SECTIONS) {
    const notices = notifications[key].filter((notice) => {
      if (seen.has(noticeKey(notice))) return false;
      seen.add(noticeKey(notice));
      return true;
    });
    if (notices.length > 0) sections.push({ key, notices });
  }
  return sections;
}

/** How many tasks and requests need the reader, each counted once: the bell's badge. */
export function noticeCount(sections: readonly NoticeSection[]): number {
  return sections.reduce((sum, section) => sum + section.notices.length, 0);
}

/** Where a notice leads: a request's page, or the task on its own over the reader's tasks. */
export function noticeLink(notice: Pick<Notice, 'kind' | 'id'>): string {
  return notice.kind === 'request' ? `/requests/${notice.id}` : taskLink(notice.id);
}
