import { BadUserInputError } from '../errors/BadUserInputError.js';
import { REQUEST_LIMITS } from './requestLimits.js';

const { maxSearchLength, maxSearchWords } = REQUEST_LIMITS;

/**
 * The one check of what a person typed into a search (search(text:), provinces(search:),
 * people(search:)): 1 to 200 characters, at most 20 words. Unchecked, a 1,001-character word or
 * 1,025 words reached Lucene and failed there with TooManyClauses, an internal error (issue 9).
 */
export function checkSearchText(text: string, argumentName: string): void {
  const fail = (message: string) => {
    throw new BadUserInputError(message, argumentName);
  };
  if (text.trim().length === 0) {
    fail(`Expected "${argumentName}" to have something other than spaces to search for, but got: ${JSON.stringify(text)}.`);
  }
  if (text.length > maxSearchLength)
    fail(`Expected "${argumentName}" to be at most ${maxSearchLength} characters, but got ${text.length}.`);
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > maxSearchWords) fail(`Expected "${argumentName}" to be at most ${maxSearchWords} words, but got ${words}.`);
}
