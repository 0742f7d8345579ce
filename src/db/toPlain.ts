import neo4j from 'neo4j-driver';

/**
 * Converts Neo4j values into plain JSON-friendly values at the database boundary, so nothing above
 * src/db ever sees a driver type: Integer → number, temporal types → ISO strings, nodes and
 * relationships → their properties.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers, lists and maps (projections return maps): those are told
  // apart first, before the driver's type tests, which probe each value for several hidden
  // properties (a few per cent of a request's CPU when every string went through them).
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key in value) out[key] = toPlain((value as Record<string, unknown>)[key]);
    return out;
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value as never) ||
    neo4j.isDateTime(value as never) ||
    neo4j.isLocalDateTime(value as never) ||
    neo4j.isLocalTime(value as never) ||
    neo4j.isTime(value as never) ||
    neo4j.isDuration(value as never)
  ) {
    return String(value);
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: Record<string, unknown> }).properties);
  }
  if (neo4j.isPath(value as never)) {
    const path = value as { segments: Array<{ start: unknown; relationship: unknown; end: unknown }> };
    return path.segments.map((s) => ({ start: toPlain(s.start), relationship: toPlain(s.relationship), end: toPlain(s.end) }));
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toPlain(inner);
    return out;
  }
  return value;
}
