// Makes structurally equal objects and arrays of a JSON-like value one shared instance, so a YAML
// writer that aliases repeated instances (`yaml`'s stringify) writes each repeated block once as
// `&a1` and then `*a1`. The web editor's config repeats the same field list in every collection:
// at 100 articles it was 2.2 MB written out in full, most of a site's non-page bytes.

/** Subtrees smaller than this (as JSON) stay written out: an alias would barely be shorter. */
const MIN_SHARED_JSON_LENGTH = 64;

/** A subtree looked at: its copy (shared when large enough), its id among distinct subtrees, its JSON length. */
interface Visit {
  copy: unknown;
  id: string;
  size: number;
}

/**
 * Returns a copy of `value` in which equal objects and arrays (same keys in the same order, same
 * values) of at least MIN_SHARED_JSON_LENGTH characters of JSON are one instance.
 * @example shareEqualSubtrees({ a: [big], b: [big'] }) // .a === .b when big and big' are equal
 */
export function shareEqualSubtrees<T>(value: T): T {
  // Each distinct subtree gets a short id; a node's key is built from its children's ids, so
  // equality costs the node's own size, not its whole subtree's JSON at every level.
  const ids = new Map<string, { id: string; shared: unknown }>();
  const leafIds = new Map<string, string>();
  // The same leaf values recur thousands of times (`true`, `string`, a locale): JSON once each.
  const leaves = new Map<unknown, Visit>();
  // An instance the input repeats (one field list in every collection) is looked at once; only
  // shared results are kept, since a small subtree must stay a copy of its own at each place.
  const sharedOf = new WeakMap<object, Visit>();
  const visit = (node: unknown): Visit => {
    if (node === null || typeof node !== 'object') {
      let leaf = leaves.get(node);
      if (!leaf) {
        const json = JSON.stringify(node) ?? 'null';
        let id = leafIds.get(json);
        if (id === undefined) leafIds.set(json, id = `${leafIds.size}`);
        leaves.set(node, leaf = { copy: node, id, size: json.length });
      }
      return leaf;
    }
    const seen = sharedOf.get(node);
    if (seen) return seen;
    let copy: unknown;
    let key: string;
    let size: number;
    if (Array.isArray(node)) {
      const items = node.map(visit);
      copy = items.map((i) => i.copy);
      key = `[${items.map((i) => i.id).join(',')}]`;
      size = items.reduce((sum, i) => sum + i.size + 1, 1);
    } else {
      const entries = Object.entries(node).filter(([, v]) => v !== undefined).map(([k, v]) => [k, JSON.stringify(k), visit(v)] as const);
      copy = Object.fromEntries(entries.map(([k, , v]) => [k, v.copy]));
      key = `{${entries.map(([, quoted, v]) => `${quoted}:${v.id}`).join(',')}}`;
      size = entries.reduce((sum, [, quoted, v]) => sum + quoted.length + v.size + 2, 1);
    }
    let known = ids.get(key);
    if (!known) ids.set(key, known = { id: `#${ids.size}`, shared: copy });
    if (size < MIN_SHARED_JSON_LENGTH) return { copy, id: known.id, size };
    const result = { copy: known.shared, id: known.id, size };
    sharedOf.set(node, result);
    return result;
  };
  return visit(value).copy as T;
}
