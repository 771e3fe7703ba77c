import { Alert, Breadcrumb, Skeleton, Typography, type BreadcrumbProps } from 'antd';
import type { ReactNode } from 'react';
import { ProblemError } from '../api/problem';
import { NotFoundPage } from './NotFoundPage';
import { ProblemAlert } from './ProblemAlert';

/** Whether a record's page has nothing to show: a malformed id in the address, or a 404. */
export function isMissing(id: number, error: unknown): boolean {
  return id === 0 || (error instanceof ProblemError && error.status === 404);
}

interface Props {
  crumbs: BreadcrumbProps['items'];
  /** The page's heading, when the record's view does not bring its own. */
  title?: string;
  subtitle?: string;
  /** The record's load: its failure, or that it is on its way. */
  load?: { isError: boolean; error: unknown; isPending: boolean; refetch: () => unknown };
  /** Said instead of the page when there is no such record. */
  notFound?: string;
  /** Said above the form when the record may not be changed. */
  notEditable?: string;
  children: ReactNode;
}

/** The frame of a record's page or form: where it is, its heading, and its load's outcome. */
export function RecordFrame({ crumbs, title, subtitle, load, notFound, notEditable, children }: Props) {
  if (notFound) return <NotFoundPage detail={notFound} />;
  return (
    <>
      <Breadcrumb className="page-breadcrumb" items={crumbs} />
      {title && (
        <div className="page-heading">
          <Typography.Title level={2}>{title}</Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
      )}
      {load?.isError && <ProblemAlert error={load.error} onRetry={() => void load.refetch()} />}
      {load?.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {notEditable && <Alert type="info" showIcon message={notEditable} />}
      {children}
    </>
  );
}
