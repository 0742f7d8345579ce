/**
 * Lower-cases and strips Vietnamese diacritics ("Đắk Lắk" → "dak lak"), matching what Lucene's
 * ASCIIFoldingFilter does in the full-text index, so query terms and indexed terms meet. đ/Đ are
 * letters of their own, not d plus a mark, so NFD alone leaves them: they are mapped explicitly.
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
