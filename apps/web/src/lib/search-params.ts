/**
 * `previous` with these parameters written over it: a value is set, an empty one (null, "") is removed, and
 * `undefined` leaves the parameter as it was, so filters keep the URL short and other parameters alone.
 */
export function writeSearchParams(previous: URLSearchParams, values: Record<string, string | null | undefined>): URLSearchParams {
  const next = new URLSearchParams(previous);
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}
