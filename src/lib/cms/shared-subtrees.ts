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
  // Each distinct subtree gets a short id; a node's key is built from its children's ids, so
  // equality costs the node's own size, not its whole subtree's JSON at every level.
  const ids = new Map<string, { id: string; shared: unknown }>();
  const leafIds = new Map<string, string>();
  const visit = (node: unknown): { copy: unknown; id: string; size: number } => {
    if (node === null || typeof node !== 'object') {
      const json = JSON.stringify(node) ?? 'null';
      let id = leafIds.get(json);
      if (id === undefined) leafIds.set(json, id = `${leafIds.size}`);
      return { copy: node, id, size: json.length };
    }
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
    return { copy: size >= MIN_SHARED_JSON_LENGTH ? known.shared : copy, id: known.id, size };
  };
  return visit(value).copy as T;
}
