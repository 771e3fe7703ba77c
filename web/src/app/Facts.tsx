import { Descriptions, Grid, Typography, type DescriptionsProps } from 'antd';

const LABEL_WIDTH = 170;

/** A record's facts, a label and a value a line; on a phone the labels go above their values. */
export function Facts({ items }: { items: DescriptionsProps['items'] }) {
  const narrow = Grid.useBreakpoint().sm === false;
  return (
    <Descriptions
      column={1}
      size="small"
      colon={false}
      layout={narrow ? 'vertical' : 'horizontal'}
      styles={{ label: narrow ? {} : { width: LABEL_WIDTH } }}
      items={items}
    />
  );
}

/** What a fact not known yet shows. */
export function Missing() {
  return <Typography.Text type="secondary">—</Typography.Text>;
}
