import { Group, Skeleton, Stack, Text } from '@mantine/core';
import { ZoneBadge } from '../../../components/zone-badge';
import { type PreviewScore, formatOptionalScore } from '../utils/opportunity-preview';
import classes from './ratings.module.css';

type OpportunityPreviewCellProps = {
  outcomeKey: string;
  /** undefined while the project scores load; null when nobody answered yet. */
  preview: PreviewScore | null | undefined;
  unavailable: boolean;
};

/** The outcome's scores over all respondents, with this respondent's answers as on screen. */
export function OpportunityPreviewCell({ outcomeKey, preview, unavailable }: OpportunityPreviewCellProps) {
  let body;
  if (unavailable) body = <Text size="xs" c="dimmed">Preview unavailable</Text>;
  else if (preview === undefined) body = <Skeleton height={30} width={180} aria-label={`Loading the preview of ${outcomeKey}`} />;
  else if (preview === null) body = <Text size="xs" c="dimmed">No answers yet</Text>;
  else
    body = (
      <>
        <Text size="xs" data-testid="preview-scores">
          Imp {formatOptionalScore(preview.importance)} · Sat {formatOptionalScore(preview.satisfaction)} · Opp {formatOptionalScore(preview.opportunity)}
        </Text>
        <Group gap={6}>
          {preview.zone ? <ZoneBadge zone={preview.zone} size="xs" long /> : <Text size="xs" c="dimmed">Needs both answers</Text>}
          <Text size="xs" c="dimmed">
            n = {preview.nImportance === preview.nSatisfaction ? preview.nImportance : `${preview.nImportance} imp, ${preview.nSatisfaction} sat`}
          </Text>
        </Group>
      </>
    );
  return (
    <Stack gap={2} className={classes.preview} aria-label={`Preview for ${outcomeKey}`} role="group">
      <Text size="xs" c="dimmed" fw={500}>
        Preview, all respondents
      </Text>
      {body}
    </Stack>
  );
}
