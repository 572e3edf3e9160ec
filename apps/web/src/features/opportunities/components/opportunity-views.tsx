import { Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { OPPORTUNITY_VIEWS, type OpportunityView, parseView, VIEW_LABELS } from '../utils/opportunity-views';
import type { SelectOption } from './job-step-select';
import { OpportunityBacklog } from './opportunity-backlog';
import { OpportunityLandscapeView } from './opportunity-landscape';
import { SegmentComparison } from './segment-comparison';
import { SegmentationPanel } from './segmentation-panel';

type OpportunityViewsProps = { projectId: string; jobStepOptions: SelectOption[]; canWrite: boolean };

/** The four views as tabs; the tab is `?view=` so each view can be linked to, and the filters carry across. */
export function OpportunityViews({ projectId, jobStepOptions, canWrite }: OpportunityViewsProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = parseView(searchParams.get('view'));

  const show = (next: OpportunityView) =>
    setSearchParams((previous) => {
      const params = new URLSearchParams(previous);
      if (next === 'backlog') params.delete('view');
      else params.set('view', next);
      return params;
    });

  return (
    <Tabs value={view} onChange={(value) => show(parseView(value))} keepMounted={false}>
      <Tabs.List aria-label="Opportunity views" mb="md">
        {OPPORTUNITY_VIEWS.map((entry) => (
          <Tabs.Tab key={entry} value={entry}>
            {VIEW_LABELS[entry]}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="backlog">
        <OpportunityBacklog projectId={projectId} jobStepOptions={jobStepOptions} />
      </Tabs.Panel>
      <Tabs.Panel value="landscape">
        <OpportunityLandscapeView projectId={projectId} jobStepOptions={jobStepOptions} />
      </Tabs.Panel>
      <Tabs.Panel value="compare">
        <SegmentComparison projectId={projectId} />
      </Tabs.Panel>
      <Tabs.Panel value="segmentation">
        <SegmentationPanel projectId={projectId} canWrite={canWrite} />
      </Tabs.Panel>
    </Tabs>
  );
}
