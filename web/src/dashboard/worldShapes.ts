import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { numericKey } from './mapData';

interface ShapeProperties {
  name: string;
  /** Numeric ISO code, or a made-up key for the few shapes without one (Kosovo, N. Cyprus). */
  key: string;
}

// Antarctica has no presence to show and would take a fifth of the map's height.
const ANTARCTICA = '010';

/**
 * world-atlas is cut for spherical projections (d3), so a ring crossing the 180th meridian
 * (Fiji, Chukotka) jumps from +180 to -180. ECharts draws straight lines in longitude,
 * which turns that jump into a stripe across the whole map; shifting the far side by 360°
 * keeps the ring whole, poking slightly past the map's edge instead.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const crosses = ring.some((point, i) => i > 0 && Math.abs(point[0]! - ring[i - 1]![0]!) > 180);
  if (!crosses) return ring;
  const east = ring.reduce((sum, point) => sum + point[0]!, 0) >= 0;
  return ring.map(([lon, lat]) => [
    east && lon! < 0 ? lon! + 360 : !east && lon! > 0 ? lon! - 360 : lon!,
    lat!,
  ]);
}

function unwrapGeometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  }
  return geometry;
}

/** The world's country outlines as GeoJSON, each keyed by its ISO numeric code. */
export function worldShapes(): FeatureCollection<Geometry, ShapeProperties> {
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries);
  return {
    type: 'FeatureCollection',
    features: countries.features
      .filter((shape) => shape.id !== ANTARCTICA)
      .map((shape): Feature<Geometry, ShapeProperties> => ({
        ...shape,
        geometry: unwrapGeometry(shape.geometry),
        properties: {
          name: shape.properties.name,
          key: shape.id === undefined ? `unnamed:${shape.properties.name}` : numericKey(shape.id),
        },
      })),
  };
}
