import type { Language } from '../i18n/i18n';
import type { RequestAttachment } from './types';

/** The largest file a request takes (POST /api/v1/requests/{id}/attachments): 10 MiB. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const UNITS: Record<Language, readonly [string, string, string]> = {
  en: ['B', 'KB', 'MB'],
  ru: ['Б', 'КБ', 'МБ'],
};

/** A file's size as people read it: "48 B", "12.3 KB", "4.5 MB" (binary multiples). */
export function formatSize(bytes: number, language: Language): string {
  const [b, kb, mb] = UNITS[language];
  if (bytes < 1024) return `${new Intl.NumberFormat(language).format(bytes)} ${b}`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, kb] : [bytes / (1024 * 1024), mb];
  // One decimal while it says something (1.5 MB), none once the number is large (120 KB).
  const digits = value < 10 ? 1 : 0;
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(value)} ${unit}`;
}

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
};

/**
 * A short name of a file's type, from the media type the server sniffed: "PDF", "Word";
 * `text` for plain text; a type the UI does not know shows as it is.
 */
export function fileKind(mediaType: string, text: string): string {
  const base = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (base === 'text/plain') return text;
  return KINDS[base] ?? base;
}

/** Where a file downloads: the server answers it as an attachment with its name. */
export function attachmentUrl(requestId: number, attachmentId: number): string {
  return `/api/v1/requests/${requestId}/attachments/${attachmentId}`;
}

/**
 * Whether the reader may remove a file: staff any file of a request they may change, a
 * company user only the files it uploaded. The server checks again.
 */
export function canRemove(
  attachment: Pick<RequestAttachment, 'uploaded_by'>,
  reader: { id: number; staff: boolean; canUpdate: boolean },
): boolean {
  if (!reader.canUpdate) return false;
  return reader.staff || attachment.uploaded_by?.id === reader.id;
}
