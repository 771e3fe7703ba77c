import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { chartHeight, SEGMENT_COLORS, type ChartData, type Segment } from './reportRows';

// Only bars, their axes, legend and tooltip, and the canvas renderer.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  data: ChartData;
  /** A click on a part of a bar: the group's index and the part. */
  onOpen: (index: number, segment: Segment) => void;
}

/** How each group's requests ended up, as stacked horizontal bars. Loaded lazily. */
export default function ReportChart({ data, onOpen }: Props) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>();

  useEffect(() => {
    if (!element.current) return undefined;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(([entry]) => {
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
    chart.current?.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10 },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          inverse: true, // the first group on top, as in the table
          data: data.categories,
          axisLabel: { width: 200, overflow: 'truncate' },
        },
        series: data.series.map(({ segment, data: values }) => ({
          id: segment,
          name: t(`requests.report.segments.${segment}`),
          type: 'bar',
          stack: 'requests',
          barMaxWidth: 22,
          itemStyle: { color: SEGMENT_COLORS[segment] },
          emphasis: { focus: 'series' },
          cursor: 'pointer',
          data: values,
        })),
      },
      { notMerge: true },
    );
    chart.current?.resize();
  }, [data, t]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return undefined;
    const click = (item: { dataIndex?: number; seriesId?: string }) => {
      if (item.dataIndex !== undefined && item.seriesId) onOpen(item.dataIndex, item.seriesId as Segment);
    };
    instance.on('click', click);
    return () => {
      instance.off('click', click);
    };
  }, [onOpen]);

  return (
    <div
      ref={element}
      className="report-chart"
      data-testid="report-chart"
      role="img"
      aria-label={t('requests.report.chartLabel')}
      style={{ height: chartHeight(data.categories.length) }}
    />
  );
}
