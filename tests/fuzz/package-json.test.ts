// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckSpec, RowRef, SeriesRef } from '../../src/domain/checks/check-spec';
import { validateChecks } from '../../src/data/validate-checks';
import { validateDataPackage, type PackageContents } from '../../src/data/validate-data-package';
import { validateTopics } from '../../src/data/validate-topics';
import type { Topic } from '../../src/domain/model';
import { readDataJson } from './support/files';
import {
  applyJsonMutation,
  getAt,
  jsonMutation,
  jsonText,
  pathText,
  randomJsonText,
  type AppliedJsonMutation,
} from './support/json-mutation';
import { isText, resultShapeProblems } from './support/json-result';
import { binaryString, decodedBytes } from './support/odd-text';
import { RUNS } from './support/runs';
import { field, observationsSchema } from './support/table-oracle';
import { TITLE_ONLY, translationExpectation, translationProblems } from './support/translations';

/**
 * Fuzzing the other JSON validators: data/datapackage.json, data/topics.json and
 * data/checks.json, each from random input and from the committed file with one mutation.
 */

const randomText = fc.oneof(decodedBytes, binaryString(200), randomJsonText);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isPositiveInteger = (value: unknown): boolean =>
  Number.isSafeInteger(value) && (value as number) >= 1;
const unique = (values: unknown[]): boolean => new Set(values).size === values.length;

type Expected = string | 'same' | undefined;

/**
 * One JSON target: random input and committed-file mutations, with property (a) on every
 * result, (b) the oracle on every accepted value and (c) the path a known-bad mutation must
 * be reported at.
 */
function fuzzJson<T>(options: {
  file: string;
  committed: unknown;
  validate: (
    text: string,
    file: string,
  ) => { ok: true; value: T } | { ok: false; issues: { column?: string }[] };
  oracle: (value: T, input: unknown) => string[];
  /** The issue path a mutation of `original` must be reported at (see Expected). */
  expectedAfter: (m: AppliedJsonMutation, original: unknown) => Expected;
}): void {
  const { file, committed, validate, oracle, expectedAfter } = options;
  const check = (text: string) => {
    const result = validate(text, file);
    expect(resultShapeProblems(result as Parameters<typeof resultShapeProblems>[0], file)).toEqual(
      [],
    );
    if (result.ok) expect(oracle(result.value, JSON.parse(text))).toEqual([]);
    return result;
  };
  const original = validate(jsonText(committed), file);

  it('never throws on random bytes and random JSON', () => {
    fc.assert(
      fc.property(randomText, (text) => void check(text)),
      { numRuns: RUNS },
    );
  });

  it('the committed file with one mutation: typed result, valid values only, the broken path named', () => {
    expect(original.ok).toBe(true);
    fc.assert(
      fc.property(jsonMutation, (mutation) => {
        const applied = applyJsonMutation(committed, mutation);
        const result = check(jsonText(applied.document));
        const expected =
          applied.path.length === 0 && applied.value === undefined
            ? '(file)'
            : expectedAfter(applied, committed);
        if (expected === 'same') expect(result).toEqual(original);
        else if (expected !== undefined) {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.issues.map((issue) => issue.column)).toContain(expected);
        }
      }),
      { numRuns: RUNS },
    );
  });
}

/** Shared (c) rules: a required text deleted or not text, an object or list of the wrong type. */
function requiredShape(
  m: AppliedJsonMutation,
  shapes: { text: RegExp; object?: RegExp; list?: RegExp; number?: RegExp; optional?: RegExp },
): Expected {
  const at = pathText(m.path);
  const lastIsKey = typeof m.path[m.path.length - 1] === 'string';
  const matches = (pattern?: RegExp): boolean => pattern?.test(at) ?? false;
  if (m.op === 'delete')
    return lastIsKey &&
      [shapes.text, shapes.object, shapes.list, shapes.number].some(matches) &&
      !matches(shapes.optional)
      ? at
      : undefined;
  if (m.op !== 'replace') return undefined;
  if (matches(shapes.text) && !isText(m.value)) return at;
  if (matches(shapes.object) && !isObject(m.value)) return at;
  if (matches(shapes.list) && !Array.isArray(m.value)) return at;
  if (matches(shapes.number) && !(typeof m.value === 'number' && Number.isFinite(m.value)))
    return at;
  return undefined;
}

