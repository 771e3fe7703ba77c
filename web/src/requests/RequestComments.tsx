import { App, Button, Card, Checkbox, Empty, Form, Input, List, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { showFieldProblems } from '../app/formProblems';
import { ProblemAlert } from '../app/ProblemAlert';
import { formatDateTime, formatInstant } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useAddComment, useRequestComments } from './api';
import { MAX_COMMENT } from './formRules';
import type { RequestComment, RequestCommentFields } from './types';

const FIELDS = ['body', 'internal'] as const;

interface Props {
  requestId: number;
  /** Whether the reader may write (request.update on the request). */
  canWrite: boolean;
  /** Staff may write internal notes, which the company never sees. */
  staff: boolean;
}

function CommentItem({ comment }: { comment: RequestComment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <List.Item
      className={comment.internal ? 'request-comment request-comment-internal' : 'request-comment'}
      data-testid="request-comment"
    >
      <div className="full-width">
        <Space size={8} wrap className="request-comment-head">
          <Typography.Text strong>
            {comment.author?.display_name ?? t('requests.comments.system')}
          </Typography.Text>
          <Tooltip title={formatInstant(comment.created_at, language)}>
            <Typography.Text type="secondary" className="secondary-line">
              {formatDateTime(comment.created_at, language)}
            </Typography.Text>
          </Tooltip>
          {comment.internal && (
            <Tag color="orange" bordered={false}>
              {t('requests.comments.internalTag')}
            </Tag>
          )}
        </Space>
        <Typography.Paragraph className="note request-comment-body">{comment.body}</Typography.Paragraph>
      </div>
    </List.Item>
  );
}

/** A request's thread, oldest first, and the box to add to it. */
export function RequestComments({ requestId, canWrite, staff }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const comments = useRequestComments(requestId);
  const add = useAddComment(requestId);
  const [form] = Form.useForm<RequestCommentFields>();
  const items = comments.data ?? [];

  const submit = ({ body, internal }: RequestCommentFields) =>
    add.mutate(
      { body: body.trim(), internal: staff && internal === true },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t('requests.comments.added'));
        },
        onError: (error) => showFieldProblems(form, error, FIELDS),
      },
    );

  return (
    <Card
      className="request-comments"
      data-testid="request-comments"
      title={
        <>
          {t('requests.comments.title')}{' '}
          {comments.data && <Typography.Text type="secondary">{items.length}</Typography.Text>}
        </>
      }
    >
      {comments.isError ? (
        <ProblemAlert error={comments.error} onRetry={() => void comments.refetch()} />
      ) : (
        <List<RequestComment>
          size="small"
          loading={comments.isPending}
          dataSource={items}
          rowKey="id"
          renderItem={(comment) => <CommentItem comment={comment} />}
          locale={{
            emptyText: comments.isPending ? (
              ' '
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('requests.comments.empty')} />
            ),
          }}
        />
      )}
      {canWrite && (
        <Form<RequestCommentFields>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={submit}
          disabled={add.isPending}
          initialValues={{ body: '', internal: false }}
          className="request-comment-form"
        >
          <Form.Item
            name="body"
            label={t('requests.comments.label')}
            rules={[
              { required: true, whitespace: true, message: t('requests.comments.required') },
              { max: MAX_COMMENT, message: t('requests.errors.tooLong', { max: MAX_COMMENT }) },
            ]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 10 }}
              placeholder={
                staff ? t('requests.comments.placeholder') : t('requests.comments.placeholderCompany')
              }
            />
          </Form.Item>
          {add.isError && <ProblemAlert error={add.error} formFields={FIELDS} />}
          <Space wrap size={16} className="request-comment-actions">
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('requests.comments.add')}
            </Button>
            {staff && (
              <Space size={4}>
                <Form.Item name="internal" valuePropName="checked" noStyle>
                  <Checkbox>{t('requests.comments.internal')}</Checkbox>
                </Form.Item>
                <Typography.Text type="secondary" className="secondary-line">
                  {t('requests.comments.internalHint')}
                </Typography.Text>
              </Space>
            )}
          </Space>
        </Form>
      )}
    </Card>
  );
}
