import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImportSlots } from './import-slots.js';

const slots = (concurrency: number, poolSize = 10) =>
  new ImportSlots({ RATINGS_IMPORT_CONCURRENCY: concurrency, RATINGS_IMPORT_QUEUE_SECONDS: 5, DB_POOL_SIZE: poolSize });

describe('ImportSlots', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('admits up to the limit, then hands each freed slot to the longest waiting, never to a newcomer', async () => {
    const admission = slots(2);
    const first = await admission.acquire();
    await admission.acquire();
    const order: string[] = [];
    const waiting = ['a', 'b'].map((name) => admission.acquire().then((release) => (order.push(name), release)));
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual([]);
    first();
    first(); // a second call frees nothing more
    const newcomer = admission.acquire().then(() => order.push('newcomer'));
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['a']);
    (await waiting[0]!)();
    await vi.advanceTimersByTimeAsync(100);
    expect(order).toEqual(['a', 'b']);
    (await waiting[1]!)();
    await newcomer;
    expect(order).toEqual(['a', 'b', 'newcomer']);
  });

  it('answers 503 IMPORTS_BUSY with Retry-After once the wait runs out, and the line moves on', async () => {
    const admission = slots(1);
    const release = await admission.acquire();
    const refused = admission.acquire();
    const caught = expect(refused).rejects.toMatchObject({ status: 503, code: 'IMPORTS_BUSY', headers: { 'retry-after': '5' } });
    await vi.advanceTimersByTimeAsync(5000);
    await caught;
    release();
    await expect(admission.acquire()).resolves.toBeTypeOf('function');
  });

  it('always leaves a pooled connection for everything else', async () => {
    const admission = slots(8, 2);
    await admission.acquire();
    let second = false;
    void admission.acquire().then(() => (second = true), () => undefined);
    await vi.advanceTimersByTimeAsync(100);
    expect(second).toBe(false);
  });
});
