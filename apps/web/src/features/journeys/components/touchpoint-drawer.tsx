import { ActionIcon, Anchor, Blockquote, Button, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import type { TouchpointDetail } from '@outcome-atlas/contracts';
import { IconPencil, IconUnlink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../../../components/page-states';
import { paths } from '../../../config/paths';
import { notifySuccess } from '../../../lib/notify';
import { useTouchpoint } from '../api/get-touchpoint';
import { useLinkQuote, useUnlinkQuote } from '../api/quote-links';
import { KpiGlanceLine } from './kpi-glance-line';
import { LinkedOutcomes } from './linked-outcomes';
import { QuoteLinkPicker } from './quote-link-picker';
import { ChannelBadge, CxLevelBadge } from './touchpoint-meta';

type TouchpointDrawerProps = {
  projectId: string;
  /** From the URL (`?touchpoint=`), so a link can open it; null keeps the drawer closed. */
  touchpointId: string | null;
  canWrite: boolean;
  onEdit: (touchpointId: string) => void;
  onClose: () => void;
};

export function TouchpointDrawer({ projectId, touchpointId, canWrite, onEdit, onClose }: TouchpointDrawerProps) {
  return (
    <Drawer opened={touchpointId !== null} onClose={onClose} closeButtonProps={{ 'aria-label': 'Close' }} position="right" size="lg" title="Touchpoint details">
      {touchpointId ? <TouchpointDetails key={touchpointId} projectId={projectId} touchpointId={touchpointId} canWrite={canWrite} onEdit={onEdit} /> : null}
    </Drawer>
  );
}

function TouchpointDetails({ projectId, touchpointId, canWrite, onEdit }: Omit<TouchpointDrawerProps, 'touchpointId' | 'onClose'> & { touchpointId: string }) {
  const query = useTouchpoint(projectId, touchpointId);
  if (query.isPending) return <LoadingState label="Loading the touchpoint" />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} title="Could not load the touchpoint" />;
  const touchpoint = query.data;

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
          {touchpoint.name}
        </Title>
        <Text size="sm" c="dimmed">
          {touchpoint.journeyName} · {touchpoint.stageName}
        </Text>
        <Group gap={6}>
          <ChannelBadge channel={touchpoint.channel} />
          <CxLevelBadge level={touchpoint.cxLevel} />
        </Group>
        {touchpoint.ownerTeam ? <Text size="sm">Owner team: {touchpoint.ownerTeam}</Text> : null}
        {canWrite ? (
          <Group>
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEdit(touchpoint.id)}>
              Edit touchpoint
            </Button>
          </Group>
        ) : null}
      </Stack>

      <DetailSection id="touchpoint-expectation" title="Expectation">
        {touchpoint.expectation ? (
          <Blockquote p="sm" color="teal">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              “{touchpoint.expectation}”
            </Text>
          </Blockquote>
        ) : (
          <Empty>No expectation written down yet.</Empty>
        )}
      </DetailSection>

      <DetailSection id="touchpoint-description" title="Description">
        {touchpoint.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {touchpoint.description}
          </Text>
        ) : (
          <Empty>No description.</Empty>
        )}
      </DetailSection>

      <LinkedOpportunities projectId={projectId} touchpoint={touchpoint} canWrite={canWrite} />

      <DetailSection id="touchpoint-kpis" title={`KPIs (${touchpoint.kpis.length})`}>
        {touchpoint.kpis.length === 0 ? (
          <Empty>No KPI measures this touchpoint yet. Attach one on the KPIs page.</Empty>
        ) : (
          <Stack gap={4} role="list" aria-label="KPIs">
            {touchpoint.kpis.map((kpi) => (
              <div role="listitem" key={kpi.kpiId}>
                <KpiGlanceLine kpi={kpi} projectId={projectId} />
              </div>
            ))}
          </Stack>
        )}
      </DetailSection>

      <LinkedQuotes projectId={projectId} touchpoint={touchpoint} canWrite={canWrite} />
    </Stack>
  );
}

function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Title order={3} size="h5" id={`${id}-heading`} mb="xs">
        {title}
      </Title>
      {children}
    </section>
  );
}

const Empty = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed">
    {children}
  </Text>
);

function LinkedOpportunities({ projectId, touchpoint, canWrite }: { projectId: string; touchpoint: TouchpointDetail; canWrite: boolean }) {
  return (
    <DetailSection id="touchpoint-opportunities" title={`Opportunities (${touchpoint.opportunities.length})`}>
      <LinkedOutcomes
        projectId={projectId}
        target={{ kind: 'touchpoint', id: touchpoint.id }}
        opportunities={touchpoint.opportunities}
        canWrite={canWrite}
        listLabel="Linked outcomes"
        empty="No outcome is linked to this touchpoint yet."
        unlinkedMessage={(key) => `${key} unlinked`}
      />
    </DetailSection>
  );
}

function LinkedQuotes({ projectId, touchpoint, canWrite }: { projectId: string; touchpoint: TouchpointDetail; canWrite: boolean }) {
  const link = useLinkQuote(projectId, touchpoint.id);
  const unlink = useUnlinkQuote(projectId, touchpoint.id);
  const linkedIds = new Set(touchpoint.quotes.map((quote) => quote.highlightId));
  return (
    <DetailSection id="touchpoint-quotes" title={`Quotes (${touchpoint.quotes.length})`}>
      <Stack gap="sm">
        {touchpoint.quotes.length === 0 ? (
          <Empty>No quote is linked to this touchpoint yet.</Empty>
        ) : (
          <Stack gap="xs" role="list" aria-label="Linked quotes">
            {touchpoint.quotes.map((quote) => (
              <Blockquote key={quote.highlightId} p="sm" color="gray" role="listitem">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  “{quote.quote}”
                </Text>
                <Group justify="space-between" mt={4} wrap="nowrap">
                  <Anchor component={Link} to={paths.interview(projectId, quote.interviewId, quote.highlightId)} size="xs">
                    Open in {quote.interviewTitle}
                  </Anchor>
                  {canWrite ? (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={`Unlink the quote from ${quote.interviewTitle}`}
                      loading={unlink.isPending && unlink.variables === quote.highlightId}
                      onClick={() => unlink.mutate(quote.highlightId, { onSuccess: () => notifySuccess('Quote unlinked') })}
                    >
                      <IconUnlink size={14} aria-hidden />
                    </ActionIcon>
                  ) : null}
                </Group>
              </Blockquote>
            ))}
          </Stack>
        )}
        {canWrite ? <QuoteLinkPicker projectId={projectId} linkedIds={linkedIds} onLink={(highlightId) => link.mutateAsync(highlightId)} /> : null}
      </Stack>
    </DetailSection>
  );
}
