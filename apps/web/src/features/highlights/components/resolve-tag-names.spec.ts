import { describe, expect, it } from 'vitest';
import { resolveTagNames } from './highlight-composer';

const tags = [
  { id: 't1', name: 'Time cost', color: '#1c7ed6' },
  { id: 't2', name: 'workaround', color: '#e8590c' },
];

describe('resolveTagNames', () => {
  it.each([
    { name: 'existing names become ids, case-insensitively', picked: ['time cost', 'Workaround'], expected: { tagIds: ['t1', 't2'], newTags: [] } },
    { name: 'unknown names are created on the fly', picked: ['trust'], expected: { tagIds: [], newTags: ['trust'] } },
    { name: 'duplicates and blanks are dropped', picked: ['Trust', 'trust ', '  ', 'Time cost', 'TIME COST'], expected: { tagIds: ['t1'], newTags: ['trust'] } },
  ])('$name', ({ picked, expected }) => {
    expect(resolveTagNames(picked, tags)).toEqual(expected);
  });
});
