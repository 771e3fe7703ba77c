import { describe, expect, it } from 'vitest';
import type { PresenceStatus } from '../api/types';
import { buildMapData, numericKey, presenceColor } from './mapData';
import { unwrapRing, worldShapes } from './worldShapes';

function country(iso2: string, isoNumeric: string, status: PresenceStatus, nameEn = iso2, nameRu = '') {
  return {
    iso2,
    iso_numeric: isoNumeric,
    name_en: nameEn,
    name_ru: nameRu,
    presence: { status, since: null, note: '' },
  };
}

describe('presenceColor', () => {
  it('gives each status its own colour', () => {
    const statuses: PresenceStatus[] = ['active', 'planned', 'suspended', 'none'];
    const colours = statuses.map(presenceColor);
    expect(new Set(colours).size).toBe(4);
    expect(presenceColor('active')).toBe('#389e0d');
    expect(presenceColor('none')).toBe('#dde3ea');
  });
});

describe('numericKey', () => {
  it('pads codes to the three digits world-atlas uses', () => {
    expect(numericKey('4')).toBe('004');
    expect(numericKey(' 704 ')).toBe('704');
    expect(numericKey(76)).toBe('076');
  });
});

describe('buildMapData', () => {
  const data = buildMapData(
    [
      country('VN', '704', 'active', 'Vietnam', 'Вьетнам'),
      country('TM', '795', 'planned', 'Turkmenistan', 'Туркменистан'),
      country('AF', '4', 'none', 'Afghanistan', 'Афганистан'),
    ],
    'ru',
  );

  it('colours each country by its status and names it in the reader language', () => {
    expect(data[0]).toMatchObject({
      name: '704',
      iso2: 'VN',
      status: 'active',
      label: 'Вьетнам',
      itemStyle: { areaColor: presenceColor('active') },
    });
    expect(data[1]?.itemStyle.areaColor).toBe(presenceColor('planned'));
  });

  it('matches every country to a shape of the world map by numeric code', () => {
    const keys = new Map(
      worldShapes().features.map((shape) => [shape.properties.key, shape.properties.name]),
    );
    expect(data.map((datum) => keys.get(datum.name))).toEqual(['Vietnam', 'Turkmenistan', 'Afghanistan']);
  });
});

describe('worldShapes', () => {
  const shapes = worldShapes().features;

  it('leaves Antarctica out and gives every shape a unique key', () => {
    const keys = shapes.map((shape) => shape.properties.key);
    expect(keys).not.toContain('010');
    expect(new Set(keys).size).toBe(keys.length);
    expect(shapes.length).toBeGreaterThan(170);
  });

  it('has no ring that jumps across the 180th meridian (a stripe across the map)', () => {
    const rings = shapes.flatMap((shape) => {
      const { geometry } = shape;
      if (geometry.type === 'Polygon') return geometry.coordinates;
      if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
      return [];
    });
    const jumps = rings.filter((ring) =>
      ring.some((point, i) => i > 0 && Math.abs(point[0]! - ring[i - 1]![0]!) > 180),
    );
    expect(jumps).toEqual([]);
  });

  it('shifts the far side of a crossing ring by 360 degrees', () => {
    const fiji = [
      [178, -17],
      [180, -16],
      [-180, -16],
      [-179, -17],
      [178, -17],
    ];
    expect(unwrapRing(fiji).map(([lon]) => lon)).toEqual([178, 180, 180, 181, 178]);
    expect(
      unwrapRing([
        [10, 0],
        [11, 1],
        [10, 0],
      ]),
    ).toEqual([
      [10, 0],
      [11, 1],
      [10, 0],
    ]);
  });
});
