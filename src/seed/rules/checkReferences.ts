import type { SeedKind } from '../readSeedFiles.js';
import type { Parsed, ValidationContext } from '../ValidationContext.js';

/** References between records: each names a record of the right kind. */
export function checkReferences(context: ValidationContext): void {
  const expectRef = (entry: Parsed, path: Array<string | number>, id: string, kinds: SeedKind[], what: string) => {
    if (!context.isKind(id, ...kinds)) {
      context.report(entry.raw, path, `Expected "${id}" to be the id of ${what}, but there is none.`);
    }
  };
  // A change's members are provinces or offices (seeds/README.md, "Changes"); the change rules
  // (checkChangeMembers) check that one change does not mix them.
  for (const entry of context.ofKind('changes')) {
    for (const role of ['ended', 'began', 'continued'] as const) {
      entry.record[role].forEach((id, i) =>
        expectRef(entry, [role, i], id, ['provinces', 'offices'], 'a province in seeds/provinces.yaml or an office in seeds/offices.yaml'),
      );
    }
  }
  for (const entry of context.ofKind('offices')) {
    const { province, unresolved, kind } = entry.record;
    if (province) expectRef(entry, ['province'], province, ['provinces'], 'a province in seeds/provinces.yaml');
    if (province && unresolved) {
      context.report(entry.raw, ['unresolved'], 'Expected either "province" or "unresolved", but got both.');
    }
    if (!province && !unresolved && !kind.startsWith('central')) {
      context.report(
        entry.raw,
        [],
        'Expected a provincial office to name its "province", or to say in "unresolved" why the sources leave it unknown, but got neither.',
      );
    }
  }
  for (const entry of context.ofKind('tenures')) {
    const { person, office, province } = entry.record;
    expectRef(entry, ['person'], person, ['people'], 'a person in seeds/people.yaml');
    if (office) expectRef(entry, ['office'], office, ['offices'], 'an office in seeds/offices.yaml');
    if (province) expectRef(entry, ['province'], province, ['provinces'], 'a province in seeds/provinces.yaml');
    if (Boolean(office) === Boolean(province)) {
      context.report(entry.raw, [], 'Expected a tenure to name exactly one of "office" or "province" (where the post was held).');
    }
  }
  for (const entry of context.ofKind('events')) {
    entry.record.subjects.forEach((id, i) =>
      expectRef(
        entry,
        ['subjects', i],
        id,
        ['provinces', 'offices', 'people', 'changes', 'tenures'],
        'a province, office, person, change or tenure',
      ),
    );
  }
}
