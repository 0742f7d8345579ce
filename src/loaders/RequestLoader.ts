import DataLoader from 'dataloader';

/** What a loader answers: the value itself when the request already holds it, else its promise. */
export type Loaded<T> = T | Promise<T>;

/**
 * Applies `use` to a loaded value: at once when the value is held, when it arrives otherwise.
 * `use` answers a plain value (for another load, chain a second whenLoaded).
 */
export function whenLoaded<T, R>(loaded: Loaded<T>, use: (value: T) => R): Loaded<R> {
  return loaded instanceof Promise ? (loaded.then(use) as Promise<R>) : use(loaded);
}

/** Several loaded values as one: at once when every one is held. */
export function allLoaded<T>(loaded: ReadonlyArray<Loaded<T>>): Loaded<readonly T[]> {
  return loaded.some((value) => value instanceof Promise) ? Promise.all(loaded) : (loaded as readonly T[]);
}

/**
 * A request's DataLoader that answers at once with what the request already holds: a record
 * primed by an earlier statement (a page's offices, tenures and people; a timeline's facts) or
 * loaded earlier. DataLoader itself answers every load with a promise, even of a cached value.
 *
 * Why it matters: graphql-js completes a field whose resolver returns a value on the spot, but a
 * promise costs a microtask, and an object with any promised field waits for all of them together
 * (promiseForObject). On a nested page, whose records all came with the page's one statement, that
 * machinery was the larger part of graphql-js's time (CPU profile, docs/benchmarks.md).
 *
 * Loads are batched and cached by DataLoader exactly as before; `held` mirrors its cache with the
 * values instead of their promises, for the keys whose value has arrived. Both are per request, and
 * a key is never given a second value: like DataLoader's, `prime` changes nothing for a key already
 * primed or asked for (its load may still be under way, or have failed).
 */
export class RequestLoader<K, V> {
  private readonly held = new Map<K, V>();
  /** Keys handed to DataLoader's load: its cache has them, as a promise, a value or an error. */
  private readonly asked = new Set<K>();
  private readonly loader: DataLoader<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>) {
    this.loader = new DataLoader<K, V>(async (keys) => {
      const values = await batch(keys);
      // A batch of the wrong length is DataLoader's to refuse (it rejects every load of it): none
      // of its values can be trusted to belong to its key.
      if (values.length !== keys.length) return values;
      keys.forEach((key, index) => {
        const value = values[index];
        if (value !== undefined && !(value instanceof Error) && !this.held.has(key)) this.held.set(key, value);
      });
      return values;
    });
  }

  load(key: K): Loaded<V> {
    const value = this.held.get(key);
    if (value !== undefined || this.held.has(key)) return value as V;
    this.asked.add(key);
    return this.loader.load(key);
  }

  /** Like DataLoader's: every key's value or its error, in the order of the keys. */
  loadMany(keys: readonly K[]): Promise<Array<V | Error>> {
    return this.loader.loadMany(keys);
  }

  /** Keeps a value fetched along the way; a key already held or asked for keeps what it has. */
  prime(key: K, value: V): this {
    if (!this.held.has(key) && !this.asked.has(key)) {
      this.held.set(key, value);
      this.loader.prime(key, value);
    }
    return this;
  }
}
