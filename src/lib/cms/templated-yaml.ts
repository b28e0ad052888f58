// `yaml`'s stringify of a config whose `collections` repeat a few shapes: one collection per
// article and per highlight, 11,001 at 1,000 articles, alike but for a name, a folder and a label.
// Writing every one through `yaml` took ~1 s (3.3 MB). Here `yaml` writes each shape once with a
// slot for each value, and each distinct value once, at the same key and depth (where it takes
// the same quoting and folding); the collections are those texts put together. A collection
// holding the first or second place of a repeated instance (which names and numbers its anchor)
// is written by `yaml` in place, as is one with a part no shape describes (a list, an empty map).
import { stringify } from 'yaml';

/** A plain YAML scalar that stands for a value (or a whole collection) while `yaml` writes the rest. */
const SLOT = 'yaml-slot-';
const ITEM = '\n  - ';

/** A value of a collection: a scalar where it stands, or an instance already anchored. */
interface Leaf {
  value: unknown;
  alias?: string;
}

/**
 * The repeated object instances of `config` in `yaml`'s order (keys, then items, depth first, an
 * instance's inside once), each with the anchor name `yaml` gives it at its second place (a1, a2
 * …), and the collections that hold a first or second place.
 */
function anchorsOf(config: Record<string, unknown>, collections: readonly unknown[]) {
  const count = new Map<object, number>();
  const firstIn = new Map<object, number>();
  const anchors = new Map<object, string>();
  const placed = new Set<number>();
  let where = -1;
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const seen = count.get(node) ?? 0;
    count.set(node, seen + 1);
    if (seen === 1) {
      anchors.set(node, `a${anchors.size + 1}`);
      placed.add(firstIn.get(node)!).add(where);
    }
    if (seen > 0) return;
    firstIn.set(node, where);
    for (const value of Array.isArray(node) ? node : Object.values(node)) if (value !== undefined) walk(value);
  };
  count.set(collections, 1);
  for (const value of Object.values(config)) {
    if (value !== collections) walk(value);
    else collections.forEach((item, i) => { where = i; walk(item); where = -1; });
  }
  return { anchors, placed };
}

/** `node` with each value in a slot (the leaves, in order, go to `leaves`); undefined when no shape describes it. */
function skeleton(node: unknown, anchors: Map<object, string>, leaves: Leaf[]): unknown {
  if (node === null || typeof node !== 'object') return `${SLOT}${leaves.push({ value: node }) - 1}`;
  const alias = anchors.get(node);
  if (alias) return `${SLOT}${leaves.push({ value: undefined, alias }) - 1}`;
  if (Array.isArray(node) || Object.getPrototypeOf(node) !== Object.prototype) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined) continue;
    const part = skeleton(value, anchors, leaves);
    if (part === undefined) return undefined;
    out[key] = part;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The keys that lead to each slot of a skeleton, in slot order. */
function slotPaths(shape: unknown, path: string[] = []): string[][] {
  if (typeof shape === 'string') return [path];
  return Object.entries(shape as Record<string, unknown>).flatMap(([key, part]) => slotPaths(part, [...path, key]));
}

/** The collections of a YAML text `collections:\n  - …`, each without its `  - `. */
function itemsOf(yaml: string): string[] {
  return yaml.slice(yaml.indexOf('\n')).replace(/\n$/, '').split(ITEM).slice(1);
}

/** The text after `key:` of each value at `path`, as `yaml` writes it in a collection. */
function valueTexts(path: string[], values: readonly unknown[]): string[] | undefined {
  const at = (value: unknown) => path.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  // A slot first and last: its text shows what comes before each value, and every value is followed by an item.
  const items = itemsOf(stringify({ collections: [at(SLOT), ...values.map(at), at(SLOT)] }));
  const before = items[0]!.slice(0, -` ${SLOT}`.length);
  if (items.length !== values.length + 2 || !items.every((item) => item.startsWith(before))) return undefined;
  return items.slice(1, -1).map((item) => item.slice(before.length));
}

/** Collections of one shape: its skeleton, and the index and leaves of each. */
interface Shape {
  skeleton: unknown;
  rows: { index: number; leaves: Leaf[] }[];
}

