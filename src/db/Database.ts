import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Statement } from '../cypher/Statement.js';
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError.js';
import { toPlain } from './toPlain.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;
/** A built statement, or Cypher text with its parameters beside it. */
export type Query = Statement | string;

/**
 * The statements of one write transaction (Database.writeTransaction). Like Database.read and
 * write, it counts each round trip and returns plain rows: the driver's transaction never leaves
 * this module.
 */
export interface WriteTransaction {
  run<T = Row>(query: Query, params?: Params): Promise<T[]>;
}

const statementOf = (query: Query, params: Params): { cypher: string; params: Params } =>
  typeof query === 'string' ? { cypher: query, params } : { cypher: query.cypher, params: { ...query.params, ...params } };
const plainRows = (records: Array<{ toObject(): object }>): Row[] => records.map((record) => toPlain(record.toObject()) as Row);

/** Counts Cypher round-trips, so a request can report (and tests can bound) its database work. */
export interface QueryObserver {
  onQuery(cypher: string, params: Params): void;
}

// Codes of driver errors that mean "the database is not there", as opposed to a bad query.
// https://neo4j.com/docs/status-codes/current/errors/all-errors/ and the driver's own codes.
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
]);

/**
 * The only code that opens sessions. Every query runs in a managed transaction (retried by the
 * driver on transient errors), its session is closed in `finally`, and its records leave as plain
 * objects.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly observer?: QueryObserver,
  ) {}

  /** The same database, with a per-request observer (cheap: sessions are opened per query). */
  observed(observer: QueryObserver): Database {
    return new Database(this.driver, this.name, observer);
  }

  read<T = Row>(query: Query, params: Params = {}): Promise<T[]> {
    return this.run('READ', statementOf(query, params)) as Promise<T[]>;
  }

  write<T = Row>(query: Query, params: Params = {}): Promise<T[]> {
    return this.run('WRITE', statementOf(query, params)) as Promise<T[]>;
  }

  /**
   * An auto-commit (implicit) transaction: needed for `CALL { … } IN TRANSACTIONS`, which manages
   * its own transactions. Not retried by the driver, so use it only for idempotent statements.
   */
  async autoCommit(query: Query, extraParams: Params = {}): Promise<void> {
    const { cypher, params } = statementOf(query, extraParams);
    this.observer?.onQuery(cypher, params);
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(cypher, params);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Several statements in one write transaction: all of them land or none. `work` may run more
   * than once (the driver retries transient errors), so it must only compute from what it reads.
   */
  async writeTransaction(work: (tx: WriteTransaction) => Promise<void>): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite((tx: ManagedTransaction) =>
        work({
          run: async <T = Row>(query: Query, extraParams: Params = {}) => {
            const { cypher, params } = statementOf(query, extraParams);
            this.observer?.onQuery(cypher, params);
            return plainRows((await tx.run(cypher, params)).records) as T[];
          },
        }),
      );
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async run(mode: 'READ' | 'WRITE', { cypher, params }: { cypher: string; params: Params }): Promise<Row[]> {
    this.observer?.onQuery(cypher, params);
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      // Reads run in auto-commit transactions: one network round trip (RUN and PULL pipelined)
      // instead of a managed transaction's two (BEGIN, RUN, PULL, then COMMIT): about 1.6× faster
      // per query on the 2-core machine this was measured on. A read changes nothing, so the driver's retries of
      // managed transactions buy nothing here that a client cannot do by asking again.
      const records =
        mode === 'READ'
          ? (await session.run(cypher, params)).records
          : await session.executeWrite(async (tx: ManagedTransaction) => (await tx.run(cypher, params)).records);
      return plainRows(records);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }
}

/** A driver error as the client-facing error it stands for, recognised by its code (never its message). */
export function mapDriverError(error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return new DatabaseUnavailableError();
  return error;
}
