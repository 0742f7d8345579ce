import path from 'node:path';
import { projectRoot } from '../config.js';
import { readSeedFiles } from './readSeedFiles.js';
import type { SeedDataset } from './SeedDataset.js';
import { SeedValidationError } from './SeedValidationError.js';
import { validateSeeds } from './validateSeeds.js';

export const DEFAULT_SEEDS_DIR = path.join(projectRoot, 'seeds');

/** Parses and validates seeds/; throws a SeedValidationError listing every problem. */
export function readSeeds(seedsDir: string = DEFAULT_SEEDS_DIR): SeedDataset {
  const { dataset, problems } = validateSeeds(readSeedFiles(seedsDir, projectRoot));
  if (!dataset || problems.length > 0) throw new SeedValidationError(problems);
  return dataset;
}
