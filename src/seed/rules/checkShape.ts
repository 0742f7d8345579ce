import { describeIssue } from '../describeIssue.js';
import { recordSchemas } from '../recordSchemas.js';
import type { RawRecord } from '../readSeedFiles.js';
import type { ValidationContext } from '../ValidationContext.js';

/**
 * Shape, one record at a time, and Unicode NFC for every text. Ids of records that fail here are
 * remembered, so references to them are not reported a second time as missing.
 */
export function checkShape(context: ValidationContext): void {
  for (const raw of context.files.records) {
    const result = recordSchemas[raw.kind].safeParse(raw.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) context.report(raw, issue.path as Array<string | number>, describeIssue(issue));
      const id = (raw.data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') context.invalidIds.set(id, raw.kind);
      continue;
    }
    checkNfc(context, raw, result.data, []);
    context.parsed.push({ raw, record: result.data });
  }
}

function checkNfc(context: ValidationContext, raw: RawRecord, value: unknown, path: Array<string | number>): void {
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) {
      context.report(
        raw,
        path,
        `Expected "${path.join('.')}" to be Unicode NFC (composed diacritics, as most keyboards type them), but got decomposed text: ${JSON.stringify(value)}.`,
      );
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkNfc(context, raw, item, [...path, i]));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) checkNfc(context, raw, inner, [...path, key]);
  }
}
