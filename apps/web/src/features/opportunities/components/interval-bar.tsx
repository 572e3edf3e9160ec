import { formatScore } from '../../../lib/format';
import classes from './opportunities.module.css';

const MAX = 20;
const THRESHOLD = 10;
const percent = (value: number) => `${(Math.min(Math.max(value, 0), MAX) / MAX) * 100}%`;

type IntervalBarProps = { low: number; high: number; point: number };

/** The opportunity's 95% interval on 0..20 as a band, the point estimate as a tick, and a faint mark at 10. */
export function IntervalBar({ low, high, point }: IntervalBarProps) {
  const label = `95% interval ${formatScore(low)} to ${formatScore(high)}`;
  return (
    <span className={classes.interval} role="img" aria-label={label} title={label}>
      <span className={classes.intervalTrack} />
      <span className={classes.intervalThreshold} style={{ left: percent(THRESHOLD) }} />
      <span className={classes.intervalRange} data-part="range" style={{ left: percent(low), right: `calc(100% - ${percent(high)})` }} />
      <span className={classes.intervalPoint} data-part="point" style={{ left: percent(point) }} />
    </span>
  );
}
