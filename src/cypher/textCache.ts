import type { RecordFields } from '../model/RecordFields.js';

/**
 * A cache of statement texts built from a request's record fields: by the fields object (itself
 * cached per parsed operation, so there are few) and by whatever else shapes the text. Building a
 * text walks the projections, so a request of a known shape only looks it up. Each module makes
 * its own, so shape names never collide.
 */
export function textCache(): (fields: RecordFields, shape: string, build: () => string) => string {
  const texts = new WeakMap<RecordFields, Map<string, string>>();
  return (fields, shape, build) => {
    let byShape = texts.get(fields);
    if (byShape === undefined) texts.set(fields, (byShape = new Map()));
    let text = byShape.get(shape);
    if (text === undefined) byShape.set(shape, (text = build()));
    return text;
  };
}
