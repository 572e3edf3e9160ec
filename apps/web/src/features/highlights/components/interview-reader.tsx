import { Box, Grid, Group, Paper, ScrollArea, Stack, Tabs, Text, Title } from '@mantine/core';
import type { InterviewDetail } from '@outcome-atlas/contracts';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pluralize } from '../../../lib/format';
import { type PendingSelection, useTranscriptSelection } from '../hooks/use-transcript-selection';
import { HighlightComposer, type TagOption } from './highlight-composer';
import { HighlightMargin } from './highlight-margin';
import { TagFilterChips } from './tag-filter-chips';
import classes from './transcript.module.css';
import { TranscriptView } from './transcript-view';
import type { TextSpan } from '../utils/transcript-segments';

/** Passages to mark in the transcript (e.g. an outcome's quotes); a new `requestId` scrolls to the first again. */
export type EvidenceFocus = { spans: readonly TextSpan[]; label: string; requestId: number };

/** A further tab beside "Highlights" in the side panel, composed in by the route. */
export type SidePanelTab = { value: string; label: ReactNode; content: ReactNode };

export const HIGHLIGHTS_TAB = 'highlights';

type InterviewReaderProps = {
  interview: InterviewDetail;
  availableTags: TagOption[];
  canWrite: boolean;
  /** Scroll to and mark this highlight once (e.g. arriving from the tag board). */
  focusHighlightId: string | null;
  evidence?: EvidenceFocus | null;
  extraTabs?: SidePanelTab[];
  /** The side panel's tab; controlled when given with onTabChange. */
  activeTab?: string;
  onTabChange?: (value: string) => void;
};

export function InterviewReader({ interview, availableTags, canWrite, focusHighlightId, evidence = null, extraTabs = [], activeTab, onTabChange }: InterviewReaderProps) {
  const [ownTab, setOwnTab] = useState(HIGHLIGHTS_TAB);
  const tab = activeTab ?? ownTab;
  const setTab = useCallback(
    (value: string) => {
      setOwnTab(value);
      onTabChange?.(value);
    },
    [onTabChange],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [tagFilter, setTagFilter] = useState<string[]>([]);
  const [activeHighlightId, setActiveHighlightId] = useState<string | null>(focusHighlightId);

  useTranscriptSelection(rootRef, wrapperRef, interview.transcript, canWrite ? setPending : () => {}, () => setPending(null));

  const visibleHighlights = useMemo(() => {
    const sorted = [...interview.highlights].sort((a, b) => a.start - b.start || a.end - b.end);
    if (tagFilter.length === 0) return sorted;
    return sorted.filter((highlight) => highlight.tags.some((tag) => tagFilter.includes(tag.id)));
  }, [interview.highlights, tagFilter]);

  const showInTranscript = useCallback((highlightId: string) => {
    setActiveHighlightId(highlightId);
    const mark = rootRef.current?.querySelector(`mark[data-highlight-ids~="${CSS.escape(highlightId)}"]`);
    mark?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);

  const showInMargin = useCallback(
    (highlightId: string) => {
      setActiveHighlightId(highlightId);
      setTab(HIGHLIGHTS_TAB);
      // After the highlights tab is shown, so the card can scroll and take focus.
      requestAnimationFrame(() => {
        const card = document.getElementById(`highlight-${highlightId}`);
        card?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
        card?.focus({ preventScroll: true });
      });
    },
    [setTab],
  );

  // A new evidence request scrolls the transcript to its first passage (the marks exist after this render).
  const evidenceRequest = evidence?.requestId;
  useEffect(() => {
    if (evidenceRequest === undefined) return;
    rootRef.current?.querySelector('mark[data-evidence]')?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [evidenceRequest]);

  useEffect(() => {
    if (focusHighlightId) showInTranscript(focusHighlightId);
  }, [focusHighlightId, showInTranscript]);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    root.querySelectorAll(`.${classes.activeMark}`).forEach((element) => element.classList.remove(classes.activeMark as string));
    if (activeHighlightId) {
      root.querySelectorAll(`mark[data-highlight-ids~="${CSS.escape(activeHighlightId)}"]`).forEach((element) => element.classList.add(classes.activeMark as string));
    }
  }, [activeHighlightId, visibleHighlights]);

  const highlightsPanel = (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Highlights
        </Title>
        <Text size="sm" c="dimmed">
          {pluralize(interview.highlights.length, 'highlight')}
        </Text>
      </Group>
      <TagFilterChips highlights={interview.highlights} value={tagFilter} onChange={setTagFilter} />
      <ScrollArea.Autosize mah="calc(100vh - 220px)" offsetScrollbars>
        <HighlightMargin
          interviewId={interview.id}
          projectId={interview.projectId}
          highlights={visibleHighlights}
          totalCount={interview.highlights.length}
          activeHighlightId={activeHighlightId}
          canWrite={canWrite}
          availableTags={availableTags}
          onShow={showInTranscript}
        />
      </ScrollArea.Autosize>
    </Stack>
  );

  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
          {canWrite ? (
            <Text size="xs" c="dimmed" mb="sm">
              Select a passage to highlight it and tag it. Selections may span several turns.
            </Text>
          ) : null}
          <Box ref={wrapperRef} pos="relative">
            <TranscriptView
              rootRef={rootRef}
              transcript={interview.transcript}
              utterances={interview.utterances}
              highlights={visibleHighlights}
              evidence={evidence?.spans}
              evidenceLabel={evidence?.label}
              onHighlightClick={showInMargin}
            />
            {pending ? (
              <HighlightComposer
                key={`${pending.range.start}-${pending.range.end}`}
                interviewId={interview.id}
                projectId={interview.projectId}
                transcript={interview.transcript}
                pending={pending}
                availableTags={availableTags}
                onDone={() => setPending(null)}
              />
            ) : null}
          </Box>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Box component="aside" aria-label={extraTabs.length > 0 ? 'Side panel' : 'Highlights panel'} style={{ position: 'sticky', top: 'calc(var(--app-shell-header-offset, 60px) + 16px)' }}>
          {extraTabs.length > 0 ? (
            <Tabs value={tab} onChange={(value) => setTab(value ?? HIGHLIGHTS_TAB)} keepMounted keepMountedMode="display-none">
              <Tabs.List mb="sm">
                <Tabs.Tab value={HIGHLIGHTS_TAB}>Highlights</Tabs.Tab>
                {extraTabs.map((extra) => (
                  <Tabs.Tab key={extra.value} value={extra.value}>
                    {extra.label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value={HIGHLIGHTS_TAB}>{highlightsPanel}</Tabs.Panel>
              {extraTabs.map((extra) => (
                <Tabs.Panel key={extra.value} value={extra.value}>
                  <ScrollArea.Autosize mah="calc(100vh - 200px)" offsetScrollbars>
                    {extra.content}
                  </ScrollArea.Autosize>
                </Tabs.Panel>
              ))}
            </Tabs>
          ) : (
            highlightsPanel
          )}
        </Box>
      </Grid.Col>
    </Grid>
  );
}
