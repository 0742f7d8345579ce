import { BadUserInputError } from '../errors/BadUserInputError.js';
import { REQUEST_LIMITS } from './requestLimits.js';

const { maxSearchLength, maxSearchWords } = REQUEST_LIMITS;

/**
 * The one check of what a person typed into a search (search(text:), provinces(search:),
 * people(search:)): 1 to 200 characters, at most 20 words. Unchecked, a 1,001-character word or
 * 1,025 words reached Lucene and failed there with TooManyClauses, an internal error (issue 9).
 */
export function checkSearchText(text: string, argumentName: string): void {
  const expected = `Expected "${argumentName}" to be 1 to ${maxSearchLength} characters in 1 to ${maxSearchWords} words`;
  if (text.length > maxSearchLength) throw new BadUserInputError(`${expected}, but got ${text.length} characters.`, argumentName);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words === 0) throw new BadUserInputError(`${expected}, but got ${text.length === 0 ? 'an empty text' : 'only spaces'}.`, argumentName);
  if (words > maxSearchWords) throw new BadUserInputError(`${expected}, but got ${words} words.`, argumentName);
}
