import {
  CloseOutlined,
  DeleteOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileTextOutlined,
  FileWordOutlined,
  InboxOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, List, Tooltip, Typography, Upload } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useAttachFile, useDetachFile, useRequestAttachments } from './api';
import { attachmentUrl, canRemove, fileKind, formatSize, MAX_ATTACHMENT_BYTES } from './attachments';
import type { RequestAttachment } from './types';

interface Props {
  requestId: number;
  /** Whether the reader may attach files (request.update on the request). */
  canWrite: boolean;
  /** Staff may remove any file; a company user only its own. */
  staff: boolean;
}

/** A file that did not go in, and why, in words the reader can act on. */
interface Failure {
  name: string;
  message: string;
}

const ICONS: Record<string, ReactNode> = {
  PDF: <FilePdfOutlined />,
  PNG: <FileImageOutlined />,
  JPEG: <FileImageOutlined />,
  GIF: <FileImageOutlined />,
  WebP: <FileImageOutlined />,
  Word: <FileWordOutlined />,
  ODT: <FileWordOutlined />,
  Excel: <FileExcelOutlined />,
  ODS: <FileExcelOutlined />,
  PowerPoint: <FilePptOutlined />,
};

/** A request's files: download, attach (drag and drop too) and remove. */
export function RequestFiles({ requestId, canWrite, staff }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { message, modal } = App.useApp();
  const { me } = useAuth();
  const files = useRequestAttachments(requestId);
  const attach = useAttachFile(requestId);
  const detach = useDetachFile(requestId);
  const [uploading, setUploading] = useState(0);
  const [failures, setFailures] = useState<Failure[]>([]);
  const items = files.data ?? [];
  const maxSize = formatSize(MAX_ATTACHMENT_BYTES, language);
  const textKind = t('requests.files.text');
  const reader = { id: me?.user.id ?? 0, staff, canUpdate: canWrite };

  const fail = (name: string, text: string) =>
    setFailures((shown) => [...shown.filter((failure) => failure.name !== name), { name, message: text }]);

  const reason = (error: unknown): string => {
    if (!(error instanceof ProblemError)) return t('errors.networkDetail');
    // The server's 413 speaks of bytes of a request body; the reader thinks of files.
    if (error.status === 413) return t('requests.files.tooLarge', { max: maxSize });
    return error.message;
  };

  const upload = async (file: File) => {
    setFailures((shown) => shown.filter((failure) => failure.name !== file.name));
    // Checked here too: a body over the limit would travel all the way only to be refused.
    if (file.size > MAX_ATTACHMENT_BYTES) {
      fail(file.name, t('requests.files.tooLarge', { max: maxSize }));
      return;
    }
    setUploading((count) => count + 1);
    try {
      const added = await attach.mutateAsync(file);
      void message.success(t('requests.files.attached', { name: added.name }));
    } catch (error) {
      fail(file.name, reason(error));
    } finally {
      setUploading((count) => count - 1);
    }
  };

  const confirmRemove = (attachment: RequestAttachment) =>
    modal.confirm({
      title: t('requests.files.removeConfirm', { name: attachment.name }),
      content: t('requests.files.removeDetail'),
      okText: t('requests.files.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        detach.mutateAsync(attachment).then(
          () => void message.success(t('requests.files.removed', { name: attachment.name })),
          (error: unknown) =>
            void (error instanceof ProblemError && error.status === 409
              ? message.warning(t('requests.files.stale'), 8)
              : message.error(reason(error), 8)),
        ),
    });

  const renderItem = (attachment: RequestAttachment) => {
    const kind = fileKind(attachment.media_type, textKind);
    const removable = canRemove(attachment, reader);
    return (
      <List.Item
        className="request-file"
        data-testid="request-file"
        actions={
          removable
            ? [
                <Tooltip key="remove" title={t('requests.files.remove')}>
                  <Button
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('requests.files.removeLabel', { name: attachment.name })}
                    onClick={() => confirmRemove(attachment)}
                  />
                </Tooltip>,
              ]
            : []
        }
      >
        <List.Item.Meta
          avatar={
            <span className="request-file-icon" aria-hidden>
              {kind === textKind ? <FileTextOutlined /> : (ICONS[kind] ?? <FileOutlined />)}
            </span>
          }
          title={
            // Not the title's own child: antd paints those in the text colour, not as links.
            <span className="request-file-name">
              <a href={attachmentUrl(requestId, attachment.id)} download={attachment.name}>
                {attachment.name}
              </a>
            </span>
          }
          description={
            <Typography.Text type="secondary" className="secondary-line">
              <span className="nowrap">{formatSize(attachment.size, language)}</span>
              {' · '}
              <span title={attachment.media_type}>{kind}</span>
              {' · '}
              {attachment.uploaded_by?.display_name ?? t('requests.comments.system')}
              {' · '}
              <span className="nowrap">{formatDateTime(attachment.created_at, language)}</span>
            </Typography.Text>
          }
        />
      </List.Item>
    );
  };

  return (
    <Card
      className="request-files"
      data-testid="request-files"
      title={
        <>
          {t('requests.files.title')}{' '}
          {files.data && <Typography.Text type="secondary">{items.length}</Typography.Text>}
        </>
      }
    >
      {files.isError ? (
        <ProblemAlert error={files.error} onRetry={() => void files.refetch()} />
      ) : (
        <List<RequestAttachment>
          size="small"
          loading={files.isPending}
          dataSource={items}
          rowKey="id"
          renderItem={renderItem}
          locale={{
            emptyText: files.isPending ? (
              ' '
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                className="request-files-empty"
                description={t('requests.files.empty')}
              />
            ),
          }}
        />
      )}
      {failures.length > 0 && (
        <Alert
          type="error"
          showIcon
          closable={{ closeIcon: <CloseOutlined />, 'aria-label': t('requests.files.dismiss') }}
          role="alert"
          className="request-files-failures"
          data-testid="request-files-failures"
          message={t('requests.files.failed', { count: failures.length })}
          description={
            <ul className="problem-errors">
              {failures.map((failure) => (
                <li key={failure.name}>
                  <strong>{failure.name}</strong>: {failure.message}
                </li>
              ))}
            </ul>
          }
          onClose={() => setFailures([])}
        />
      )}
      {canWrite && (
        <Upload.Dragger
          multiple
          showUploadList={false}
          className="request-files-drop"
          disabled={uploading > 0}
          beforeUpload={(file) => {
            void upload(file);
            return Upload.LIST_IGNORE; // sent above, as raw bytes; antd keeps no list of its own
          }}
        >
          <Typography.Text>
            {uploading > 0 ? (
              t('requests.files.uploading', { count: uploading })
            ) : (
              <>
                <InboxOutlined className="request-files-drop-icon" /> {t('requests.files.drop')}
              </>
            )}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary" className="secondary-line">
              {t('requests.files.dropHint', { max: maxSize })}
            </Typography.Text>
          </div>
        </Upload.Dragger>
      )}
    </Card>
  );
}
