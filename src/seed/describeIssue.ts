import type { z } from 'zod';

/** Words a historian editing YAML understands, for each zod issue: expectation first, then what came. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the record';
  const got = (input: unknown) => (input === undefined ? 'nothing (the field is missing)' : JSON.stringify(input));
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Expected only the documented fields (seeds/README.md), but got unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'invalid_value':
      return `Expected ${field} to be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, but got: ${got(input)}.`;
    case 'invalid_type':
      return `Expected ${field} to be ${article(issue.expected)}, but got: ${got(input)}.`;
    case 'invalid_union':
      return `Expected ${field} to be ${issue.message}, but got: ${got(input)}.`;
    case 'invalid_format':
      if (issue.format === 'url') return `Expected ${field} to be a full URL (https://…), but got: ${got(input)}.`;
      return `Expected ${field} to be ${issue.message}, but got: ${got(input)}.`;
    case 'too_small':
      return `Expected ${field} to have ${issue.message}, but got: ${got(input)}.`;
    default:
      return `Expected ${field} to be valid (${issue.message}), but got: ${got(input)}.`;
  }
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping of fields';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
