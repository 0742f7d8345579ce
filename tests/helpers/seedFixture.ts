import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readSeedFiles, SEED_FILES, type SeedKind } from '../../src/seed/readSeedFiles.js';
import { validateSeeds } from '../../src/seed/validateSeeds.js';

/**
 * A small, valid set of seeds: two provinces merged into a third, an office, a person holding a
 * post there, an event, and the article that says so. Tests replace one file to break one rule.
 */
export const VALID_SEEDS: Record<SeedKind, string> = {
  sources: `
- id: A900
  kind: article
  title: "Bài báo mẫu"
  document: a900.txt
  language: vi

- id: S-law
  kind: legal
  title: "Nghị quyết mẫu"
  language: vi
`,
  provinces: `
- id: alpha-pre1976
  name: Alpha
  kind: province
  dissolved: "1976-02"
  confidence: confirmed
  sources: [S-law]

- id: beta-pre1976
  name: Bêta
  kind: province
  dissolved: "1976-02"
  confidence: confirmed
  sources: [S-law]

- id: gamma
  name: Gamma
  kind: province
  established: "1976-02"
  current: true
  confidence: confirmed
  sources: [S-law, { id: A900, quote: "tỉnh Gamma được thành lập" }]
`,
  changes: `
- id: chg-gamma
  kind: merge
  date: "1976-02"
  ended: [alpha-pre1976, beta-pre1976]
  began: [gamma]
  flows:
    - { from: alpha-pre1976, to: gamma, extent: whole }
    - { from: beta-pre1976, to: gamma, extent: whole }
  confidence: confirmed
  sources: [S-law]
`,
  offices: `
- id: off-gamma
  name: Văn phòng UBND tỉnh Gamma
  kind: ubnd
  province: gamma
  established: "1976"
  confidence: single-source
  sources: [A900]
`,
  people: `
- id: per-a
  name: Nguyễn Văn A
  confidence: single-source
  sources: [A900]
`,
  tenures: `
- id: pos-a
  person: per-a
  title: Chánh Văn phòng
  office: off-gamma
  start: "2020-01-01"
  end: "2021"
  confidence: single-source
  sources: [A900]
`,
  events: `
- id: ev-founding
  kind: founding
  title: Thành lập tỉnh Gamma
  date: "1976-02"
  subjects: [gamma, chg-gamma]
  confidence: single-source
  sources: [A900]
`,
};

export const FIXTURE_DOCUMENT = 'Năm 1976, tỉnh Gamma được thành lập từ hai tỉnh Alpha và Bêta.\n';

/** Writes the seeds (the valid ones, with `overrides` replacing whole files) to a fresh folder. */
export function writeSeedFixture(overrides: Partial<Record<SeedKind, string>> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diachi-seeds-'));
  mkdirSync(path.join(dir, 'documents'));
  writeFileSync(path.join(dir, 'documents', 'a900.txt'), FIXTURE_DOCUMENT);
  for (const kind of SEED_FILES) writeFileSync(path.join(dir, `${kind}.yaml`), overrides[kind] ?? VALID_SEEDS[kind]);
  return dir;
}

/** The problems of a fixture, as `file:line: message` strings with the folder left out. */
export function problemsOf(overrides: Partial<Record<SeedKind, string>>): string[] {
  const dir = writeSeedFixture(overrides);
  return validateSeeds(readSeedFiles(dir, dir)).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}
