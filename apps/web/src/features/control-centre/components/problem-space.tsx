import { Text, useMantineTheme } from '@mantine/core';
import type { ControlCentre } from '@outcome-atlas/contracts';
import { CountBarChart } from './count-bar-chart';
import { StatusBreakdown } from './status-breakdown';
import { SpaceBlock, SpaceSection } from './space-section';
import { TopOpportunities } from './top-opportunities';

type ProblemSpaceProps = { projectId: string; problem: ControlCentre['problem'] };

/** Who we talked to, what they said per job step, how far curation got, and the best opportunities. */
export function ProblemSpace({ projectId, problem }: ProblemSpaceProps) {
  const theme = useMantineTheme();
  const personaRows = problem.byPersona.map((row) => ({ label: row.persona ?? 'No persona', interviews: row.interviews, highlights: row.highlights }));
  const stepRows = problem.byJobStep.map((row) => ({ label: row.jobStep ?? 'No job step', highlights: row.highlights, outcomes: row.outcomes }));
  const statuses = problem.outcomesByStatus;
  return (
    <SpaceSection id="problem-space" title="Problem space" description="Interviews, evidence and the opportunities they reveal.">
      <SpaceBlock title="By persona">
        {personaRows.length === 0 ? (
          <Text size="sm" c="dimmed">No interviews yet.</Text>
        ) : (
          <CountBarChart
            title="Interviews and highlights by persona"
            rows={personaRows}
            series={[
              { key: 'interviews', name: 'Interviews', noun: 'interview', color: theme.colors.teal[6] },
              { key: 'highlights', name: 'Highlights', noun: 'highlight', color: theme.colors.cyan[3] },
            ]}
          />
        )}
      </SpaceBlock>
      <SpaceBlock title="By job step">
        {stepRows.length === 0 ? (
          <Text size="sm" c="dimmed">No job map yet.</Text>
        ) : (
          <CountBarChart
            title="Highlights and outcomes by job step"
            rows={stepRows}
            series={[
              { key: 'highlights', name: 'Highlights', noun: 'highlight', color: theme.colors.cyan[3] },
              { key: 'outcomes', name: 'Outcomes', noun: 'accepted outcome', color: theme.colors.indigo[5] },
            ]}
          />
        )}
      </SpaceBlock>
      <SpaceBlock title="Outcomes by status">
        <StatusBreakdown
          label="Outcomes by status"
          parts={[
            { key: 'proposed', label: 'Proposed', count: statuses.proposed, color: 'yellow' },
            { key: 'accepted', label: 'Accepted', count: statuses.accepted, color: 'teal' },
            { key: 'rejected', label: 'Rejected', count: statuses.rejected, color: 'gray' },
            { key: 'merged', label: 'Merged', count: statuses.merged, color: 'blue' },
          ]}
        />
      </SpaceBlock>
      <SpaceBlock title="Top opportunities">
        <TopOpportunities projectId={projectId} opportunities={problem.topOpportunities} />
      </SpaceBlock>
    </SpaceSection>
  );
}
