import type { SimilarPair } from './similar-pairs.js';

/**
 * Agglomerative complete-linkage clustering (Sørensen 1948; e.g. Manning, Raghavan & Schütze,
 * "Introduction to Information Retrieval", 2008, ch. 17) cut at the threshold the pairs were filtered with.
 * The linkage of two clusters is their least similar cross pair, so two clusters merge only once every
 * cross pair has been seen. Walking the pairs from most to least similar and counting the cross pairs
 * seen per cluster pair merges clusters exactly in complete-linkage order: the pair that completes the
 * count is the linkage. Ties are broken by `rank` (the position of each item's id in sorted order), which
 * makes the result independent of input order.
 *
 * Returns clusters of two or more item indexes. O(P log P) for P pairs.
 */
export function completeLinkage(rank: Int32Array, pairs: readonly SimilarPair[]): number[][] {
  const ordered = pairs
    .map(({ i, j, similarity }) => {
      const [low, high] = (rank[i] ?? 0) < (rank[j] ?? 0) ? [i, j] : [j, i];
      return { low, high, lowRank: rank[low] ?? 0, highRank: rank[high] ?? 0, similarity };
    })
    .sort((x, y) => y.similarity - x.similarity || x.lowRank - y.lowRank || x.highRank - y.highRank);

  const clusterOf = new Map<number, number>();
  const members = new Map<number, number[]>();
  const seenBetween = new Map<number, Map<number, number>>();
  const clusterIdOf = (item: number): number => clusterOf.get(item) ?? item;
  const membersOf = (cluster: number): number[] => members.get(cluster) ?? [cluster];
  const linksOf = (cluster: number): Map<number, number> => {
    let links = seenBetween.get(cluster);
    if (links === undefined) {
      links = new Map();
      seenBetween.set(cluster, links);
    }
    return links;
  };

  for (const { low, high } of ordered) {
    const a = clusterIdOf(low);
    const b = clusterIdOf(high);
    if (a === b) continue;
    const seen = (linksOf(a).get(b) ?? 0) + 1;
    linksOf(a).set(b, seen);
    linksOf(b).set(a, seen);
    const sizeA = membersOf(a).length;
    const sizeB = membersOf(b).length;
    if (seen < sizeA * sizeB) continue;

    // Merge the smaller cluster into the larger one and add up its cross-pair counts.
    const [target, source] = sizeA >= sizeB ? [a, b] : [b, a];
    const sourceMembers = membersOf(source);
    members.set(target, [...membersOf(target), ...sourceMembers]);
    members.delete(source);
    for (const item of sourceMembers) clusterOf.set(item, target);
    const targetLinks = linksOf(target);
    targetLinks.delete(source);
    for (const [other, count] of linksOf(source)) {
      if (other === target) continue;
      const total = (targetLinks.get(other) ?? 0) + count;
      targetLinks.set(other, total);
      const otherLinks = linksOf(other);
      otherLinks.delete(source);
      otherLinks.set(target, total);
    }
    seenBetween.delete(source);
  }
  return [...members.values()];
}
