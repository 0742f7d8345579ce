import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './config.js';

/** The SDL from schema/*.graphql, in file-name order: the same files codegen reads. */
export function loadTypeDefs(dir = path.join(projectRoot, 'schema')): string {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n');
}
