import { Alert, Descriptions, Form, Modal, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../app/ProblemAlert';
import { currentLanguage } from '../i18n/i18n';
import { localName } from '../i18n/localName';
import { useMergeOrganisation } from './api';
import { OrganisationSelect } from './OrganisationSelect';
import type { MergeReport, Organisation } from './types';

/** The kinds of records a merge report counts, in the order it lists them. */
export const MOVED_KINDS = [
  'solutions',
  'contacts',
  'subsidiaries',
  'operated_hubs',
  'sectors',
  'markets',
  'market_history',
  'residents',
  'residences',
  'users',
] as const;

/** The report's counts worth showing a person: known kinds in order, then any new ones. */
export function movedRows(report: MergeReport): [string, number][] {
  const known = MOVED_KINDS.filter((kind) => (report.moved[kind] ?? 0) > 0).map((kind): [string, number] => [
    kind,
    report.moved[kind] ?? 0,
  ]);
  // Name keys are the duplicate check's bookkeeping, not records anyone looks for.
  const other = Object.entries(report.moved).filter(
    ([kind, count]) =>
      count > 0 && kind !== 'name_keys' && !(MOVED_KINDS as readonly string[]).includes(kind),
  );
  return [...known, ...other];
}

interface Props {
  organisation: Organisation;
  onClose: () => void;
}

/** Picks a duplicate of `organisation` and merges it in; then shows what moved. */
export function MergeDialog({ organisation, onClose }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const merge = useMergeOrganisation(organisation.id);
  const [duplicate, setDuplicate] = useState<number | null>(null);
  const [report, setReport] = useState<MergeReport | null>(null);
  const name = localName(organisation, language);

  if (report) {
    const rows = movedRows(report);
    return (
      <Modal
        open
        title={t('organisations.merge.title', { name })}
        onCancel={onClose}
        onOk={onClose}
        okText={t('organisations.merge.done')}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <Result
          status="success"
          title={t('organisations.merge.merged', { id: report.merged_id })}
          subTitle={rows.length === 0 ? t('organisations.merge.nothingMoved') : undefined}
        />
        {rows.length > 0 && (
          <Descriptions
            size="small"
            column={1}
            bordered
            data-testid="merge-report"
            items={rows.map(([kind, count]) => ({
              key: kind,
              label: (MOVED_KINDS as readonly string[]).includes(kind)
                ? t(`organisations.merge.moved.${kind as (typeof MOVED_KINDS)[number]}`)
                : kind,
              children: count,
            }))}
          />
        )}
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('organisations.merge.title', { name })}
      okText={t('organisations.merge.confirm')}
      okButtonProps={{ danger: true, disabled: !duplicate }}
      cancelText={t('common.cancel')}
      confirmLoading={merge.isPending}
      onCancel={onClose}
      onOk={() => duplicate && merge.mutate(duplicate, { onSuccess: setReport })}
      width={600}
    >
      <Typography.Paragraph>{t('organisations.merge.explain', { name })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('organisations.merge.duplicate')} htmlFor="merge-duplicate">
          <OrganisationSelect
            id="merge-duplicate"
            value={duplicate}
            onChange={setDuplicate}
            exclude={organisation.id}
            disabled={merge.isPending}
          />
        </Form.Item>
      </Form>
      {duplicate && (
        <Alert type="warning" showIcon message={t('organisations.merge.warning')} className="card-alert" />
      )}
      {merge.isError && <ProblemAlert error={merge.error} />}
    </Modal>
  );
}
