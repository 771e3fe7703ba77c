import { App, Button, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { listEmpty } from '../app/listTable';
import { ProblemAlert } from '../app/ProblemAlert';
import { usePageTitle } from '../app/usePageTitle';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useDealStages, usePatchDealStage } from './api';
import './deals.css';
import { DealStageTag } from './tags';
import type { DealStageInfo } from './types';

/**
 * /admin/deal-stages: the pipeline's stages and the probability each weighs its deals' value
 * by in the weighted pipeline. Each is saved on its own, with the version the table showed.
 */
export function DealStagesPage() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message } = App.useApp();
  const stages = useDealStages();
  const patch = usePatchDealStage();
  // Probabilities typed but not yet saved, by stage.
  const [drafts, setDrafts] = useState<Record<string, number | null>>({});
  usePageTitle(t('dealStages.title'));

  const draftOf = (stage: DealStageInfo) => (stage.code in drafts ? drafts[stage.code] : stage.probability);
  const forget = (stage: DealStageInfo) => setDrafts(({ [stage.code]: _dropped, ...rest }) => rest);

  const save = (stage: DealStageInfo) => {
    const probability = draftOf(stage);
    if (probability === null || probability === undefined) return;
    patch.mutate(
      { stage, probability },
      {
        onSuccess: (changed) => {
          forget(stage);
          void message.success(
            t('dealStages.saved', { name: localName(changed, language), percent: changed.probability }),
          );
        },
        onError: (error) => {
          if (error instanceof ProblemError && error.status === 409) {
            forget(stage);
            void message.warning(t('dealStages.conflict'), 8);
          } else {
            void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'), 8);
          }
        },
      },
    );
  };

  const columns: ColumnsType<DealStageInfo> = [
    {
      key: 'stage',
      title: t('dealStages.columns.stage'),
      render: (_, stage) => <DealStageTag stage={stage.code} />,
    },
    {
      key: 'name_ru',
      title: t('requestTypes.fields.nameRu'),
      responsive: ['md'],
      render: (_, stage) => <span lang="ru">{stage.name_ru}</span>,
    },
    {
      key: 'name_en',
      title: t('requestTypes.fields.nameEn'),
      responsive: ['md'],
      render: (_, stage) => <span lang="en">{stage.name_en}</span>,
    },
    {
      key: 'kind',
      title: t('dealStages.columns.kind'),
      responsive: ['sm'],
      render: (_, stage) => (
        <Space size={4} wrap>
          {stage.won && (
            <Tag bordered={false} color="gold">
              {t('dealStages.won')}
            </Tag>
          )}
          {stage.final && <Tag bordered={false}>{t('dealStages.final')}</Tag>}
          {!stage.won && !stage.final && (
            <Typography.Text type="secondary">{t('dealStages.open')}</Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'probability',
      title: t('dealStages.columns.probability'),
      width: 260,
      render: (_, stage) => {
        const draft = draftOf(stage);
        const changed = draft !== stage.probability;
        const name = localName(stage, language);
        return (
          <Space size={8}>
            <InputNumber<number>
              min={0}
              max={100}
              precision={0}
              suffix="%"
              className="deal-stage-probability"
              aria-label={t('dealStages.probabilityOf', { name })}
              value={draft}
              status={draft === null ? 'error' : undefined}
              onChange={(value) => setDrafts((all) => ({ ...all, [stage.code]: value }))}
              onPressEnter={() => changed && save(stage)}
            />
            {changed && (
              <>
                <Button
                  type="primary"
                  size="small"
                  disabled={draft === null}
                  loading={patch.isPending && patch.variables?.stage.code === stage.code}
                  onClick={() => save(stage)}
                  aria-label={t('dealStages.saveOne', { name })}
                >
                  {t('common.save')}
                </Button>
                <Button size="small" type="link" onClick={() => forget(stage)}>
                  {t('common.cancel')}
                </Button>
              </>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <>
      <div className="page-heading">
        <Typography.Title level={2}>{t('dealStages.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('dealStages.subtitle')}</Typography.Text>
      </div>
      {stages.isError ? (
        <ProblemAlert error={stages.error} onRetry={() => void stages.refetch()} />
      ) : (
        <Table<DealStageInfo>
          className="deal-stages-table"
          data-testid="deal-stages-table"
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={stages.data}
          loading={stages.isFetching}
          pagination={false}
          locale={{
            emptyText: listEmpty(t, { pending: stages.isPending, description: t('dealStages.empty') }),
          }}
        />
      )}
    </>
  );
}
