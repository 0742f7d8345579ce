import { createLogger, type Logger } from '../../src/log/createLogger.js';

export interface LogEntry {
  readonly level: number;
  readonly msg?: string;
  readonly event?: string;
  readonly [key: string]: unknown;
}

/** A real pino logger writing into an array, so a test can read what diachi logged. */
export function memoryLogger(level = 'info'): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void entries.push(JSON.parse(line) as LogEntry) } });
  return { logger, entries };
}
