import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ProblemError } from '../api/problem';
import { usePageTitle } from '../app/usePageTitle';
import { currentLanguage } from '../i18n/i18n';
import {
  templateUrl,
  useImport,
  type Encoding,
  type ImportKind,
  type ImportOutcome,
  type ImportProblem,
} from './api';
import './transfer.css';

const KINDS: ImportKind[] = ['organisations', 'solutions', 'contacts'];
const ENCODINGS: Encoding[] = ['auto', 'utf-8', 'windows-1251'];
const LIST_OF: Record<ImportKind, string> = {
  organisations: '/organisations',
  solutions: '/solutions',
  contacts: '/organisations',
};

function ProblemTable({ rows, testId }: { rows: ImportProblem[]; testId: string }) {
  const { t } = useTranslation();
  const columns: ColumnsType<ImportProblem> = [
    { key: 'row', title: t('transfer.import.row'), dataIndex: 'row', width: 90 },
    { key: 'column', title: t('transfer.import.column'), dataIndex: 'column', width: 220 },
    { key: 'message', title: t('transfer.import.message'), dataIndex: 'message' },
  ];
  return (
    <Table
      data-testid={testId}
      size="small"
      rowKey={(problem) => `${problem.row}|${problem.column}|${problem.message}`}
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
    />
  );
}

