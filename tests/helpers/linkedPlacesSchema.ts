import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { diachiContext } from '../../src/export/buildLinkedPlaces.js';

const lpfDir = path.resolve(import.meta.dirname, '../../docs/lpf');

/** The Linked Places JSON Schema in docs/lpf/, compiled once: errors as `path: message` lines. */
export function validateLinkedPlaces(document: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(path.join(lpfDir, 'linked-places.schema.json'), 'utf8')));
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`);
}

/**
 * Keys of a Linked Places document that neither the vendored Linked Places context nor diachi's own
 * extension maps: a JSON-LD processor would silently drop them, so an export must have none.
 * GeoJSON `properties` are free-form and not checked inside.
 */
export function unmappedKeys(document: unknown, base: string): string[] {
  const lpf = JSON.parse(readFileSync(path.join(lpfDir, 'linkedplaces-context-v1.1.jsonld'), 'utf8'))['@context'] as Record<
    string,
    unknown
  >;
  const terms = new Set([...Object.keys(lpf), ...Object.keys(diachiContext(base)), '@id', '@context', 'type']);
  const found = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (key === 'properties' || key === '@context') return;
    if (Array.isArray(value)) value.forEach((item) => walk(item));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (!terms.has(k)) found.add(k);
        walk(v, k);
      }
    }
  };
  walk(document);
  return [...found].sort();
}
