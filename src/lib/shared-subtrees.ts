// Makes structurally equal objects and arrays of a JSON-like value one shared instance, so a YAML
// writer that aliases repeated instances (`yaml`'s stringify) writes each repeated block once as
// `&a1` and then `*a1`. The web editor's config repeats the same field list in every collection:
// at 100 articles it was 2.2 MB written out in full, most of a site's non-page bytes.

/** Subtrees smaller than this (as JSON) stay written out: an alias would barely be shorter. */
const MIN_SHARED_JSON_LENGTH = 64;

/**
 * Returns a copy of `value` in which equal objects and arrays (same keys in the same order, same
 * values) of at least MIN_SHARED_JSON_LENGTH characters of JSON are one instance.
 * @example shareEqualSubtrees({ a: [big], b: [big'] }) // .a === .b when big and big' are equal
 */
export function shareEqualSubtrees<T>(value: T): T {
  const seen = new Map<string, unknown>();
  const visit = (node: unknown): { copy: unknown; json: string } => {
    if (node === null || typeof node !== 'object') return { copy: node, json: JSON.stringify(node) ?? 'null' };
    let copy: unknown;
    let json: string;
    if (Array.isArray(node)) {
      const items = node.map(visit);
      copy = items.map((i) => i.copy);
      json = `[${items.map((i) => i.json).join(',')}]`;
    } else {
      const entries = Object.entries(node).filter(([, v]) => v !== undefined).map(([k, v]) => [k, visit(v)] as const);
      copy = Object.fromEntries(entries.map(([k, v]) => [k, v.copy]));
      json = `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v.json}`).join(',')}}`;
    }
    if (json.length < MIN_SHARED_JSON_LENGTH) return { copy, json };
    const shared = seen.get(json);
    if (shared !== undefined) return { copy: shared, json };
    seen.set(json, copy);
    return { copy, json };
  };
  return visit(value).copy as T;
}
