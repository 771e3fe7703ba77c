import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../app/ProblemAlert';
import { useFxImport } from './api';
import type { FxImportProblem } from './types';

const SOURCE_MAX_LENGTH = 100;

function ProblemTable({ rows }: { rows: FxImportProblem[] }) {
  const { t } = useTranslation();
  const columns: ColumnsType<FxImportProblem> = [
    { key: 'row', title: t('transfer.import.row'), dataIndex: 'row', width: 64 },
    { key: 'column', title: t('transfer.import.column'), dataIndex: 'column', width: 100 },
    { key: 'message', title: t('transfer.import.message'), dataIndex: 'message' },
  ];
  return (
    <Table<FxImportProblem>
      data-testid="fx-import-problems"
      size="small"
      rowKey={(problem) => `${problem.row}|${problem.column}|${problem.message}`}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
    />
  );
}

/** Loads rates from a CSV or XLSX table, all or nothing, and says what came of it. */
export function FxImport() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const upload = useFxImport();
  const outcome = upload.data;

  const choose = (chosen: File | null) => {
    setFile(chosen);
    upload.reset();
  };
  const run = () => {
    if (file) upload.mutate({ file, source: source.trim() });
  };

  return (
    <Card size="small" title={t('fx.import.title')} className="fx-import" data-testid="fx-import">
      <Space direction="vertical" size={12} className="full-width">
        <Typography.Text type="secondary" className="secondary-line">
          {t('fx.import.intro')}
        </Typography.Text>
        <Upload.Dragger
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          className="fx-import-drop"
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          beforeUpload={(chosen) => {
            choose(chosen);
            return false; // kept until "Import": nothing is sent on choosing
          }}
          onRemove={() => choose(null)}
        >
          <Typography.Text>
            <InboxOutlined className="request-files-drop-icon" /> {t('fx.import.drop')}
          </Typography.Text>
        </Upload.Dragger>
        <div>
          <label htmlFor="fx-source" className="fx-label">
            {t('fx.import.source')}
          </label>
          <Input
            id="fx-source"
            value={source}
            maxLength={SOURCE_MAX_LENGTH}
            placeholder={t('fx.import.sourcePlaceholder')}
            onChange={(event) => setSource(event.target.value)}
          />
        </div>
        <Button type="primary" disabled={!file} loading={upload.isPending} onClick={run}>
          {t('fx.import.run')}
        </Button>
        {upload.isError && <ProblemAlert error={upload.error} />}
        {outcome && !outcome.refused && (
          <Alert
            type="success"
            showIcon
            data-testid="fx-import-done"
            message={t('fx.import.done', {
              created: outcome.report.created,
              updated: outcome.report.updated,
            })}
            description={t('fx.import.rows', { count: outcome.report.rows })}
          />
        )}
        {outcome?.refused && (
          <>
            <Alert
              type="error"
              showIcon
              role="alert"
              message={t('fx.import.refused', { count: outcome.report.problems.length })}
              description={t('fx.import.refusedHint')}
            />
            <ProblemTable rows={outcome.report.problems} />
          </>
        )}
      </Space>
    </Card>
  );
}
