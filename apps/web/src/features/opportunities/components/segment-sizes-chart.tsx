import { useMantineTheme } from '@mantine/core';
import type { Segmentation } from '@outcome-atlas/contracts';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { formatShare } from '../utils/silhouette';
import classes from './opportunities.module.css';

/** Respondents per segment, labelled with their share; the segment cards below carry the same figures as text. */
export function SegmentSizesChart({ segments }: { segments: Segmentation['segments'] }) {
  const theme = useMantineTheme();
  const data = segments.map((segment) => ({ name: `Segment ${segment.index + 1}`, size: segment.size, share: formatShare(segment.share) }));
  return (
    <div role="img" aria-label={`Segment sizes: ${data.map((entry) => `${entry.name} ${entry.size} respondents (${entry.share})`).join(', ')}`}>
      <BarChart className={classes.barChart} responsive accessibilityLayer={false} data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} strokeDasharray="2 4" />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip isAnimationActive={false} formatter={(value) => [`${String(value)} respondents`, 'Size']} />
        <Bar dataKey="size" fill={theme.colors.teal[5]} radius={[4, 4, 0, 0]} isAnimationActive={false}>
          <LabelList dataKey="share" position="top" fontSize={12} />
        </Bar>
      </BarChart>
    </div>
  );
}
