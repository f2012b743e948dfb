/** One ECharts chart in a box of the given height: drawn as SVG, resized with its box, disposed on unmount; a click on a bar reports its datum. */
import { Box } from '@mui/material';
import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts';

interface Props {
  option: ChartOption;
  height: number;
  /** The clicked bar's datum (chartOptions.ts BarDatum), when the chart's data carry keys. */
  onBarClick?: (datum: { key: string; label: string }) => void;
  label: string;
  testId?: string;
}

export function EChart({ option, height, onBarClick, label, testId }: Props) {
  const box = useRef<HTMLDivElement | null>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const click = useRef(onBarClick);
  click.current = onBarClick;

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const datum = params.data as { key?: unknown; label?: unknown } | null;
      if (datum && typeof datum.key === 'string' && datum.key !== '') click.current?.({ key: datum.key, label: typeof datum.label === 'string' ? datum.label : '' });
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <Box ref={box} role="img" aria-label={label} data-testid={testId} sx={{ width: '100%', height, cursor: onBarClick ? 'pointer' : 'default' }} />;
}
