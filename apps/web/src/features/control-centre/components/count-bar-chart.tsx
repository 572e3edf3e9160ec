import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { pluralize } from '../../../lib/format';
import classes from './control-centre.module.css';

/** `noun` is the singular for the spoken summary ("1 interview", "2 interviews"). */
export type CountSeries<Key extends string> = { key: Key; name: string; noun: string; color: string };
export type CountRow<Key extends string> = { label: string } & Record<Key, number>;

type CountBarChartProps<Key extends string> = {
  /** What the chart shows, e.g. "Interviews and highlights by persona"; the figures follow in words. */
  title: string;
  rows: CountRow<Key>[];
  series: CountSeries<Key>[];
};

const BAR_ROW_HEIGHT = 22;

/** Horizontal grouped bars (long persona and step names stay readable); the label carries every figure. */
export function CountBarChart<Key extends string>({ title, rows, series }: CountBarChartProps<Key>) {
  const summary = rows.map((row) => `${row.label}: ${series.map((one) => pluralize(row[one.key], one.noun)).join(', ')}`).join('; ');
  const height = 48 + rows.length * series.length * BAR_ROW_HEIGHT;
  return (
    <div role="img" aria-label={`${title}. ${summary}`}>
      <BarChart className={classes.chart} style={{ height }} responsive layout="vertical" data={rows} accessibilityLayer={false} margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} strokeDasharray="2 4" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} />
        <Tooltip isAnimationActive={false} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((one) => (
          <Bar key={one.key} dataKey={one.key} name={one.name} fill={one.color} radius={[0, 3, 3, 0]} isAnimationActive={false} />
        ))}
      </BarChart>
    </div>
  );
}
