import { describe, expect, it } from 'vitest';
import { checkSearchText } from '../../../src/limits/checkSearchText.js';

const messageOf = (text: string) => {
  try {
    checkSearchText(text, 'search');
    return undefined;
  } catch (error) {
    return { message: (error as Error).message, code: (error as { extensions: { code: string } }).extensions.code };
  }
};

describe('checkSearchText', () => {
  it('accepts 1 to 200 characters in 1 to 20 words', () => {
    expect(messageOf('Vĩnh Long')).toBeUndefined();
    expect(messageOf('x'.repeat(200))).toBeUndefined();
    expect(messageOf(Array.from({ length: 20 }, () => 'a').join(' '))).toBeUndefined();
  });

  it('refuses a 1,001-character word and 1,025 words (issue 9), saying what it expected', () => {
    expect(messageOf('a'.repeat(1001))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Expected "search" to be at most 200 characters, but got 1001.',
    });
    expect(messageOf(Array.from({ length: 1025 }, () => 'w').join(' '))?.message).toBe(
      'Expected "search" to be at most 200 characters, but got 2049.',
    );
    expect(messageOf(Array.from({ length: 21 }, () => 'w').join(' '))?.message).toBe(
      'Expected "search" to be at most 20 words, but got 21.',
    );
  });

  it('says a text of spaces has nothing to search for, not a count of characters', () => {
    expect(messageOf('   ')?.message).toBe('Expected "search" to have something other than spaces to search for, but got: "   ".');
    expect(messageOf('')?.message).toBe('Expected "search" to have something other than spaces to search for, but got: "".');
  });
});
