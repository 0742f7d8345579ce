import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './LocalNeo4jError.js';
import { runCommand } from './runCommand.js';

export interface ResolvedNeo4j {
  /** The JVM classpath for org.neo4j.server.CommunityEntryPoint and org.neo4j.cli.AdminTool. */
  readonly classpath: string;
  /** The java executable to run it with. */
  readonly java: string;
}

/**
 * Resolves Neo4j Community, its server and Neo4j Browser from Maven Central with `neo4j/pom.xml`.
 *
 * Maven caches the jars in ~/.m2, and the resulting classpath is cached under `cacheDir` keyed by
 * the pom's hash, so only the first run (or a version bump in the pom) pays for the download.
 */
export async function resolveNeo4jClasspath(options: {
  projectRoot: string;
  cacheDir: string;
  log?: (line: string) => void;
}): Promise<ResolvedNeo4j> {
  const java = await findJava();
  const pom = path.join(options.projectRoot, 'neo4j', 'pom.xml');
  const pomHash = createHash('sha256')
    .update(await readFile(pom))
    .digest('hex')
    .slice(0, 16);
  const cached = path.join(options.cacheDir, `classpath-${pomHash}.txt`);

  if (existsSync(cached)) {
    const classpath = (await readFile(cached, 'utf8')).trim();
    if (classpath.split(path.delimiter).every((jar) => existsSync(jar))) return { classpath, java };
  }

  const mvn = process.env.MAVEN_CMD || 'mvn';
  options.log?.('Resolving Neo4j 5.26 Community from Maven Central (first run only)…');
  await mkdir(options.cacheDir, { recursive: true });
  const result = await runCommand(mvn, ['-B', '-q', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`]);
  if (result.code === null) {
    throw new LocalNeo4jError(
      `Expected Maven ("${mvn}") on the PATH to resolve Neo4j from Maven Central, but it could not be run (${result.stderr.trim()}). ` +
        'Install Maven 3.8+ (apt-get install maven), or point diachi at your own Neo4j with NEO4J_URI and NEO4J_PASSWORD.',
    );
  }
  if (result.code !== 0 || !existsSync(cached)) {
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j from ${pom} (exit ${result.code}).\n${tail(result.stdout + result.stderr, 30)}`,
    );
  }
  return { classpath: (await readFile(cached, 'utf8')).trim(), java };
}

async function findJava(): Promise<string> {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const result = await runCommand(java, ['-version']);
  if (result.code === null) {
    throw new LocalNeo4jError(
      `Expected Java 17 or 21 ("${java}") to run the local Neo4j, but it could not be run. ` +
        'Install a JDK 17 (apt-get install openjdk-17-jre-headless) or set JAVA_HOME, ' +
        'or point diachi at your own Neo4j with NEO4J_URI and NEO4J_PASSWORD.',
    );
  }
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` on stderr.
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1]);
  if (major !== 17 && major !== 21) {
    throw new LocalNeo4jError(
      `Expected Java 17 or 21 for Neo4j 5.26, but "${java}" is version ${Number.isNaN(major) ? 'unknown' : major}. Set JAVA_HOME to a JDK 17 or 21.`,
    );
  }
  return java;
}

export function tail(text: string, lines: number): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}
