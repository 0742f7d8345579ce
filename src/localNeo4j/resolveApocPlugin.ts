import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './LocalNeo4jError.js';
import { tail } from './resolveNeo4jClasspath.js';
import { runCommand } from './runCommand.js';

/**
 * The APOC core plugin jars, resolved from Maven Central through the `apoc` profile of
 * neo4j/pom.xml and cached like the server's classpath. Only the benchmark asks for it.
 */
export async function resolveApocPlugin(options: {
  projectRoot: string;
  cacheDir: string;
  log?: (line: string) => void;
}): Promise<string[]> {
  const pom = path.join(options.projectRoot, 'neo4j', 'pom.xml');
  const pomHash = createHash('sha256')
    .update(await readFile(pom))
    .digest('hex')
    .slice(0, 16);
  const dir = path.join(options.cacheDir, `apoc-${pomHash}`);
  const jars = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jar')) : []);
  const complete = () => ['apoc-core', 'apoc-common'].every((name) => jars().some((f) => f.startsWith(name)));
  if (!complete()) {
    options.log?.('Resolving APOC core from Maven Central (first run only)…');
    await mkdir(dir, { recursive: true });
    const result = await runCommand(process.env.MAVEN_CMD || 'mvn', [
      '-B',
      '-q',
      '-f',
      pom,
      '-P',
      'apoc',
      'dependency:copy-dependencies',
      // APOC and the two libraries it brings that Neo4j itself does not ship.
      '-DincludeArtifactIds=apoc-core,apoc-common,opencsv,RoaringBitmap',
      `-DoutputDirectory=${dir}`,
    ]);
    if (result.code !== 0 || !complete()) {
      throw new LocalNeo4jError(`Maven could not resolve APOC core (exit ${result.code}).\n${tail(result.stdout + result.stderr, 20)}`);
    }
  }
  return jars().map((file) => path.join(dir, file));
}
