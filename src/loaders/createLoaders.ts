import type { Repositories } from '../repositories/createRepositories.js';

/** Fresh DataLoaders for one request: their caches never outlive it. */
export function createLoaders(_repositories: Repositories) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
