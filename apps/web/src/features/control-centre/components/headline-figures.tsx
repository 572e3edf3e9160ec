import type { ControlCentre } from '@outcome-atlas/contracts';
import { type Figure, FigureList } from '../../../components/figure-list';
import { formatNumber } from '../../../lib/format';

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** The few numbers that say where the project stands, before the detail below. */
export function headlineFigures(data: ControlCentre): Figure[] {
  const { problem, solution, evaluation } = data;
  const { dropped, ...live } = solution.byStatus;
  return [
    { label: 'Interviews', value: formatNumber(sum(problem.byPersona.map((row) => row.interviews))) },
    { label: 'Highlights', value: formatNumber(sum(problem.byPersona.map((row) => row.highlights))) },
    { label: 'Accepted outcomes', value: formatNumber(problem.outcomesByStatus.accepted) },
    { label: 'Live solutions', value: formatNumber(sum(Object.values(live))), hint: `${formatNumber(dropped)} dropped` },
    { label: 'KPIs on target', value: `${formatNumber(evaluation.meets)} of ${formatNumber(evaluation.meets + evaluation.misses)}` },
  ];
}

export function HeadlineFigures({ data }: { data: ControlCentre }) {
  return <FigureList label="Where we stand" figures={headlineFigures(data)} />;
}
