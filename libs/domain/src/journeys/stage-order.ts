/** What is wrong with a requested order of a journey's stages; every list empty means it is a valid order. */
export type StageOrderMismatch = {
  /** Stages of the journey the request left out. */
  missing: string[];
  /** Ids in the request that are not stages of the journey. */
  unknown: string[];
  /** Ids the request names more than once. */
  repeated: string[];
};

/**
 * Compares a requested order with the journey's current stage ids: a valid order names every current
 * stage exactly once and nothing else. Returns null when it does, otherwise what differs (each id once,
 * in the order first met).
 */
export function stageOrderMismatch(currentIds: readonly string[], requestedIds: readonly string[]): StageOrderMismatch | null {
  const current = new Set(currentIds);
  const seen = new Set<string>();
  const unknown = new Set<string>();
  const repeated = new Set<string>();
  for (const id of requestedIds) {
    if (!current.has(id)) unknown.add(id);
    else if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  const missing = currentIds.filter((id) => !seen.has(id));
  if (missing.length === 0 && unknown.size === 0 && repeated.size === 0) return null;
  return { missing, unknown: [...unknown], repeated: [...repeated] };
}
