import { describe, expect, it } from 'vitest';
import { NewestFirstQueue } from '../../../electron/media/newestFirstQueue.js';

/** A job that finishes when the test says so, recording when it started. */
function gate(started: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return {
    job: async () => {
      started.push(name);
      await done;
      return name;
    },
    open: () => open(),
  };
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('NewestFirstQueue (thumbnails made on request)', () => {
  it('runs no more than its concurrency at once, and the newest waiting job next', async () => {
    const started: string[] = [];
    const queue = new NewestFirstQueue(1);
    const [a, b, c] = ['a', 'b', 'c'].map((name) => gate(started, name));
    const results = [queue.run('a', a!.job), queue.run('b', b!.job), queue.run('c', c!.job)];
    await settle();
    expect(started).toEqual(['a']);
    a!.open();
    await settle();
    // "c" was asked for last: the card on screen now, made before "b" which may have scrolled past.
    expect(started).toEqual(['a', 'c']);
    c!.open();
    await settle();
    expect(started).toEqual(['a', 'c', 'b']);
    b!.open();
    await expect(Promise.all(results)).resolves.toEqual(['a', 'b', 'c']);
    expect(queue.pending).toBe(0);
  });

  it('gives two requests for the same key one job', async () => {
    const started: string[] = [];
    const queue = new NewestFirstQueue(2);
    const first = gate(started, 'first');
    const second = gate(started, 'second');
    const both = [queue.run('same', first.job), queue.run('same', second.job)];
    first.open();
    await expect(Promise.all(both)).resolves.toEqual(['first', 'first']);
    expect(started).toEqual(['first']);
  });

  it('frees the place of a job that fails, and passes its error on', async () => {
    const queue = new NewestFirstQueue(1);
    const failed = queue.run('bad', () => {
      throw new Error('unreadable picture');
    });
    await expect(failed).rejects.toThrow('unreadable picture');
    await expect(queue.run('good', () => Promise.resolve('made'))).resolves.toBe('made');
  });
});
