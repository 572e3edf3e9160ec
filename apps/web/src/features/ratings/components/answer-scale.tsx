import { Button, Group, Text } from '@mantine/core';
import { QUESTION_LABELS, type Question } from '../utils/rating-answers';
import classes from './ratings.module.css';

const VALUES = [1, 2, 3, 4, 5] as const;

type AnswerScaleProps = {
  outcomeKey: string;
  question: Question;
  value: number | null;
  /** The question 1–5 answers now, on the active row. */
  current: boolean;
  /** Only the active row's controls are in the tab order (the row itself is the list's roving stop). */
  focusable: boolean;
  readOnly: boolean;
  /** A click on the chosen value clears it. */
  onChange: (value: number | null) => void;
};

/** 1–5 for one question, for mouse users; the same effect as the keys. */
export function AnswerScale({ outcomeKey, question, value, current, focusable, readOnly, onChange }: AnswerScaleProps) {
  const label = QUESTION_LABELS[question];
  return (
    <Group gap={6} wrap="nowrap" className={classes.question} data-current={current || undefined} data-question={question}>
      <Text size="xs" fw={current ? 700 : 500} c={current ? 'blue' : undefined} w={92} style={{ whiteSpace: 'nowrap' }}>
        {label}
        {current ? ' ▸' : ''}
      </Text>
      <Group gap={2} wrap="nowrap" role="radiogroup" aria-label={`${label} of ${outcomeKey}`}>
        {VALUES.map((option) => {
          const checked = value === option;
          return (
            <Button
              key={option}
              size="compact-xs"
              w={26}
              px={0}
              variant={checked ? 'filled' : 'default'}
              role="radio"
              aria-checked={checked}
              aria-label={`${label} ${option}`}
              title={checked ? 'Click again to clear' : undefined}
              tabIndex={focusable && (checked || (value === null && option === 1)) ? 0 : -1}
              disabled={readOnly}
              onClick={() => onChange(checked ? null : option)}
            >
              {option}
            </Button>
          );
        })}
      </Group>
    </Group>
  );
}
