import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * diachi's one logger: JSON lines on stdout (or a given stream), one object per event, so an
 * outage or a masked error can be found by `requestId` or `event` instead of by grepping prose.
 * pino rather than hand-written JSON: it is the de-facto Node logger (fast, asynchronous, child
 * loggers carrying a request id, an `err` serializer that keeps the stack out of the message), and
 * its `debug/info/warn/error` methods are exactly the Logger interface Apollo Server accepts.
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'diachi' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/** A logger that writes nothing: the default for code started without one (tests, the benchmark). */
export const silentLogger: Logger = pino({ level: 'silent' });