describe('fuzz: topics JSON (validateTopics)', { timeout: 600_000 }, () => {
  fuzzJson<Topic[]>({
    file: 'data/topics.json',
    committed: readDataJson('topics.json'),
    validate: validateTopics,
    oracle: (topics, input) => [
      ...(Array.isArray(input) && topics.length === input.length ? [] : ['a topic was dropped']),
      ...topics.flatMap((t) =>
        isText(t.id) &&
        isText(t.title) &&
        Object.keys(t).every((key) => ['id', 'title', 'translations'].includes(key))
          ? translationProblems(t.translations, TITLE_ONLY)
          : ['topic'],
      ),
      ...(unique(topics.map((t) => t.id)) ? [] : ['topic ids repeat']),
    ],
    expectedAfter: (m) => {
      const at = pathText(m.path);
      if (m.op === 'duplicate' && /^\[\d+\]$/.test(at)) return `${at}.id`;
      if (m.path[1] === 'translations') return translationExpectation(m, 1, TITLE_ONLY);
      if (m.op === 'insertKey' && m.path.length === 2) return 'same';
      if (m.path.length === 0) return Array.isArray(m.value) ? undefined : '(root)';
      return requiredShape(m, { text: /^\[\d+\]\.(id|title)$/, object: /^\[\d+\]$/ });
    },
  });
});

describe('fuzz: data package descriptor (validateDataPackage)', { timeout: 600_000 }, () => {
  const INDICATOR_ID = new RegExp(
    `^(?:${field(observationsSchema, 'indicator').constraints!.pattern!})$`,
    'u',
  );
  fuzzJson<PackageContents>({
    file: 'data/datapackage.json',
    committed: readDataJson('datapackage.json'),
    validate: validateDataPackage,
    oracle: (contents) => {
      const problems: string[] = [];
      const paths = contents.resources.map((r) => r.path);
      if (!isText(contents.title) || !isText(contents.version)) problems.push('title or version');
      for (const r of contents.resources) {
        if (!isText(r.path)) problems.push('resource path');
        if (r.bytes !== undefined && !Number.isFinite(r.bytes)) problems.push('bytes');
      }
      for (const indicator of contents.indicators) {
        if (!INDICATOR_ID.test(indicator.id)) problems.push(`indicator id ${indicator.id}`);
        if (indicator.observationsPath !== `indicators/${indicator.id}.csv`)
          problems.push('csv path');
        if (!paths.includes(indicator.observationsPath)) problems.push('csv not a resource');
        if (!paths.includes(indicator.metadataPath))
          problems.push(`no metadata for ${indicator.id}`);
      }
      if (!unique(contents.indicators.map((i) => i.id))) problems.push('an indicator listed twice');
      return problems;
    },
    expectedAfter: (m, original) => {
      const at = pathText(m.path);
      if (m.path.length === 0) return isObject(m.value) ? undefined : '(root)';
      const resource = /^resources\[\d+\]$/.test(at);
      const csv = /^indicators\/([a-z0-9][a-z0-9-]*)\.csv$/;
      if (m.op === 'duplicate' && resource) {
        const path = (m.value as { path?: unknown }).path;
        return typeof path === 'string' && csv.test(path) ? `${at}.path` : undefined;
      }
      // An indicator's metadata resource removed: the issue names its CSV resource.
      const removed =
        m.op === 'delete' && resource
          ? (getAt(original, m.path) as { path?: unknown }).path
          : undefined;
      const metadata =
        typeof removed === 'string'
          ? /^indicators\/([a-z0-9][a-z0-9-]*)\.json$/.exec(removed)
          : null;
      if (metadata) {
        const paths = (getAt(m.document, ['resources']) as { path?: unknown }[]).map((r) => r.path);
        return `resources[${paths.indexOf(`indicators/${metadata[1]}.csv`)}]`;
      }
      return requiredShape(m, {
        text: /^(title|version|resources\[\d+\]\.path)$/,
        object: /^resources\[\d+\]$/,
        list: /^resources$/,
        number: /^resources\[\d+\]\.bytes$/,
        optional: /^resources\[\d+\]\.bytes$/,
      });
    },
  });
});

