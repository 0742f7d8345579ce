import { createLogger, type Logger } from '../../src/log/createLogger.js';

export interface LogEntry {
  readonly level: number;
  readonly msg?: string;
  readonly event?: string;
  readonly [key: string]: unknown;
}

/** A real pino logger writing into an array, so a test can read what diachi logged. */
export function memoryLogger(level = 'info', onEntry: (entry: LogEntry) => void = () => {}): { logger: Logger; entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const write = (line: string) => {
    const entry = JSON.parse(line) as LogEntry;
    entries.push(entry);
    onEntry(entry);
  };
  return { logger: createLogger({ level, destination: { write } }), entries };
}
