import { describe, expect, it } from 'vitest';
import { Availability } from '../../../src/db/Availability.js';
import { memoryLogger } from '../../helpers/memoryLogger.js';

describe('Availability', () => {
  it('logs an outage once when it starts and once when it ends, with how many requests it refused (issue 9)', async () => {
    const { logger, entries } = memoryLogger();
    let answering = false;
    let probes = 0;
    const availability = new Availability(
      async () => {
        probes += 1;
        if (!answering) throw new Error('connection refused');
      },
      logger,
      1,
    );
    expect(availability.isUp).toBe(true);
    for (let i = 0; i < 1000; i++) {
      availability.markDown({ code: 'ServiceUnavailable' });
      availability.refused();
    }
    expect(availability.isUp).toBe(false);
    while (probes < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    answering = true;
    while (!availability.isUp) await new Promise((resolve) => setTimeout(resolve, 5));
    logger.flush();
    expect(entries.map((e) => e.event)).toEqual(['database-down', 'database-up']);
    expect(entries[0]).toMatchObject({ code: 'ServiceUnavailable' });
    expect(entries[1]).toMatchObject({ refused: 1001 });
    availability.stop();
  });
});
