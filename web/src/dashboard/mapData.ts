import type { Country, PresenceStatus } from '../api/types';
import { PRESENCE_COLORS } from '../countries/presence';
import type { Language } from '../i18n/i18n';
import { localName } from '../i18n/localName';

/**
 * world-atlas names its shapes by ISO 3166-1 numeric code as a zero-padded string ("004");
 * the API's `iso_numeric` should be padded too, but matching on a normalised key keeps an
 * unpadded "4" from leaving Afghanistan grey.
 */
export function numericKey(code: string | number): string {
  return String(code).trim().padStart(3, '0');
}

export function presenceColor(status: PresenceStatus): string {
  return PRESENCE_COLORS[status];
}

/** One country on the map, in the shape an ECharts map series takes as `data`. */
export interface MapDatum {
  /** The shape's key (its numeric code), which the map series matches on. */
  name: string;
  iso2: string;
  status: PresenceStatus;
  /** The country's name in the reader's language, for the tooltip. */
  label: string;
  itemStyle: { areaColor: string };
  // Hovering outlines a country instead of repainting it, so its status stays readable.
  emphasis: { itemStyle: { areaColor: string } };
}

type MapCountry = Pick<Country, 'iso2' | 'iso_numeric' | 'name_en' | 'name_ru' | 'presence'>;

/** Colours each country by its presence status, keyed by numeric code for the map shapes. */
export function buildMapData(countries: readonly MapCountry[], language: Language): MapDatum[] {
  return countries.map((country) => {
    const color = presenceColor(country.presence.status);
    return {
      name: numericKey(country.iso_numeric),
      iso2: country.iso2,
      status: country.presence.status,
      label: localName(country, language),
      itemStyle: { areaColor: color },
      emphasis: { itemStyle: { areaColor: color } },
    };
  });
}
