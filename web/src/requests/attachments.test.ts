import { describe, expect, it } from 'vitest';
import { attachmentUrl, canRemove, fileKind, formatSize, MAX_ATTACHMENT_BYTES } from './attachments';

describe('formatSize', () => {
  it('says bytes, then kilobytes and megabytes in binary multiples', () => {
    expect(formatSize(0, 'en')).toBe('0 B');
    expect(formatSize(48, 'en')).toBe('48 B');
    expect(formatSize(1023, 'en')).toBe('1,023 B');
    expect(formatSize(1024, 'en')).toBe('1 KB');
    expect(formatSize(12_600, 'en')).toBe('12 KB');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(4.5 * 1024 * 1024, 'en')).toBe('4.5 MB');
    expect(formatSize(MAX_ATTACHMENT_BYTES, 'en')).toBe('10 MB');
  });

  it('speaks Russian with a decimal comma', () => {
    expect(formatSize(48, 'ru')).toBe('48 Б');
    expect(formatSize(1536, 'ru')).toBe('1,5 КБ');
    expect(formatSize(MAX_ATTACHMENT_BYTES, 'ru')).toBe('10 МБ');
  });
});

describe('fileKind', () => {
  it('names the types the server takes shortly', () => {
    expect(fileKind('application/pdf', 'Text')).toBe('PDF');
    expect(fileKind('image/jpeg', 'Text')).toBe('JPEG');
    expect(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Text')).toBe(
      'Word',
    );
    expect(fileKind('text/plain; charset=utf-8', 'Текст')).toBe('Текст');
  });

  it('shows a type it does not know as it is', () => {
    expect(fileKind('application/zip', 'Text')).toBe('application/zip');
  });
});

describe('attachmentUrl', () => {
  it('is the download of the file of the request', () => {
    expect(attachmentUrl(12, 3)).toBe('/api/v1/requests/12/attachments/3');
  });
});

describe('canRemove', () => {
  const mine = { uploaded_by: { id: 5, display_name: 'Company user' } };
  const theirs = { uploaded_by: { id: 4, display_name: 'Attaché' } };

  it('lets staff remove any file of a request they may change', () => {
    const staff = { id: 4, staff: true, canUpdate: true };
    expect(canRemove(mine, staff)).toBe(true);
    expect(canRemove({ uploaded_by: null }, staff)).toBe(true);
  });

  it('lets a company user remove only what it uploaded', () => {
    const company = { id: 5, staff: false, canUpdate: true };
    expect(canRemove(mine, company)).toBe(true);
    expect(canRemove(theirs, company)).toBe(false);
    expect(canRemove({ uploaded_by: null }, company)).toBe(false);
  });

  it('lets nobody remove files of a request they may only read', () => {
    expect(canRemove(mine, { id: 5, staff: false, canUpdate: false })).toBe(false);
    expect(canRemove(mine, { id: 1, staff: true, canUpdate: false })).toBe(false);
  });
});
