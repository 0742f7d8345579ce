/** A stored value ("single-source", "re-establish") as its GraphQL enum value ("SINGLE_SOURCE"). */
export function toEnum<T extends string>(value: string): T {
  return value.toUpperCase().replace(/-/g, '_') as T;
}

/** A GraphQL enum value as the stored value: the inverse of toEnum. */
export function fromEnum(value: string): string {
  return value.toLowerCase().replace(/_/g, '-');
}
