import classes from './opportunities.module.css';

type DifferenceBarProps = {
  /** A − B. */
  value: number;
  /** The difference that fills half the bar (the largest in the table). */
  scale: number;
};

/** A bar growing right of the centre when A scores higher, left when B does; the number beside it is the accessible value. */
export function DifferenceBar({ value, scale }: DifferenceBarProps) {
  const half = (Math.min(Math.abs(value) / Math.max(scale, Number.EPSILON), 1) * 50).toFixed(2);
  const style = value >= 0 ? { left: '50%', width: `${half}%` } : { right: '50%', width: `${half}%` };
  return (
    <span className={classes.diverging} aria-hidden>
      <span className={classes.divergingBar} data-direction={value >= 0 ? 'a' : 'b'} style={style} />
      <span className={classes.divergingAxis} />
    </span>
  );
}
