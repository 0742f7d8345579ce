import { buildUnitCensus, type CensusUnit } from '../census/unitCensus.js';
import { DROP_UNIT_CENSUS, UNITS_FOR_CENSUS, writeUnitCensus } from '../cypher/censusQueries.js';
import type { Database } from '../db/Database.js';

/** Removes the census before a load changes any unit, so no page reads a count the load made stale. */
export async function dropUnitCensus(db: Database): Promise<void> {
  await db.write(DROP_UNIT_CENSUS);
}

/**
 * Counts the units of the whole graph (every dataset) into a fresh census, replacing the old one
 * in one transaction: readers see either census whole, never a mix.
 */
export async function rebuildUnitCensus(db: Database): Promise<number> {
  const units = await db.read<CensusUnit>(UNITS_FOR_CENSUS);
  const years = buildUnitCensus(units);
  await db.writeTransaction(async (tx) => {
    await tx.run(DROP_UNIT_CENSUS);
    for (let i = 0; i < years.length; i += 1000) await tx.run(writeUnitCensus(years.slice(i, i + 1000), units.length));
  });
  return years.length;
}