/**
 * The import wizard: choose what and which file, check every row (a dry run on the server, so
 * the report is exactly what the import would do), then import.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const language = currentLanguage();
  usePageTitle(t('transfer.import.title'));
  const [params] = useSearchParams();
  const asked = params.get('kind');
  const [kind, setKind] = useState<ImportKind>(
    KINDS.includes(asked as ImportKind) ? (asked as ImportKind) : 'organisations',
  );
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<Encoding>('auto');
  const [checked, setChecked] = useState<ImportOutcome | null>(null);
  const [done, setDone] = useState<ImportOutcome | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const upload = useImport();

  const reset = () => {
    setChecked(null);
    setDone(null);
    setSkipInvalid(false);
  };
  const failed = (error: Error) =>
    void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'));

  const check = () => {
    if (!file) return;
    upload.mutate(
      { kind, file, encoding, dryRun: true, skipInvalid: false },
      { onSuccess: (outcome) => setChecked(outcome), onError: failed },
    );
  };
  const run = () => {
    if (!file) return;
    upload.mutate(
      { kind, file, encoding, dryRun: false, skipInvalid },
      {
        onSuccess: (outcome) => (outcome.report.written ? setDone(outcome) : setChecked(outcome)),
        onError: failed,
      },
    );
  };

  const report = checked?.report;
  const step = done ? 2 : checked ? 1 : 0;
  const writable = report ? report.invalid === 0 || skipInvalid : false;
  const toWrite = report ? report.created + report.updated : 0;

  return (
    <div className="import-page">
      <Typography.Title level={2}>{t('transfer.import.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('transfer.import.intro')}</Typography.Paragraph>
      <Steps
        className="import-steps"
        current={step}
        items={[
          { title: t('transfer.import.stepFile') },
          { title: t('transfer.import.stepCheck') },
          { title: t('transfer.import.stepDone') },
        ]}
      />

      {step === 0 && (
        <Card>
          <Space direction="vertical" size="large" className="import-form">
            <div>
              <Typography.Text strong id="import-kind-label">
                {t('transfer.import.kind')}
              </Typography.Text>
              <div>
                <Radio.Group
                  aria-labelledby="import-kind-label"
                  value={kind}
                  onChange={(event) => setKind(event.target.value as ImportKind)}
                  optionType="button"
                  options={KINDS.map((value) => ({ value, label: t(`transfer.kinds.${value}`) }))}
                />
              </div>
              <Typography.Text type="secondary">
                {t('transfer.import.template')} <a href={templateUrl(kind, 'xlsx', language)}>XLSX</a>
                {' · '}
                <a href={templateUrl(kind, 'csv', language)}>CSV</a>
              </Typography.Text>
            </div>
            <Upload.Dragger
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              maxCount={1}
              fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
              beforeUpload={(chosen) => {
                setFile(chosen);
                reset();
                return false; // kept here until "Check": nothing is sent on choosing
              }}
              onRemove={() => {
                setFile(null);
                reset();
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('transfer.import.drop')}</p>
              <p className="ant-upload-hint">{t('transfer.import.dropHint')}</p>
            </Upload.Dragger>
            <div>
              <Typography.Text strong id="import-encoding-label">
                {t('transfer.import.encoding')}
              </Typography.Text>
              <div>
                <Select
                  aria-labelledby="import-encoding-label"
                  className="import-encoding"
                  value={encoding}
                  onChange={setEncoding}
                  options={ENCODINGS.map((value) => ({
                    value,
                    label: t(`transfer.encodings.${value}`),
                  }))}
                />
              </div>
            </div>
            <Button type="primary" disabled={!file} loading={upload.isPending} onClick={check}>
              {t('transfer.import.check')}
            </Button>
          </Space>
        </Card>
      )}

      {step === 1 && report && (
        <Card>
          <Space direction="vertical" size="large" className="import-form">
            <Row gutter={16}>
              <Col xs={12} md={4}>
                <Statistic title={t('transfer.import.rows')} value={report.rows} />
              </Col>
              <Col xs={12} md={5}>
                <Statistic title={t('transfer.import.created')} value={report.created} />
              </Col>
              <Col xs={12} md={5}>
                <Statistic title={t('transfer.import.updated')} value={report.updated} />
              </Col>
              <Col xs={12} md={5}>
                <Statistic title={t('transfer.import.unchanged')} value={report.unchanged} />
              </Col>
              <Col xs={12} md={5}>
                <Statistic
                  title={t('transfer.import.invalid')}
                  value={report.invalid}
                  valueStyle={report.invalid > 0 ? { color: '#cf1322' } : undefined}
                />
              </Col>
            </Row>
            {report.problem_count > 0 ? (
              <Alert
                type="error"
                showIcon
                message={t('transfer.import.problems', { count: report.problem_count })}
                description={
                  checked?.refused && !report.dry_run
                    ? t('transfer.import.refused')
                    : t('transfer.import.problemsHint')
                }
              />
            ) : (
              <Alert type="success" showIcon message={t('transfer.import.allValid')} />
            )}
            {report.problems.length > 0 && <ProblemTable rows={report.problems} testId="import-problems" />}
            {report.warning_count > 0 && (
              <>
                <Alert
                  type="warning"
                  showIcon
                  message={t('transfer.import.warnings', { count: report.warning_count })}
                />
                <ProblemTable rows={report.warnings} testId="import-warnings" />
              </>
            )}
            {report.invalid > 0 && (
              <Checkbox checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)}>
                {t('transfer.import.skipInvalid', { count: report.invalid })}
              </Checkbox>
            )}
            <Space wrap>
              <Button type="primary" disabled={!writable} loading={upload.isPending} onClick={run}>
                {t('transfer.import.run', { count: toWrite })}
              </Button>
              <Button onClick={reset}>{t('transfer.import.another')}</Button>
            </Space>
          </Space>
        </Card>
      )}

      {step === 2 && done && (
        <Card>
          <Result
            status={done.report.invalid > 0 ? 'warning' : 'success'}
            title={t('transfer.import.doneTitle', {
              created: done.report.created,
              updated: done.report.updated,
            })}
            subTitle={
              done.report.invalid > 0
                ? t('transfer.import.doneSkipped', { count: done.report.invalid })
                : t('transfer.import.doneUnchanged', { count: done.report.unchanged })
            }
            extra={[
              <Link key="list" to={LIST_OF[kind]}>
                <Button type="primary">{t(`transfer.open.${kind}`)}</Button>
              </Link>,
              <Button
                key="again"
                onClick={() => {
                  setFile(null);
                  reset();
                }}
              >
                {t('transfer.import.another')}
              </Button>,
            ]}
          />
        </Card>
      )}
    </div>
  );
}
