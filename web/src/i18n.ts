/** The reader's language: Vietnamese unless they chose English (kept in localStorage). */
export type Lang = 'vi' | 'en';

const KEY = 'diachi.lang';

export function lang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function setLang(value: Lang): void {
  try {
    localStorage.setItem(KEY, value);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
  document.documentElement.lang = value;
}

const STRINGS = {
  appName: { vi: 'diachi — địa chí hành chính Việt Nam', en: 'diachi — a gazetteer of Vietnam’s provinces' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  searchPlaceholder: {
    vi: 'Tên tỉnh, văn phòng, người, sự kiện… (vd. vinh long)',
    en: 'A province, office, person, event… (e.g. vinh long)',
  },
  searchHint: {
    vi: 'Gõ ít nhất 2 ký tự. Không cần dấu: “vinh long” tìm ra Vĩnh Long.',
    en: 'Type at least 2 characters. Diacritics are optional: “vinh long” finds Vĩnh Long.',
  },
  noResults: { vi: 'Không tìm thấy kết quả nào.', en: 'Nothing found.' },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  asOf: { vi: 'Tại một ngày', en: 'As of a day' },
  language: { vi: 'English', en: 'Tiếng Việt' },
  downloadCsv: { vi: 'Tải CSV', en: 'Download CSV' },
  openInBrowser: { vi: 'Mở trong Neo4j Browser', en: 'Open in Neo4j Browser' },
  copyQuery: { vi: 'Truy vấn Cypher', en: 'Cypher query' },
  overview: { vi: 'Tổng quan', en: 'Overview' },
  timeline: { vi: 'Dòng thời gian', en: 'Timeline' },
  lineage: { vi: 'Phả hệ', en: 'Lineage' },
  otherNames: { vi: 'Tên khác', en: 'Other names' },
  kind: { vi: 'Loại', en: 'Kind' },
  established: { vi: 'Thành lập', en: 'Established' },
  dissolved: { vi: 'Giải thể / kết thúc', en: 'Dissolved / ended' },
  operatingEstablished: { vi: 'Bắt đầu hoạt động', en: 'Began operating' },
  operatingDissolved: { vi: 'Ngừng hoạt động', en: 'Stopped operating' },
  current: { vi: 'Hiện còn', en: 'Exists today' },
  endUnknown: { vi: 'không rõ', en: 'unknown' },
  seat: { vi: 'Tỉnh lỵ / trung tâm hành chính', en: 'Seat' },
  gsoCode: { vi: 'Mã GSO', en: 'GSO code' },
  confidence: { vi: 'Độ tin cậy', en: 'Confidence' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  disputes: { vi: 'Nguồn khác nhau', en: 'Disputes' },
  disputeField: { vi: 'Trường', en: 'Field' },
  disputeValue: { vi: 'Giá trị khác', en: 'Other value' },
  predecessors: { vi: 'Tiền thân', en: 'Predecessors' },
  successors: { vi: 'Kế tục', en: 'Successors' },
  changes: { vi: 'Các thay đổi', en: 'Changes' },
  offices: { vi: 'Văn phòng', en: 'Offices' },
  sources: { vi: 'Nguồn', en: 'Sources' },
  showSources: { vi: 'Nguồn', en: 'Sources' },
  quote: { vi: 'Trích dẫn', en: 'Quote' },
  none: { vi: 'Không có.', en: 'None.' },
  date: { vi: 'Ngày', en: 'Date' },
  effective: { vi: 'hiệu lực', en: 'in effect' },
  legalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
  before: { vi: 'Trước', en: 'Before' },
  after: { vi: 'Sau', en: 'After' },
  name: { vi: 'Tên', en: 'Name' },
  entry: { vi: 'Mục', en: 'Entry' },
  unitsOn: { vi: 'Số đơn vị cấp tỉnh tồn tại vào', en: 'Provincial-level units that existed on' },
  today: { vi: 'nay', en: 'today' },
  units: { vi: 'đơn vị', en: 'units' },
  day: { vi: 'Ngày', en: 'Day' },
  show: { vi: 'Xem', en: 'Show' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  basisLegal: { vi: 'pháp lý (ngày văn bản có hiệu lực)', en: 'legal (the day the act took effect)' },
  basisOperating: { vi: 'hoạt động (ngày bộ máy đi vào hoạt động)', en: 'operating (the day the apparatus began work)' },
  whole: { vi: 'toàn bộ', en: 'whole' },
  part: { vi: 'một phần', en: 'part' },
  waves: { vi: 'Số thay đổi địa giới cấp tỉnh theo năm', en: 'Changes to provincial-level units per year' },
  wavesNote: {
    vi: 'Mỗi cột là số thay đổi (hợp nhất, chia tách, tái lập, đổi tên…) có hiệu lực trong năm.',
    en: 'Each bar counts the changes (mergers, splits, re-establishments, renames…) taking effect that year.',
  },
  holders: { vi: 'Người giữ chức', en: 'Holders' },
  posts: { vi: 'Chức vụ', en: 'Posts' },
  title: { vi: 'Chức danh', en: 'Title' },
  person: { vi: 'Người', en: 'Person' },
  office: { vi: 'Văn phòng', en: 'Office' },
  province: { vi: 'Tỉnh', en: 'Province' },
  start: { vi: 'Bắt đầu', en: 'Start' },
  end: { vi: 'Kết thúc', en: 'End' },
  attested: { vi: 'Được ghi nhận', en: 'Attested' },
  stillInPost: { vi: 'đương nhiệm', en: 'in post' },
  events: { vi: 'Sự kiện', en: 'Events' },
  subjects: { vi: 'Liên quan', en: 'About' },
  traditionDay: { vi: 'Ngày truyền thống', en: 'Tradition day' },
  level: { vi: 'Cấp', en: 'Level' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  notFound: { vi: 'Không tìm thấy mục này.', en: 'No such entry.' },
  error: { vi: 'Đã xảy ra lỗi', en: 'Something went wrong' },
  dbDown: {
    vi: 'Cơ sở dữ liệu tạm thời không trả lời. Vui lòng thử lại sau.',
    en: 'The database does not answer right now. Please try again later.',
  },
  retry: { vi: 'Thử lại', en: 'Retry' },
  lineageHint: {
    vi: 'Trục ngang là thời gian: mỗi đơn vị là một thanh từ ngày thành lập đến ngày kết thúc; mũi tên là phần lãnh thổ chuyển từ đơn vị này sang đơn vị khác ở mỗi thay đổi. Viền nét đứt: không rõ ngày đầu hoặc cuối (trước 1975). Nhấn vào một đơn vị để mở trang của nó.',
    en: 'Time runs left to right: each unit is a bar from its establishment to its end; arrows are territory going from one unit to another at each change. Dashed outline: start or end unknown (before 1975). Click a unit to open its page.',
  },
  flowHint: {
    vi: 'Mũi tên liền: cả đơn vị; mũi tên nét đứt: một phần đơn vị.',
    en: 'Solid arrow: the whole unit; dashed arrow: part of it.',
  },
  timelineHint: {
    vi: 'Ngày chỉ rõ tháng hoặc năm được vẽ thành một đoạn bằng khoảng thời gian nó bao phủ.',
    en: 'A date known only to the month or year is drawn as the span it covers.',
  },
  uncertain: { vi: 'chưa chắc chắn', en: 'uncertain' },
  approximate: { vi: 'khoảng', en: 'approximate' },
  home: { vi: 'Trang chủ', en: 'Home' },
  pageNotFound: { vi: 'Không có trang này.', en: 'There is no such page.' },
  unitHeading: { vi: 'Đơn vị hành chính cấp tỉnh', en: 'Provincial-level unit' },
  event: { vi: 'Sự kiện', en: 'Event' },
  noLineage: { vi: 'Không có thay đổi nào được ghi nhận cho đơn vị này.', en: 'No changes are recorded for this unit.' },
  noEntries: { vi: 'Không có mục nào có ngày.', en: 'No dated entries.' },
  invalidDate: { vi: 'Ngày không hợp lệ.', en: 'Not a valid date.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof STRINGS;

/** The interface text for a key, in the reader's language. */
export function t(key: MessageKey): string {
  return STRINGS[key][lang()];
}

const ENUMS: Record<string, Record<Lang, string>> = {
  PROVINCE: { vi: 'Tỉnh', en: 'Province' },
  CITY: { vi: 'Thành phố trực thuộc trung ương', en: 'Centrally-run city' },
  SPECIAL_ZONE: { vi: 'Đặc khu', en: 'Special zone' },
  MERGE: { vi: 'Hợp nhất', en: 'Merger' },
  SPLIT: { vi: 'Chia tách', en: 'Split' },
  RE_ESTABLISH: { vi: 'Tái lập', en: 'Re-establishment' },
  RENAME: { vi: 'Đổi tên', en: 'Rename' },
  ANNEX: { vi: 'Sáp nhập', en: 'Annexation' },
  BOUNDARY: { vi: 'Điều chỉnh địa giới', en: 'Boundary change' },
  UPGRADE: { vi: 'Nâng cấp', en: 'Upgrade' },
  ESTABLISH: { vi: 'Thành lập', en: 'Establishment' },
  CONFIRMED: { vi: 'Đã xác nhận', en: 'Confirmed' },
  SINGLE_SOURCE: { vi: 'Một nguồn', en: 'Single source' },
  UNCERTAIN: { vi: 'Chưa chắc chắn', en: 'Uncertain' },
  ESTABLISHED: { vi: 'Thành lập', en: 'Established' },
  DISSOLVED: { vi: 'Kết thúc', en: 'Ended' },
  CHANGE: { vi: 'Thay đổi', en: 'Change' },
  OFFICE_ESTABLISHED: { vi: 'Văn phòng thành lập', en: 'Office founded' },
  OFFICE_DISSOLVED: { vi: 'Văn phòng kết thúc', en: 'Office ended' },
  TENURE_STARTED: { vi: 'Nhận chức', en: 'Took up post' },
  TENURE_ENDED: { vi: 'Thôi chức', en: 'Left post' },
  TENURE_ATTESTED: { vi: 'Ghi nhận đương chức', en: 'Attested in post' },
  EVENT: { vi: 'Sự kiện', en: 'Event' },
  FEMALE: { vi: 'Nữ', en: 'Female' },
  MALE: { vi: 'Nam', en: 'Male' },
  CENTRAL: { vi: 'Trung ương', en: 'Central' },
  DISTRICT: { vi: 'Cấp huyện', en: 'District' },
  Province: { vi: 'Đơn vị', en: 'Unit' },
  Office: { vi: 'Văn phòng', en: 'Office' },
  Person: { vi: 'Người', en: 'Person' },
  Event: { vi: 'Sự kiện', en: 'Event' },
};

/** A readable name for an API enum value or type name; the raw value when none is known. */
export function label(value: string): string {
  return ENUMS[value]?.[lang()] ?? value;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A HistoricalDate for display at its own precision. Vietnamese uses the API's `label` as it is
 * ("tháng 2 năm 1976"); English is written from the EDTF ("February 1976"), never padded to a day.
 */
export function dateText(date: { label: string; edtf?: string } | null | undefined): string {
  if (!date) return '';
  if (lang() === 'vi' || !date.edtf) return date.label;
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%])?$/.exec(date.edtf);
  if (!match) return date.edtf;
  const [, year, month, day, qualifier] = match;
  let text = year!;
  if (month) text = `${MONTHS_EN[Number(month) - 1]} ${text}`;
  if (day) text = `${Number(day)} ${text}`;
  if (qualifier === '~' || qualifier === '%') text = `about ${text}`;
  if (qualifier === '?' || qualifier === '%') text = `${text} (uncertain)`;
  return text;
}

type Dated = { label: string; edtf?: string } | null | undefined;

/**
 * A unit's or office's span for lists: "tháng 2 năm 1976 – ngày 5 tháng 5 năm 1992". A missing
 * start reads "…" (before the graph's scope, or unknown); a missing end reads "nay" for a unit
 * that exists today and "?" when its end is unknown, which is never taken to mean "still exists".
 */
export function spanText(start: Dated, end: Dated, current = false): string {
  return `${dateText(start) || '…'} – ${end ? dateText(end) : current ? t('today') : '?'}`;
}
