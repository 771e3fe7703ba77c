import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  InboxOutlined,
  MoreOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Dropdown, Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/problem';
import { ExportButton } from '../transfer/ExportButton';
import { ProblemAlert } from '../app/ProblemAlert';
import { useAuth } from '../auth/AuthProvider';
import { formatDate } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { localName, otherName } from '../i18n/localName';
import type { Organisation } from '../organisations/types';
import { languageName } from '../solutions/vocabulary';
import { useArchiveContact, useEraseContact, useExportContact, useOrganisationContacts } from './api';
import { ContactDialog } from './ContactDialog';
import { showsPersonal } from './contactValues';
import './contacts.css';
import type { Contact } from './types';

const PAGE_SIZE = 20;

/** The people of an organisation, with their personal data for those who may see it. */
export function ContactsCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { can } = useAuth();
  const { message, modal } = App.useApp();
  const list = useOrganisationContacts(organisation.id, PAGE_SIZE, language);
  const erase = useEraseContact();
  const archive = useArchiveContact();
  const exporting = useExportContact();
  // null: the dialog is closed; 'new': adding a person; a contact: changing that one.
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  const scope = { country: organisation.country, company: organisation.id };
  const mayCreate = can('contact.create', scope);
  const mayUpdate = can('contact.update', scope);
  const mayAnswer = can('contact.delete', scope);
  const contacts = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total;
  const personal = contacts.some(showsPersonal);
  const nameOf = (contact: Contact) =>
    localName(contact, language) || t('contacts.unnamed', { id: contact.id });

  const failed = (error: unknown) =>
    void message.error(error instanceof ProblemError ? error.message : t('errors.networkTitle'), 8);

  const confirmErase = (contact: Contact) =>
    modal.confirm({
      title: t('contacts.erase.confirm', { name: nameOf(contact) }),
      content: t('contacts.erase.detail'),
      okText: t('contacts.erase.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        erase.mutateAsync(contact.id).then(() => void message.success(t('contacts.erase.done')), failed),
    });

  const confirmArchive = (contact: Contact) =>
    modal.confirm({
      title: t('contacts.archive.confirm', { name: nameOf(contact) }),
      content: t('contacts.archive.detail'),
      okText: t('contacts.archive.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        archive.mutateAsync(contact).then(() => void message.success(t('contacts.archive.done')), failed),
    });

  const columns: ColumnsType<Contact> = [
    {
      key: 'name',
      title: t('contacts.columns.name'),
      render: (_, contact) =>
        contact.erased ? (
          <Tooltip title={t('contacts.erasedOn', { date: formatDate(contact.erased_at, language) })}>
            <Tag bordered={false} color="red">
              {t('contacts.erased')}
            </Tag>
          </Tooltip>
        ) : (
          <>
            <span className="contact-name">{nameOf(contact)}</span>
            {otherName(contact, language) && (
              <Typography.Text type="secondary" className="secondary-line contact-other-name">
                {otherName(contact, language)}
              </Typography.Text>
            )}
          </>
        ),
    },
    {
      key: 'position',
      title: t('contacts.columns.position'),
      render: (_, contact) => contact.position || <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];
  if (personal) {
    columns.push(
      {
        key: 'reach',
        title: t('contacts.columns.reach'),
        render: (_, contact) => (
          <Space direction="vertical" size={0}>
            {contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>}
            {contact.phone && <span className="nowrap">{contact.phone}</span>}
            {contact.languages && contact.languages.length > 0 && (
              <Typography.Text type="secondary" className="secondary-line">
                {contact.languages.map((code) => languageName(code, language)).join(', ')}
              </Typography.Text>
            )}
          </Space>
        ),
      },
      {
        key: 'consent',
        title: t('contacts.columns.consent'),
        responsive: ['md'],
        render: (_, contact) =>
          contact.consent_basis ? (
            <>
              {t(`contacts.bases.${contact.consent_basis}`)}
              {contact.consent_date && (
                <Typography.Text type="secondary" className="secondary-line contact-consent-date">
                  {formatDate(contact.consent_date, language)}
                </Typography.Text>
              )}
            </>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          ),
      },
      {
        key: 'notes',
        title: t('contacts.columns.notes'),
        responsive: ['lg'],
        render: (_, contact) => (
          <Typography.Paragraph className="contact-notes" ellipsis={{ rows: 2, tooltip: contact.notes }}>
            {contact.notes}
          </Typography.Paragraph>
        ),
      },
    );
  }
  if (mayUpdate || mayAnswer) {
    columns.push({
      key: 'actions',
      align: 'right',
      width: 128,
      render: (_, contact) => (
        <Space size={0}>
          {mayUpdate && !contact.erased && (
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={t('contacts.edit', { name: nameOf(contact) })}
              title={t('contacts.edit', { name: nameOf(contact) })}
              onClick={() => setEditing(contact)}
            />
          )}
          {mayUpdate && (
            <Button
              type="text"
              icon={<InboxOutlined />}
              aria-label={t('contacts.archive.open', { name: nameOf(contact) })}
              title={t('contacts.archive.open', { name: nameOf(contact) })}
              onClick={() => confirmArchive(contact)}
            />
          )}
          {mayAnswer && (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'export', icon: <DownloadOutlined />, label: t('contacts.export.open') },
                  ...(contact.erased
                    ? []
                    : [
                        {
                          key: 'erase',
                          icon: <DeleteOutlined />,
                          danger: true,
                          label: t('contacts.erase.open'),
                        },
                      ]),
                ],
                onClick: ({ key }) => {
                  if (key === 'export') exporting.mutate(contact.id, { onError: failed });
                  if (key === 'erase') confirmErase(contact);
                },
              }}
            >
              <Button
                type="text"
                icon={<MoreOutlined />}
                aria-label={t('contacts.personalData', { name: nameOf(contact) })}
                title={t('contacts.personalData', { name: nameOf(contact) })}
              />
            </Dropdown>
          )}
        </Space>
      ),
    });
  }

  return (
    <Card
      className="organisation-contacts"
      data-testid="organisation-contacts"
      title={
        <>
          {t('contacts.title')}{' '}
          {total !== undefined && <Typography.Text type="secondary">{total}</Typography.Text>}
        </>
      }
      extra={
        <Space>
          {total ? (
            <ExportButton path="/api/v1/contacts/export" query={{ organisation: organisation.id }} />
          ) : null}
          {mayCreate && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('contacts.create')}
            </Button>
          )}
        </Space>
      }
    >
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          {!personal && contacts.length > 0 && (
            <Typography.Paragraph type="secondary" className="contacts-hidden-note">
              {t('contacts.personalHidden')}
            </Typography.Paragraph>
          )}
          <Table<Contact>
            className="contacts-table"
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={contacts}
            loading={list.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: list.isPending ? (
                ' '
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('contacts.empty')} />
              ),
            }}
          />
          {list.hasNextPage && (
            <div className="history-more">
              <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('contacts.more')}
              </Button>
            </div>
          )}
        </>
      )}
      {editing && (
        <ContactDialog
          organisation={organisation.id}
          contact={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
