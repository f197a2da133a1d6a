interface Waiting<I, O> {
  item: I;
  resolve: (out: O) => void;
  reject: (e: unknown) => void;
}

/**
 * Runs at most one batch at a time per key; whatever arrives for that key while a batch runs
 * waits and goes, in arrival order, into the next one. A lone item runs at once (no timer, no
 * added latency when the key is quiet); under load each batch carries everything that queued up
 * during the one before. `run` answers with one output per item, in the items' order; if it
 * throws, every item of that batch gets the error.
 */
export class KeyedBatcher<I, O> {
  private readonly queues = new Map<string, Array<Waiting<I, O>>>();

  constructor(
    private readonly run: (key: string, items: I[]) => Promise<O[]>,
    private readonly maxBatch: number,
  ) {}

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key) ?? [];
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      try {
        const outs = await this.run(key, batch.map((w) => w.item));
        if (outs.length !== batch.length) throw new Error(`a batch of ${batch.length} was answered with ${outs.length} results`);
        batch.forEach((w, i) => w.resolve(outs[i]));
      } catch (e) {
        for (const w of batch) w.reject(e);
      }
    }
    // nothing queued since the last batch finished (this runs synchronously after that check)
    this.queues.delete(key);
  }
}
