import { describe, expect, it } from 'vitest';
import { foldDiacritics } from '../../../src/text/foldDiacritics.js';
import { toFullTextQuery } from '../../../src/text/toFullTextQuery.js';
import { vietnameseSortKey } from '../../../src/text/vietnameseSortKey.js';

describe('foldDiacritics', () => {
  it('strips tones and vowel marks and maps đ to d', () => {
    expect(foldDiacritics('Đắk Lắk')).toBe('dak lak');
    expect(foldDiacritics('VĨNH LONG')).toBe('vinh long');
    expect(foldDiacritics('Thừa Thiên Huế')).toBe('thua thien hue');
  });

  it('folds decomposed (NFD) input the same as composed', () => {
    expect(foldDiacritics('Cửu Long'.normalize('NFD'))).toBe('cuu long');
  });
});

describe('toFullTextQuery', () => {
  it('requires every word and lets the last one be a prefix', () => {
    expect(toFullTextQuery('Vĩnh Long')).toBe('+vinh +(long OR long*)');
  });

  it('leaves no Lucene syntax from the input', () => {
    expect(toFullTextQuery('vinh* OR (long) "an"~2')).toBe('+vinh +or +long +an +(2 OR 2*)');
    expect(toFullTextQuery('  ?!  ')).toBeNull();
  });
});

describe('vietnameseSortKey', () => {
  const sorted = (names: string[]) => [...names].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));

  it('orders đ after d and before e, unlike code points', () => {
    expect(sorted(['Điện Biên', 'Gia Lai', 'Đồng Nai', 'Đà Nẵng', 'Dak Nong'])).toEqual([
      'Dak Nong',
      'Đà Nẵng',
      'Điện Biên',
      'Đồng Nai',
      'Gia Lai',
    ]);
  });

  it('orders ă and â after a, and tones only break ties', () => {
    expect(sorted(['Ân', 'Ăn', 'An', 'Án'])).toEqual(['An', 'Án', 'Ăn', 'Ân']);
    expect(sorted(['Bạc Liêu', 'Bà Rịa', 'Bắc Ninh', 'Bến Tre'])).toEqual(['Bà Rịa', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre']);
  });
});
