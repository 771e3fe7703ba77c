import type { Language } from '../i18n/i18n';
import type { HubService, MarketStatus, Organisation, OrganisationKind, SizeBand } from './types';

// The closed vocabularies of an organisation, in the order pickers and filters show them.
export const KINDS = [
  'domestic_company',
  'foreign_company',
  'government_body',
  'university',
  'association',
  'it_hub',
  'investor',
] as const satisfies readonly OrganisationKind[];

export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const satisfies readonly SizeBand[];

export const MARKET_STATUSES = [
  'exporting',
  'interested',
  'not_interested',
] as const satisfies readonly MarketStatus[];

export const HUB_SERVICES = [
  'exhibition_space',
  'offices',
  'acceleration',
  'venture_capital',
  'training',
] as const satisfies readonly HubService[];

/** The country whose registration numbers (INN, OGRN) and IT accreditation the catalogue keeps. */
export const HOME_COUNTRY = 'RU';

export const KIND_COLORS: Record<OrganisationKind, string> = {
  domestic_company: 'blue',
  foreign_company: 'purple',
  government_body: 'gold',
  university: 'cyan',
  association: 'geekblue',
  it_hub: 'magenta',
  investor: 'green',
};

export const MARKET_STATUS_COLORS: Record<MarketStatus, string> = {
  exporting: 'green',
  interested: 'blue',
  not_interested: 'default',
};

export function isOneOf<T extends string>(value: string, options: readonly T[]): value is T {
  return (options as readonly string[]).includes(value);
}

/** A text in the reader's language, else the other one, and whether it is the other one. */
export interface LocalText {
  text: string;
  /** The language the text is in, when it is not the reader's. */
  fallback?: Language;
}

/** The description in the reader's language, falling back to the other one. */
export function localDescription(
  organisation: Pick<Organisation, 'description_ru' | 'description_en'>,
  language: Language,
): LocalText {
  const own = (language === 'ru' ? organisation.description_ru : organisation.description_en).trim();
  if (own) return { text: own };
  const other: Language = language === 'ru' ? 'en' : 'ru';
  const text = (other === 'ru' ? organisation.description_ru : organisation.description_en).trim();
  return text ? { text, fallback: other } : { text: '' };
}

/** A link a browser can follow: the stored website, with a scheme if it lacks one. */
export function websiteHref(website: string): string | undefined {
  const trimmed = website.trim();
  if (!trimmed) return undefined;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** The website as people read it: without the scheme and a trailing slash. */
export function websiteLabel(website: string): string {
  return website
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
}
