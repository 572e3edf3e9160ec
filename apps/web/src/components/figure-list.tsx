import classes from './figure-list.module.css';

export type Figure = { label: string; value: string; /** More on hover, e.g. "2 dropped". */ hint?: string };

/** A few headline numbers in a row, each under its small label, as a description list. */
export function FigureList({ label, figures }: { label: string; figures: readonly Figure[] }) {
  return (
    <dl className={classes.figures} aria-label={label}>
      {figures.map((figure) => (
        <div key={figure.label} title={figure.hint}>
          <dt>{figure.label}</dt>
          <dd>{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
