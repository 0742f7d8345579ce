// Proleptic Gregorian, as edtf and ISO 8601 use. edtf's grammar allows
// 29 February in every year and then silently rolls 1975-02-29 over to
// 1975-03-01, so leap years have to be checked here.
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
