import { formatNumber } from '../../../lib/format';
import classes from './opportunities.module.css';

type BacklogFiguresProps = { total: number; unrated: number; respondents: number };

export function BacklogFigures({ total, unrated, respondents }: BacklogFiguresProps) {
  const figures = [
    { label: 'Ranked outcomes', value: total },
    { label: 'Not rated yet', value: unrated },
    { label: 'Respondents', value: respondents },
  ];
  return (
    <dl className={classes.figures} aria-label="Backlog figures">
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>{formatNumber(figure.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
