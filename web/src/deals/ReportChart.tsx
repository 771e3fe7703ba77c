import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { formatMoney, formatMoneyCompact } from '../fx/money';
import { currentLanguage } from '../i18n/i18n';
import { chartHeight, type MoneyChartData } from './reportRows';

// Only bars, their axes, legend and tooltip, and the canvas renderer.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

interface Props {
  data: MoneyChartData<string>;
  /** Each series' name in the legend and its colour, by its id. */
  names: Record<string, string>;
  colors: Record<string, string>;
  /** Bars of a row stacked into one (parts of a whole), or side by side (two measures). */
  stacked: boolean;
  label: string;
  testId: string;
}

/** Sums of money per group as horizontal bars, in roubles or dollars. Loaded lazily. */
export default function ReportChart({ data, names, colors, stacked, label, testId }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>();
  const language = currentLanguage();

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
    // Major units back to minor for the formatting helpers: both currencies have two digits.
    const money = (value: number, compact: boolean) => {
      const amount = { minor: Math.round(value * 100), currency: data.currency };
      return compact ? formatMoneyCompact(amount, language) : formatMoney(amount, language);
    };
    chart.current?.setOption(
      {
        animation: false,
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow' },
          valueFormatter: (value: unknown) => money(Number(value), false),
        },
        legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10 },
        grid: { left: 8, right: 32, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', axisLabel: { formatter: (value: number) => money(value, true) } },
        yAxis: {
          type: 'category',
          inverse: true, // the first group on top, as in the table
          data: data.categories,
          axisLabel: { width: 200, overflow: 'truncate' },
        },
        series: data.series.map(({ id, data: values }) => ({
          id,
          name: names[id] ?? id,
          type: 'bar',
          stack: stacked ? 'sum' : undefined,
          barMaxWidth: 18,
          itemStyle: { color: colors[id] },
          emphasis: { focus: 'series' },
          data: values,
        })),
      },
      { notMerge: true },
    );
    chart.current?.resize();
  }, [data, names, colors, stacked, language]);

  return (
    <div
      ref={element}
      className="report-chart"
      data-testid={testId}
      role="img"
      aria-label={label}
      style={{ height: chartHeight(data.categories.length) }}
    />
  );
}
