import { MapChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENCE_COLORS } from '../countries/presence';
import type { MapDatum } from './mapData';
import { worldShapes } from './worldShapes';

// Only the map series, its tooltip and the canvas renderer: the full echarts bundle is
// several times larger.
echarts.use([MapChart, TooltipComponent, CanvasRenderer]);
echarts.registerMap('world', worldShapes() as Parameters<typeof echarts.registerMap>[1]);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Props {
  data: MapDatum[];
  onOpen: (iso2: string) => void;
}

/** The world coloured by presence; a click on a country opens its page. Loaded lazily. */
export default function WorldMap({ data, onOpen }: Props) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>();

  useEffect(() => {
    if (!element.current) return undefined;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(([entry]) => {
      // A container leaving the page reports 0×0 before this effect is cleaned up, and
      // ECharts 6 throws when asked to lay a map out in no space.
      if (entry && entry.contentRect.width > 0 && entry.contentRect.height > 0) instance.resize();
    });
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({
      tooltip: {
        trigger: 'item',
        formatter: (item: { data?: MapDatum }) =>
          item.data
            ? `<strong>${escapeHtml(item.data.label)}</strong><br/>${escapeHtml(
                t(`presence.status.${item.data.status}`),
              )}`
            : '',
      },
      series: [
        {
          type: 'map',
          map: 'world',
          nameProperty: 'key',
          left: 0,
          right: 0,
          top: 8,
          bottom: 8,
          selectedMode: false,
          itemStyle: { areaColor: PRESENCE_COLORS.none, borderColor: '#ffffff', borderWidth: 0.6 },
          emphasis: {
            label: { show: false },
            itemStyle: { borderColor: '#001529', borderWidth: 1.2 },
          },
          data,
        },
      ],
    });
  }, [data, t]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return undefined;
    const click = (item: { data?: unknown }) => {
      const datum = item.data as MapDatum | undefined;
      if (datum) onOpen(datum.iso2);
    };
    instance.on('click', click);
    return () => {
      instance.off('click', click);
    };
  }, [onOpen]);

  return (
    <div
      ref={element}
      className="world-map"
      data-testid="world-map"
      role="img"
      aria-label={t('dashboard.mapLabel')}
    />
  );
}
