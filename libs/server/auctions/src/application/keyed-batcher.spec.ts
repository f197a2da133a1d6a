import { KeyedBatcher } from './keyed-batcher';

/** A run function whose batches the test finishes by hand. */
function manualRun() {
  const calls: Array<{ key: string; items: number[]; finish: (fail?: Error) => void }> = [];
  const run = (key: string, items: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      calls.push({ key, items, finish: (fail) => (fail ? reject(fail) : resolve(items.map((i) => `${key}:${i}`))) });
    });
  return { calls, run };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('KeyedBatcher', () => {
  it('runs a lone item at once, alone', async () => {
    const { calls, run } = manualRun();
    const batcher = new KeyedBatcher(run, 10);
    const answer = batcher.submit('a', 1);
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0].finish();
    await expect(answer).resolves.toBe('a:1');
  });

  it('queues what arrives during a batch into the next one, in arrival order', async () => {
    const { calls, run } = manualRun();
    const batcher = new KeyedBatcher(run, 10);
    const answers = [1, 2, 3, 4].map((i) => batcher.submit('a', i));
    expect(calls.map((c) => c.items)).toEqual([[1]]);
    calls[0].finish();
    await flush();
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3, 4]]);
    calls[1].finish();
    await expect(Promise.all(answers)).resolves.toEqual(['a:1', 'a:2', 'a:3', 'a:4']);
  });

  it('keeps keys apart: another key does not wait', () => {
    const { calls, run } = manualRun();
    const batcher = new KeyedBatcher(run, 10);
    void batcher.submit('a', 1);
    void batcher.submit('b', 2);
    expect(calls.map((c) => [c.key, c.items])).toEqual([
      ['a', [1]],
      ['b', [2]],
    ]);
  });

  it('caps a batch at maxBatch', async () => {
    const { calls, run } = manualRun();
    const batcher = new KeyedBatcher(run, 2);
    const answers = [1, 2, 3, 4, 5].map((i) => batcher.submit('a', i));
    calls[0].finish();
    await flush();
    calls[1].finish();
    await flush();
    calls[2].finish();
    await Promise.all(answers);
    expect(calls.map((c) => c.items)).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('fails every item of a failed batch, and goes on with the next', async () => {
    const { calls, run } = manualRun();
    const batcher = new KeyedBatcher(run, 10);
    const first = batcher.submit('a', 1);
    const second = batcher.submit('a', 2);
    const third = batcher.submit('a', 3);
    calls[0].finish();
    await flush();
    calls[1].finish(new Error('database away'));
    await expect(second).rejects.toThrow('database away');
    await expect(third).rejects.toThrow('database away');
    await expect(first).resolves.toBe('a:1');
    const fourth = batcher.submit('a', 4);
    expect(calls).toHaveLength(3);
    calls[2].finish();
    await expect(fourth).resolves.toBe('a:4');
  });

  it('refuses an answer that does not have one result per item', async () => {
    const batcher = new KeyedBatcher<number, string>(async () => [], 10);
    await expect(batcher.submit('a', 1)).rejects.toThrow('a batch of 1 was answered with 0 results');
  });
});
