import fc from 'fast-check';
import { binaryString, oddCharacter } from './odd-text';

/** A place in a JSON document: keys and indexes from the root. */
export type JsonPath = (string | number)[];

/** The path as the validators name it: "series[2].unit", "[0].parts[1]", "(root)". */
export function pathText(path: JsonPath): string {
  if (path.length === 0) return '(root)';
  return path
    .map((step, index) =>
      typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`,
    )
    .join('');
}

/** Every path in a document, the root included, depth first. */
export function allPaths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const paths: JsonPath[] = [prefix];
  if (Array.isArray(value))
    value.forEach((item, i) => paths.push(...allPaths(item, [...prefix, i])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value))
      paths.push(...allPaths(item, [...prefix, key]));
  return paths;
}

const cachedPaths = new WeakMap<object, JsonPath[]>();

/** allPaths of a document that is never changed (the committed file), computed once. */
function pathsOf(original: unknown): JsonPath[] {
  if (typeof original !== 'object' || original === null) return allPaths(original);
  let paths = cachedPaths.get(original);
  if (!paths) {
    paths = allPaths(original);
    cachedPaths.set(original, paths);
  }
  return paths;
}

export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const step of path) node = (node as Record<string | number, unknown>)[step];
  return node;
}

export type JsonMutation =
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'delete'; pick: number }
  | { op: 'duplicate'; pick: number }
  | { op: 'insertKey'; pick: number; key: string; value: unknown };

/** Values that a validator may meet in place of any other. */
export const replacementValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, true, 0, -0, -1, 1.5, 1e308, '', ' ', '\u200B', '19', [], {}),
  fc.string({ unit: oddCharacter, maxLength: 4 }),
  binaryString(20),
);

export const jsonMutation: fc.Arbitrary<JsonMutation> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('replace' as const),
      pick: fc.nat(),
      value: replacementValue,
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      op: fc.constant('insertKey' as const),
      pick: fc.nat(),
      key: fc.oneof(
        fc.string({ maxLength: 12 }),
        fc.constantFrom('__proto__', 'constructor', 'toString', 'verdict'),
      ),
      value: replacementValue,
    }),
    weight: 1,
  },
);

export interface AppliedJsonMutation {
  /** The mutated document (a fresh copy). */
  document: unknown;
  /** Where the mutation acted: the path replaced or deleted, the copy made, the key added. */
  path: JsonPath;
  op: JsonMutation['op'];
  /** The value now at `path` (undefined after a delete). */
  value: unknown;
}

/**
 * Applies one mutation at one path of a copy of the document. A delete or duplicate needs a
 * parent; at the root it becomes a replace.
 */
export function applyJsonMutation(original: unknown, mutation: JsonMutation): AppliedJsonMutation {
  const document = structuredClone(original);
  const paths = pathsOf(original);
  const path = paths[mutation.pick % paths.length]!;
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  const parent = getAt(document, parentPath) as Record<string | number, unknown> | unknown[];
  const replace = (value: unknown): AppliedJsonMutation => {
    if (path.length === 0) return { document: value, path, op: 'replace', value };
    (parent as Record<string | number, unknown>)[last!] = value;
    return { document, path, op: 'replace', value };
  };
  switch (mutation.op) {
    case 'replace':
      return replace(mutation.value);
    case 'delete':
      if (path.length === 0) return replace(undefined);
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete (parent as Record<string, unknown>)[last!];
      return { document, path, op: 'delete', value: undefined };
    case 'duplicate': {
      if (path.length === 0 || !Array.isArray(parent))
        return replace(structuredClone(getAt(document, path)));
      const index = last as number;
      parent.splice(index + 1, 0, structuredClone(parent[index]));
      return {
        document,
        path: [...parentPath, index + 1],
        op: 'duplicate',
        value: parent[index + 1],
      };
    }
    case 'insertKey': {
      const target = getAt(document, path);
      if (typeof target !== 'object' || target === null || Array.isArray(target))
        return replace(mutation.value);
      // As JSON.parse would make it: an own property, even for "__proto__".
      Object.defineProperty(target, mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return { document, path: [...path, mutation.key], op: 'insertKey', value: mutation.value };
    }
  }
}

/** A document → its text; undefined (a deleted root) is the empty file. */
export const jsonText = (document: unknown): string => JSON.stringify(document) ?? '';

/** Valid JSON text: random structures, and random values of every JSON type. */
export const randomJsonText: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.anything({ maxDepth: 3 }).map((value) => {
    try {
      return JSON.stringify(value) ?? 'null';
    } catch {
      return 'null'; // a BigInt or a cycle: not JSON
    }
  }),
);
