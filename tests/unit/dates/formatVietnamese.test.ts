import { describe, expect, it } from 'vitest';
import { formatVietnamese, parseHistoricalDate } from '../../../src/dates/index.js';

function format(input: string | number): string {
  return formatVietnamese(parseHistoricalDate(input));
}

describe('formatVietnamese', () => {
  it.each([
    ['1973', 'năm 1973'],
    ['1976-02', 'tháng 2 năm 1976'],
    ['1992-05-05', 'ngày 5 tháng 5 năm 1992'],
    ['1976-12-31', 'ngày 31 tháng 12 năm 1976'],
    ['1976-10-10', 'ngày 10 tháng 10 năm 1976'],
  ])('writes %s as "%s"', (input, expected) => {
    expect(format(input)).toBe(expected);
  });

  it('drops the zero padding of years before 1000', () => {
    expect([format('0938'), format('0938-01'), format('0001-01-01')]).toEqual(['năm 938', 'tháng 1 năm 938', 'ngày 1 tháng 1 năm 1']);
  });

  it('writes a year given as a number the same as the string', () => {
    expect(format(1973)).toBe('năm 1973');
  });

  it.each([
    ['1930~', 'khoảng năm 1930'],
    ['1976-02~', 'khoảng tháng 2 năm 1976'],
    ['1992-05-05~', 'khoảng ngày 5 tháng 5 năm 1992'],
  ])('prefixes approximate %s with "khoảng"', (input, expected) => {
    expect(format(input)).toBe(expected);
  });

  it.each([
    ['1945?', 'năm 1945 (chưa chắc chắn)'],
    ['1976-02?', 'tháng 2 năm 1976 (chưa chắc chắn)'],
    ['1992-05-05?', 'ngày 5 tháng 5 năm 1992 (chưa chắc chắn)'],
  ])('marks uncertain %s as "(chưa chắc chắn)"', (input, expected) => {
    expect(format(input)).toBe(expected);
  });

  it.each([
    ['1930%', 'khoảng năm 1930 (chưa chắc chắn)'],
    ['1976-02%', 'khoảng tháng 2 năm 1976 (chưa chắc chắn)'],
    ['1992-05-05%', 'khoảng ngày 5 tháng 5 năm 1992 (chưa chắc chắn)'],
  ])('writes %s, both approximate and uncertain, with both markers', (input, expected) => {
    expect(format(input)).toBe(expected);
  });
});
