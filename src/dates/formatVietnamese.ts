import type { HistoricalDate } from './HistoricalDate.js';

export function formatVietnamese(d: HistoricalDate): string {
  // Number() drops the zero padding: Vietnamese writes "tháng 2", "năm 938".
  const [year, month, day] = d.earliest.split('-').map(Number);
  let text: string;
  switch (d.precision) {
    case 'YEAR':
      text = `năm ${year}`;
      break;
    case 'MONTH':
      text = `tháng ${month} năm ${year}`;
      break;
    case 'DAY':
      text = `ngày ${day} tháng ${month} năm ${year}`;
      break;
  }
  if (d.approximate) text = `khoảng ${text}`;
  if (d.uncertain) text = `${text} (chưa chắc chắn)`;
  return text;
}