/** The collections that a shape describes, by shape; the others (placed, a scalar, an alias as a whole, a list inside) are left out. */
function shapesOf(collections: readonly unknown[], anchors: Map<object, string>, placed: Set<number>): Map<string, Shape> {
  const shapes = new Map<string, Shape>();
  collections.forEach((item, index) => {
    const leaves: Leaf[] = [];
    const skeletonOfItem = placed.has(index) ? undefined : skeleton(item, anchors, leaves);
    if (typeof skeletonOfItem !== 'object') return;
    // An alias and a scalar in the same place are written alike but filled in differently.
    const key = `${JSON.stringify(skeletonOfItem)}${leaves.map((leaf) => (leaf.alias === undefined ? 's' : 'a')).join('')}`;
    let shape = shapes.get(key);
    if (!shape) shapes.set(key, shape = { skeleton: skeletonOfItem, rows: [] });
    shape.rows.push({ index, leaves });
  });
  return shapes;
}

/** The text of each collection of a shape (after its `  - `): the shape's template, filled in. */
function shapeTexts({ skeleton: shape, rows }: Shape): string[] | undefined {
  const [template] = itemsOf(stringify({ collections: [shape] }));
  const paths = slotPaths(shape);
  const parts = template!.split(new RegExp(` ${SLOT}(\\d+)(?=\\n|$)`));
  if (parts.length !== 2 * paths.length + 1 || parts.some((part, i) => i % 2 === 1 && Number(part) !== (i - 1) / 2)) return undefined;
  const columns: string[][] = [];
  for (const [slot, path] of paths.entries()) {
    const leaves = rows.map((row) => row.leaves[slot]!);
    if (leaves[0]!.alias !== undefined) { columns.push(leaves.map((leaf) => ` *${leaf.alias}`)); continue; }
    const distinct = [...new Set(leaves.map((leaf) => leaf.value))];
    const texts = valueTexts(path, distinct);
    if (!texts) return undefined;
    const textOf = new Map(distinct.map((value, i) => [value, texts[i]!]));
    columns.push(leaves.map((leaf) => textOf.get(leaf.value)!));
  }
  return rows.map((_, row) => columns.reduce((out, column, slot) => out + column[row]! + parts[2 * slot + 2]!, parts[0]!));
}

/**
 * `stringify(config)` of `yaml`, the same bytes, written by shape when `config.collections` is a
 * list (else, or when a check fails, by `yaml` alone).
 * @example templatedYaml({ collections: [{ name: 'a' }, { name: 'b' }] }) // 'collections:\n  - name: a\n  - name: b\n'
 */
export function templatedYaml(config: Record<string, unknown>): string {
  const { collections } = config;
  if (!Array.isArray(collections)) return stringify(config);
  const { anchors, placed } = anchorsOf(config, collections);
  const text = new Map<number, string>();
  for (const shape of shapesOf(collections, anchors, placed).values()) {
    const texts = shapeTexts(shape);
    if (!texts) return stringify(config);
    shape.rows.forEach(({ index }, row) => text.set(index, texts[row]!));
  }
  // The other collections written by yaml in place, and a run of shaped ones as one slot, named by its first index.
  const standIns = collections.flatMap((item, i) => (!text.has(i) ? [item] : text.has(i - 1) ? [] : [`${SLOT}${i}`]));
  const written = stringify({ ...config, collections: standIns });
  let runs = 0;
  let filled = 0;
  const yaml = written.replace(new RegExp(`^  - ${SLOT}(\\d+)$`, 'gm'), (_, start: string) => {
    const run: string[] = [];
    for (let i = Number(start); text.has(i); i++) run.push(`  - ${text.get(i)}`);
    runs++;
    filled += run.length;
    return run.join('\n');
  });
  // Each run filled once and nothing else (a collection that reads as a slot), and the anchors as counted.
  const exact = runs === standIns.length - (collections.length - text.size) && filled === text.size;
  const anchored = [...anchors.values()].every((name) => new RegExp(`&${name}(?![0-9])`).test(written));
  return exact && anchored ? yaml : stringify(config);
}
