import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a Neo4j that diachi talks to comes from. */
export type Neo4jTarget =
  | { readonly kind: 'external'; readonly uri: string }
  | {
      readonly kind: 'local';
      readonly boltPort: number;
      readonly httpPort: number;
      readonly heapSize: string;
      readonly pageCacheSize: string;
      /** Load the APOC core plugin (needed only by the benchmark's @neo4j/graphql peer). */
      readonly apoc: boolean;
    };

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly projectRoot: string;
  /** Git-ignored folder for everything local: the Neo4j store, its password, cached classpaths. */
  readonly dataDir: string;
  readonly neo4j: Neo4jTarget & {
    readonly username: string;
    /** Undefined for a local Neo4j without NEO4J_PASSWORD: one is generated and kept in dataDir. */
    readonly password: string | undefined;
    readonly database: string;
  };
  readonly seedOnStart: boolean;
  readonly introspection: boolean;
  readonly corsOrigins: readonly string[];
  readonly bodyLimit: string;
  /** How long a request body may take to arrive after its headers (DIACHI_BODY_TIMEOUT_MS). */
  readonly bodyTimeoutMs: number;
  /** How long one read may make Neo4j work for a request (DIACHI_QUERY_TIMEOUT_MS). */
  readonly queryTimeoutMs: number;
  /** pino's level: fatal, error, warn, info, debug, trace or silent (LOG_LEVEL). */
  readonly logLevel: string;
  /** Where this graph is published: the base of the stable URIs the exports give units and sources. */
  readonly publicUrl: string;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Reads the environment once into a frozen, typed config; every problem is reported at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      problems.push(`Expected ${name} to be a port number from 0 to 65535, but got: "${raw}".`);
      return fallback;
    }
    return value;
  };
  const ms = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      problems.push(`Expected ${name} to be a whole number of milliseconds, at least 1, but got: "${raw}".`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (raw === 'true' || raw === '1') return true;
    if (raw === 'false' || raw === '0') return false;
    problems.push(`Expected ${name} to be true or false, but got: "${raw}".`);
    return fallback;
  };

  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const uri = env.NEO4J_URI?.trim();
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    problems.push(`Expected NEO4J_URI to start with bolt://, neo4j://, bolt+s://, neo4j+s:// or their +ssc forms, but got: "${uri}".`);
  }
  const target: Neo4jTarget = uri
    ? { kind: 'external', uri }
    : {
        kind: 'local',
        boltPort: int('NEO4J_BOLT_PORT', 7687),
        httpPort: int('NEO4J_HTTP_PORT', 7474),
        heapSize: env.NEO4J_HEAP_SIZE || '1g',
        pageCacheSize: env.NEO4J_PAGECACHE_SIZE || '512m',
        apoc: bool('NEO4J_APOC', false),
      };
  if (uri && !env.NEO4J_PASSWORD) {
    problems.push('NEO4J_URI is set, so NEO4J_PASSWORD must be set too (the password of that server).');
  }

  const config: Config = {
    env: nodeEnv,
    host: env.HOST || 'localhost',
    port: int('PORT', 4000),
    projectRoot,
    dataDir: path.resolve(projectRoot, env.DIACHI_DATA_DIR || '.diachi'),
    neo4j: {
      ...target,
      username: env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    seedOnStart: bool('DIACHI_SEED_ON_START', true),
    introspection: bool('DIACHI_INTROSPECTION', nodeEnv !== 'production'),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    bodyLimit: env.DIACHI_BODY_LIMIT || '100kb',
    bodyTimeoutMs: ms('DIACHI_BODY_TIMEOUT_MS', 10_000),
    queryTimeoutMs: ms('DIACHI_QUERY_TIMEOUT_MS', 30_000),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    publicUrl: publicUrl(env.DIACHI_PUBLIC_URL, problems),
  };
  if (!LOG_LEVELS.includes(config.logLevel)) {
    problems.push(`Expected LOG_LEVEL to be one of ${LOG_LEVELS.join(', ')}, but got: "${config.logLevel}".`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

// The exports' URIs must not change with the port a server happens to run on, so they come from
// configuration, never from the request's Host header.
function publicUrl(raw: string | undefined, problems: string[]): string {
  const value = raw?.trim() || 'http://localhost:4000';
  if (!/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(value)) {
    problems.push(`Expected DIACHI_PUBLIC_URL to be an http(s) URL such as https://diachi.example.org, but got: "${value}".`);
  }
  return value.replace(/\/+$/, '');
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}
