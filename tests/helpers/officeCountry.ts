import type { SeedKind } from '../../src/seed/readSeedFiles.js';

// A small country: Old A and Old B merged into New AB by a 2025-style change (legal 12 Jun,
// operating 1 Jul); Kept lives on; each office exercises one counting rule.
export const OFFICE_COUNTRY: Partial<Record<SeedKind, string>> = {
  provinces: `
- { id: old-a, name: Old A, kind: province, dissolved: "2025-06-12", confidence: confirmed, sources: [S-law] }
- { id: old-b, name: Old B, kind: province, dissolved: "2025-06-12", confidence: confirmed, sources: [S-law] }
- { id: new-ab, name: New AB, kind: province, established: "2025-06-12", current: true, confidence: confirmed, sources: [S-law] }
- { id: kept, name: Kept, kind: city, current: true, confidence: confirmed, sources: [S-law] }
- { id: ancient, name: Ancient, kind: province, dissolved: "1976-02", confidence: confirmed, sources: [S-law] }
`,
  changes: `
- id: chg-2025-ab
  kind: merge
  date: "2025-06-12"
  effectiveDate: "2025-06-12"
  operatingDate: "2025-07-01"
  ended: [old-a, old-b]
  began: [new-ab]
  flows:
    - { from: old-a, to: new-ab, extent: whole }
    - { from: old-b, to: new-ab, extent: whole }
  confidence: confirmed
  sources: [S-law]
- id: chg-2025-ab-ubnd
  kind: merge
  date: "2025-06"
  effectiveDate: "2025-07-01"
  ended: [off-a-ubnd]
  began: [off-ab-ubnd]
  flows:
    - { from: off-a-ubnd, to: off-ab-ubnd, extent: whole }
  confidence: uncertain
  notes: "the offices follow their units"
  sources: [S-law]
- id: chg-2021-a-council
  kind: merge
  date: "2021-03-18"
  effectiveDate: "2021-04-01"
  ended: [off-a-hdnd]
  began: [off-a-council]
  flows:
    - { from: off-a-hdnd, to: off-a-council, extent: whole }
  confidence: confirmed
  sources: [S-law]
- id: chg-2025-ab-council
  kind: merge
  date: "2025-06"
  effectiveDate: "2025-07-01"
  ended: [off-a-council]
  began: [off-ab-council]
  flows:
    - { from: off-a-council, to: off-ab-council, extent: whole }
  confidence: uncertain
  notes: "the offices follow their units"
  sources: [S-law]
`,
  offices: `
- { id: off-a-ubnd, name: Văn phòng UBND tỉnh Old A, kind: ubnd, province: old-a, dissolved: "2025-07-01", confidence: single-source, sources: [A900] }
- { id: off-a-hdnd, name: Văn phòng HĐND tỉnh Old A, kind: hdnd, province: old-a, dissolved: "2021-04-01", confidence: single-source, sources: [A900] }
- { id: off-a-council, name: Văn phòng Đoàn ĐBQH và HĐND tỉnh Old A, kind: dbqh-hdnd, province: old-a, established: "2021-04-01", dissolved: "2025-07-01", confidence: single-source, sources: [A900] }
- { id: off-ab-council, name: Văn phòng Đoàn ĐBQH và HĐND tỉnh New AB, kind: dbqh-hdnd, province: new-ab, established: "2025-07-01", confidence: single-source, sources: [A900] }
- { id: off-a-party, name: Văn phòng Tỉnh ủy Old A, kind: party, province: old-a, confidence: single-source, sources: [A900] }
- { id: off-b-pilot, name: "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Old B", kind: dbqh-hdnd-ubnd, province: old-b, confidence: single-source, sources: [A900] }
- { id: off-ab-ubnd, name: Văn phòng UBND tỉnh New AB, kind: ubnd, province: new-ab, established: "2025-07-01", confidence: single-source, sources: [A900] }
- { id: off-kept-ubnd, name: Văn phòng UBND thành phố Kept, kind: ubnd, province: kept, confidence: single-source, sources: [A900] }
- { id: off-kept-party, name: Văn phòng Thành ủy Kept, kind: party, province: kept, confidence: single-source, sources: [A900] }
- { id: off-kept-council, name: Văn phòng Đoàn ĐBQH và HĐND thành phố Kept, kind: dbqh-hdnd, province: kept, established: "2021-04-01", confidence: single-source, sources: [A900] }
- { id: off-kept-district, name: Văn phòng HĐND và UBND huyện X, kind: hdnd-ubnd, level: district, province: kept, confidence: single-source, sources: [A900] }
- { id: off-somewhere, name: Văn phòng UBND tỉnh, kind: ubnd, unresolved: "the article never names the province", confidence: single-source, sources: [A900] }
`,
  people: `
- { id: per-a, name: Nguyễn Văn A, confidence: single-source, sources: [A900] }
`,
  tenures: `
- { id: pos-head, person: per-a, title: Chánh Văn phòng UBND tỉnh, office: off-a-ubnd, start: "2019-03", confidence: single-source, sources: [A900] }
- { id: pos-deputy, person: per-a, title: "Tỉnh ủy viên, Phó chánh văn phòng Tỉnh ủy", office: off-a-party, attested: ["2018-05-02"], confidence: single-source, sources: [A900] }
- { id: pos-undated, person: per-a, title: Chánh Văn phòng Thành ủy, office: off-kept-party, confidence: single-source, sources: [A900] }
- { id: pos-in-charge, person: per-a, title: phụ trách Văn phòng Thành ủy, office: off-kept-party, start: "2020", confidence: single-source, sources: [A900] }
- { id: pos-district, person: per-a, title: Chánh Văn phòng HĐND và UBND huyện X, office: off-kept-district, start: "2001", confidence: single-source, sources: [A900] }
- { id: pos-chair, person: per-a, title: Chủ tịch UBND thành phố Kept, province: kept, start: "2016", confidence: single-source, sources: [A900] }
`,
  events: `
- { id: ev-party-a, kind: anniversary, title: Kỷ niệm, date: "1990-05", subjects: [off-a-party], confidence: single-source, sources: [A900] }
`,
};
