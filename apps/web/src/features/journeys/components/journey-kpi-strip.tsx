import { Text, Title } from '@mantine/core';
import type { KpiGlance } from '@outcome-atlas/contracts';
import classes from './atlas.module.css';
import { KpiGlanceLine } from './kpi-glance-line';

/** The KPIs attached to the journey itself, above the board. */
export function JourneyKpiStrip({ kpis, projectId }: { kpis: readonly KpiGlance[]; projectId: string }) {
  return (
    <section aria-labelledby="journey-kpis-heading">
      <Title order={2} size="h6" id="journey-kpis-heading" mb={4}>
        Journey KPIs
      </Title>
      {kpis.length === 0 ? (
        <Text size="sm" c="dimmed">
          No KPI is attached to this journey yet. Attach one on the KPIs page to see it here.
        </Text>
      ) : (
        <div className={classes.kpiStrip} role="list" aria-label="Journey KPIs">
          {kpis.map((kpi) => (
            <div key={kpi.kpiId} className={classes.kpiChip} role="listitem">
              <KpiGlanceLine kpi={kpi} projectId={projectId} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
