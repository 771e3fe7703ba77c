import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { listEmpty } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { formatMoney } from '../fx/money';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useDealMilestones, usePatchMilestone, useRemoveMilestone } from './api';
import { MilestoneDialog } from './MilestoneDialog';
import type { Deal, DealMilestone, DealMilestoneKind } from './types';

const KIND_COLORS: Record<DealMilestoneKind, string> = {
  delivery: 'blue',
  acceptance: 'purple',
  payment: 'gold',
};

type Dialog = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; milestone: DealMilestone };

/**
 * The contract's deliveries, acceptances and payments, in date order. While the deal is signed
 * or being carried out (`can_plan`) they are planned, changed, marked done and removed here;
 * each change moves the deal's version, so the deal is read again with them.
 */
export function DealMilestones({ deal }: { deal: Deal }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message, modal } = App.useApp();
  const milestones = useDealMilestones(deal.id);
  const patch = usePatchMilestone(deal.id);
  const remove = useRemoveMilestone(deal.id);
  const [dialog, setDialog] = useState<Dialog>({ mode: 'closed' });
  const plan = deal.can_plan;

  const failed = (error: unknown) => {
    if (error instanceof ProblemError && error.status === 409 && !error.problem.errors?.length) {
      void message.warning(t('deals.milestones.stale'), 8);
      void milestones.refetch();
      return;
    }
    void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'), 8);
  };
  const label = (milestone: DealMilestone) =>
    milestone.title || t(`deals.milestones.kinds.${milestone.kind}`);

  const markDone = (milestone: DealMilestone) =>
    patch.mutate(
      { milestone, patch: { done_on: dayjs().format('YYYY-MM-DD') } },
      {
        onSuccess: () => void message.success(t('deals.milestones.doneNow', { name: label(milestone) })),
        onError: failed,
      },
    );
  const confirmRemove = (milestone: DealMilestone) =>
    modal.confirm({
      title: t('deals.milestones.removeConfirm', { name: label(milestone) }),
      okText: t('deals.milestones.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove
          .mutateAsync(milestone)
          .then(
            () => void message.success(t('deals.milestones.removed', { name: label(milestone) })),
            failed,
          ),
    });

  const date = (value: string | null) =>
    value ? (
      <span className="nowrap">{formatDate(value, language)}</span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );

  const columns: ColumnsType<DealMilestone> = [
    {
      key: 'kind',
      title: t('deals.milestones.kind'),
      render: (_, milestone) => (
        <Tag color={KIND_COLORS[milestone.kind]} bordered={false}>
          {t(`deals.milestones.kinds.${milestone.kind}`)}
        </Tag>
      ),
    },
    {
      key: 'title',
      title: t('deals.milestones.title'),
      render: (_, milestone) => milestone.title || <Typography.Text type="secondary">—</Typography.Text>,
    },
    { key: 'due_on', title: t('deals.milestones.due'), render: (_, milestone) => date(milestone.due_on) },
    {
      key: 'done_on',
      title: t('deals.milestones.done'),
      render: (_, milestone) =>
        milestone.done_on ? (
          <Space size={4}>
            <CheckOutlined className="deal-milestone-done" />
            {date(milestone.done_on)}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('deals.milestones.notDone')}</Typography.Text>
        ),
    },
    {
      key: 'amount',
      title: t('deals.milestones.amount'),
      align: 'right',
      render: (_, milestone) =>
        milestone.amount ? (
          <span className="nowrap">{formatMoney(milestone.amount, language)}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...(plan
      ? [
          {
            key: 'actions',
            width: 132,
            render: (_: unknown, milestone: DealMilestone) => {
              const name = label(milestone);
              return (
                <Space size={0}>
                  {!milestone.done_on && (
                    <Tooltip title={t('deals.milestones.markDone', { name })}>
                      <Button
                        type="text"
                        icon={<CheckOutlined />}
                        aria-label={t('deals.milestones.markDone', { name })}
                        loading={patch.isPending && patch.variables?.milestone.id === milestone.id}
                        onClick={() => markDone(milestone)}
                      />
                    </Tooltip>
                  )}
                  <Tooltip title={t('deals.milestones.edit', { name })}>
                    <Button
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('deals.milestones.edit', { name })}
                      onClick={() => setDialog({ mode: 'edit', milestone })}
                    />
                  </Tooltip>
                  <Tooltip title={t('deals.milestones.removeOne', { name })}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('deals.milestones.removeOne', { name })}
                      onClick={() => confirmRemove(milestone)}
                    />
                  </Tooltip>
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Card
      id="milestones"
      title={t('deals.milestones.heading')}
      className="deal-milestones"
      data-testid="deal-milestones"
      extra={
        plan && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ mode: 'add' })}>
            {t('deals.milestones.add')}
          </Button>
        )
      }
    >
      {milestones.isError ? (
        <ProblemAlert error={milestones.error} onRetry={() => void milestones.refetch()} />
      ) : (
        <Table<DealMilestone>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={milestones.data}
          loading={milestones.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: listEmpty(t, {
              pending: milestones.isPending,
              description: plan ? t('deals.milestones.emptyPlan') : t('deals.milestones.empty'),
            }),
          }}
        />
      )}
      {dialog.mode !== 'closed' && (
        <MilestoneDialog
          deal={deal}
          milestone={dialog.mode === 'edit' ? dialog.milestone : undefined}
          onClose={() => setDialog({ mode: 'closed' })}
          onStale={() => void milestones.refetch()}
        />
      )}
    </Card>
  );
}
