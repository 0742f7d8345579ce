// Syllables for synthetic names, NFC, with the diacritics the folding and sorting code must handle
// (đ, ư, ơ, the five tones). Pairs of place syllables give about 2,500 distinct unit names, so
// names repeat across regions the way "Vĩnh Long" names several identities in the real graph.

export const PLACE_SYLLABLES = [
  'An', 'Bình', 'Long', 'Hà', 'Sơn', 'Phú', 'Thạnh', 'Đông', 'Tây', 'Nam',
  'Bắc', 'Quảng', 'Vĩnh', 'Hòa', 'Tân', 'Thái', 'Cao', 'Lạng', 'Gia', 'Lai',
  'Kiên', 'Hải', 'Dương', 'Hưng', 'Yên', 'Ninh', 'Thuận', 'Khánh', 'Trà', 'Lâm',
  'Đồng', 'Định', 'Phước', 'Giang', 'Minh', 'Tuyên', 'Điện', 'Biên', 'Kon', 'Tum',
  'Mỹ', 'Cà', 'Mau', 'Bạc', 'Liêu', 'Sóc', 'Trăng', 'Hậu', 'Lào', 'Châu',
] as const;

export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
] as const;

export const MIDDLE_NAMES = ['Văn', 'Hữu', 'Minh', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Công'] as const;

export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hạnh', 'Hùng', 'Lan', 'Liệt', 'Mai', 'Nam', 'Nở', 'Phúc', 'Quang', 'Sơn',
  'Tâm', 'Thảo', 'Tuấn', 'Vinh', 'Yến', 'Hương', 'Khoa', 'Long', 'Trung', 'Hải',
] as const;
