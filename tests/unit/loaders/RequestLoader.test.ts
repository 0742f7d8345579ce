import { describe, expect, it } from 'vitest';
import { allLoaded, RequestLoader, whenLoaded } from '../../../src/loaders/RequestLoader.js';

/** A loader over `values` that records each batch it is asked for. */
function loaderOf(values: Record<string, string | null>) {
  const batches: string[][] = [];
  const loader = new RequestLoader<string, string | null>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => (key in values ? values[key]! : new Error(`no ${key}`)));
  });
  return { loader, batches };
}

describe('RequestLoader', () => {
  it('answers a primed key with the value itself, not a promise, and asks nothing', () => {
    const { loader, batches } = loaderOf({});
    loader.prime('a', 'A').prime('n', null);
    expect(loader.load('a')).toBe('A');
    // A primed null (an entity that is not there) is held too.
    expect(loader.load('n')).toBeNull();
    expect(batches).toEqual([]);
  });

  it('batches what it does not hold, and holds the values once they arrive', async () => {
    const { loader, batches } = loaderOf({ a: 'A', b: 'B' });
    const [a, b] = [loader.load('a'), loader.load('b')];
    expect(a).toBeInstanceOf(Promise);
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
    expect(loader.load('a')).toBe('A');
    expect(batches).toEqual([['a', 'b']]);
  });

  it('keeps an error a promise, and never holds it', async () => {
    const { loader } = loaderOf({});
    await expect(loader.load('x')).rejects.toThrow('no x');
    const again = loader.load('x');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('no x');
  });

  it('keeps the first value of a key: a later prime changes nothing', async () => {
    const { loader } = loaderOf({ a: 'A' });
    await loader.load('a');
    loader.prime('a', 'other');
    expect(loader.load('a')).toBe('A');
    expect(await loader.loadMany(['a'])).toEqual(['A']);
  });
});

describe('RequestLoader and DataLoader agree', () => {
  it('keeps a key being loaded from a prime, as DataLoader does', async () => {
    const { loader } = loaderOf({ a: 'A' });
    const pending = loader.load('a');
    loader.prime('a', 'other');
    expect(await pending).toBe('A');
    expect(loader.load('a')).toBe('A');
    expect(await loader.loadMany(['a'])).toEqual(['A']);
  });

  it('keeps a failed key failed: a later prime does not hide the error', async () => {
    const { loader } = loaderOf({});
    await expect(loader.load('x')).rejects.toThrow('no x');
    loader.prime('x', 'X');
    const again = loader.load('x');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('no x');
    expect((await loader.loadMany(['x']))[0]).toBeInstanceOf(Error);
  });

  it('holds nothing of a batch of the wrong length, which DataLoader refuses', async () => {
    const loader = new RequestLoader<string, string>(async () => ['only one']);
    const [a, b] = [loader.load('a'), loader.load('b')];
    await expect(a).rejects.toThrow();
    await expect(b).rejects.toThrow();
    // Nothing of the refused batch was held: the key is asked for again (DataLoader forgets the
    // keys of a refused batch), in a batch of its own that this batch function answers right.
    const again = loader.load('a');
    expect(again).toBeInstanceOf(Promise);
    expect(await again).toBe('only one');
  });
});

describe('whenLoaded and allLoaded', () => {
  it('stay synchronous for held values and wait for promised ones', async () => {
    expect(whenLoaded(2, (n) => n * 10)).toBe(20);
    expect(allLoaded([1, 2])).toEqual([1, 2]);
    const later = allLoaded([1, Promise.resolve(2)]);
    expect(later).toBeInstanceOf(Promise);
    expect(await whenLoaded(later, (ns) => ns.join('+'))).toBe('1+2');
  });
});