describe('fuzz: fact checks JSON (validateChecks)', { timeout: 600_000 }, () => {
  const KINDS = ['sum', 'part_of', 'percent_change', 'trend', 'implied_base', 'required_pace'];
  const DIRECTIONS = ['increase', 'decrease'];
  const seriesRefOk = (ref: SeriesRef): boolean => isText(ref.indicator) && isText(ref.series);
  const rowRefOk = (ref: RowRef): boolean => {
    const match = /^(\d{4})(?:-(\d{4}))?$/.exec(ref.period);
    return seriesRefOk(ref) && match !== null && Number(match[2] ?? match[1]) >= Number(match[1]);
  };
  const finite = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value);
  const specProblems = (spec: CheckSpec): string[] => {
    const ok = ((): boolean => {
      switch (spec.kind) {
        case 'sum':
          return (
            rowRefOk(spec.total) &&
            spec.parts.length > 0 &&
            spec.parts.every(rowRefOk) &&
            finite(spec.tolerance ?? 0)
          );
        case 'part_of':
          return rowRefOk(spec.whole) && rowRefOk(spec.part);
        case 'percent_change':
          return (
            rowRefOk(spec.from) &&
            rowRefOk(spec.to) &&
            rowRefOk(spec.stated) &&
            DIRECTIONS.includes(spec.statedDirection) &&
            finite(spec.tolerancePoints)
          );
        case 'trend':
          return (
            seriesRefOk(spec.series) &&
            finite(spec.from) &&
            finite(spec.to) &&
            DIRECTIONS.includes(spec.stated)
          );
        case 'implied_base':
          return (
            spec.pairs.length > 0 &&
            spec.pairs.every((p) => rowRefOk(p.share) && rowRefOk(p.count)) &&
            finite(spec.tolerance)
          );
        case 'required_pace':
          return seriesRefOk(spec.series);
        default:
          return false;
      }
    })();
    return [
      ...(ok ? [] : [`${spec.id}: ${spec.kind} is incomplete`]),
      ...(isText(spec.id) && isText(spec.title) && isText(spec.statement)
        ? []
        : [`${spec.id}: text`]),
      ...(isPositiveInteger(spec.paragraph) ? [] : [`${spec.id}: paragraph ${spec.paragraph}`]),
      ...(KINDS.includes(spec.kind) ? [] : ['kind']),
      ...('verdict' in spec ? ['a verdict was kept'] : []),
      ...translationProblems(spec.translations, TITLE_ONLY),
    ];
  };
  fuzzJson<CheckSpec[]>({
    file: 'data/checks.json',
    committed: readDataJson('checks.json'),
    validate: validateChecks,
    oracle: (checks, input) => [
      ...(Array.isArray(input) && checks.length === input.length
        ? []
        : ['a check was dropped without an issue']),
      ...checks.flatMap(specProblems),
      ...(unique(checks.map((c) => c.id)) ? [] : ['check ids repeat']),
    ],
    expectedAfter: (m) => {
      const at = pathText(m.path);
      if (m.path.length === 0) return Array.isArray(m.value) ? undefined : '(root)';
      if (m.op === 'duplicate' && /^\[\d+\]$/.test(at)) return `${at}.id`;
      if (m.path[1] === 'translations') return translationExpectation(m, 1, TITLE_ONLY);
      if (m.op === 'insertKey' && m.path.length === 2)
        return m.path[1] === 'verdict' ? at : undefined;
      if (m.op === 'replace' && /^\[\d+\]\.paragraph$/.test(at) && !isPositiveInteger(m.value))
        return at;
      if (
        m.op === 'replace' &&
        /\.period$/.test(at) &&
        !(typeof m.value === 'string' && /^\d{4}(-\d{4})?$/.test(m.value))
      )
        return at;
      if (m.op === 'replace' && /^\[\d+\]\.kind$/.test(at) && !KINDS.includes(m.value as string))
        return at;
      return requiredShape(m, {
        text: /^(\[\d+\]\.(id|title|statement)|\[\d+\](\.\w+(\[\d+\])?)+\.(indicator|series|period))$/,
        object: /^\[\d+\]$/,
        number: /^\[\d+\]\.paragraph$/,
      });
    },
  });
});
