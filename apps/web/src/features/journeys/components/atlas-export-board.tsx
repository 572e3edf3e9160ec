import type { AtlasOpportunity, AtlasStage, AtlasTouchpoint, JourneyAtlas, KpiGlance } from '@outcome-atlas/contracts';
import type { CSSProperties, Ref } from 'react';
import { KPI_STATUS_STYLES } from '../../../components/kpi-status-badge';
import { formatLatestVsTarget } from '../../../components/kpi-value';
import { useZoneColors } from '../../../components/use-zone-colors';
import { CHANNEL_LABELS } from '../utils/channels';
import { cxLevelName, opportunityLabel } from '../utils/format';

const COLUMN_WIDTH = 280;
const GAP = 12;
const PADDING = 16;

const styles = {
  board: { padding: PADDING, background: '#ffffff', color: '#212529', fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', fontSize: 12, lineHeight: 1.4 },
  title: { margin: '0 0 4px', fontSize: 20, fontWeight: 600 },
  subtitle: { margin: '0 0 12px', color: '#868e96' },
  row: { display: 'flex', alignItems: 'flex-start', gap: GAP },
  column: { width: COLUMN_WIDTH, flex: `0 0 ${COLUMN_WIDTH}px`, background: '#f8f9fa', border: '1px solid #dee2e6', borderRadius: 8, padding: 8 },
  stageName: { margin: '0 0 6px', fontSize: 14, fontWeight: 600 },
  card: { background: '#ffffff', border: '1px solid #dee2e6', borderRadius: 4, padding: 8, marginTop: 8 },
  cardName: { fontWeight: 600, fontSize: 13 },
  muted: { color: '#868e96' },
  chips: { display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 },
  pain: { display: 'inline-block', background: '#fa5252', color: '#ffffff', borderRadius: 4, padding: '0 6px', fontWeight: 600 },
} satisfies Record<string, CSSProperties>;

function Chip({ opportunity }: { opportunity: AtlasOpportunity }) {
  // Hex from the theme: the image capture cannot rely on Mantine's CSS variables.
  const zoneColors = useZoneColors();
  const color = opportunity.zone ? zoneColors[opportunity.zone] : '#adb5bd';
  return <span style={{ border: `1px solid ${color}`, color, borderRadius: 4, padding: '0 4px', fontWeight: 600 }}>{opportunityLabel(opportunity)}</span>;
}

function Kpis({ kpis }: { kpis: readonly KpiGlance[] }) {
  return kpis.map((kpi) => (
    <div key={kpi.kpiId} style={{ color: kpi.status === 'misses' ? '#c92a2a' : kpi.status === 'meets' ? '#087f5b' : '#868e96' }}>
      {kpi.name}: {formatLatestVsTarget(kpi.latest, kpi.target, kpi)}, {KPI_STATUS_STYLES[kpi.status].label.toLowerCase()}
    </div>
  ));
}

function ExportCard({ touchpoint }: { touchpoint: AtlasTouchpoint }) {
  const level = cxLevelName(touchpoint.cxLevel);
  return (
    <div style={{ ...styles.card, ...(touchpoint.pain.marked ? { borderLeft: '4px solid #fa5252' } : {}) }}>
      <div style={styles.cardName}>{touchpoint.name}</div>
      <div style={styles.muted}>
        {[CHANNEL_LABELS[touchpoint.channel], level ? `CX ${touchpoint.cxLevel} ${level}` : null, touchpoint.ownerTeam || null].filter(Boolean).join(' · ')}
      </div>
      {touchpoint.pain.marked ? <div style={styles.pain}>Pain</div> : null}
      {touchpoint.opportunities.length > 0 ? (
        <div style={styles.chips}>
          {touchpoint.opportunities.map((opportunity) => (
            <Chip key={opportunity.outcomeId} opportunity={opportunity} />
          ))}
        </div>
      ) : null}
      <Kpis kpis={touchpoint.kpis} />
      <div style={styles.muted}>{touchpoint.quoteCount === 1 ? '1 quote' : `${touchpoint.quoteCount} quotes`}</div>
    </div>
  );
}

function ExportColumn({ stage }: { stage: AtlasStage }) {
  return (
    <div style={styles.column}>
      <div style={styles.stageName}>{stage.name}</div>
      {stage.opportunities.length > 0 ? (
        <div style={styles.chips}>
          {stage.opportunities.map((opportunity) => (
            <Chip key={opportunity.outcomeId} opportunity={opportunity} />
          ))}
        </div>
      ) : null}
      <Kpis kpis={stage.kpis} />
      {stage.touchpoints.map((touchpoint) => (
        <ExportCard key={touchpoint.id} touchpoint={touchpoint} />
      ))}
    </div>
  );
}

/**
 * The whole map as plain, static markup for the PNG/SVG export. The board on screen virtualizes long columns
 * (only the cards in view exist) and carries handles and menus, so capturing it would miss most cards; this
 * layout renders every card, without interactive parts, only while an export runs, off screen.
 */
export function AtlasExportBoard({ ref, atlas }: { ref: Ref<HTMLDivElement>; atlas: JourneyAtlas }) {
  const width = PADDING * 2 + Math.max(atlas.stages.length, 1) * (COLUMN_WIDTH + GAP);
  return (
    <div ref={ref} style={{ ...styles.board, width }} data-testid="atlas-export-board">
      <h1 style={styles.title}>{atlas.name}</h1>
      <p style={styles.subtitle}>
        {atlas.persona ? `Persona: ${atlas.persona.name} · ` : ''}
        {atlas.stageCount} stages · {atlas.touchpointCount} touchpoints
      </p>
      {atlas.kpis.length > 0 ? (
        <div style={{ marginBottom: 12 }}>
          <Kpis kpis={atlas.kpis} />
        </div>
      ) : null}
      <div style={styles.row}>
        {atlas.stages.map((stage) => (
          <ExportColumn key={stage.id} stage={stage} />
        ))}
      </div>
    </div>
  );
}
