// Counts come from the count store (one lookup per label), not from scanning nodes.
export const COUNT_NODES_PER_LABEL = `
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n) WHERE label IN labels(n)
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
`;
