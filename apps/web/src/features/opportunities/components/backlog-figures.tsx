import { FigureList } from '../../../components/figure-list';
import { formatNumber } from '../../../lib/format';

type BacklogFiguresProps = { total: number; unrated: number; respondents: number };

export function BacklogFigures({ total, unrated, respondents }: BacklogFiguresProps) {
  return (
    <FigureList
      label="Backlog figures"
      figures={[
        { label: 'Ranked outcomes', value: formatNumber(total) },
        { label: 'Not rated yet', value: formatNumber(unrated) },
        { label: 'Respondents', value: formatNumber(respondents) },
      ]}
    />
  );
}
