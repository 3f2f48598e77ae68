import {
  CHECK_KINDS,
  parseRefPeriod,
  type CheckSpec,
  type RowRef,
  type SeriesRef,
} from '../domain/checks/check-spec';
import { DIRECTIONS, type TitleTranslation } from '../domain/model';
import { JsonReader, parseJson } from './json-reader';
import { readTranslations } from './read-translations';
import type { Validated } from './validate-metadata';

/**
 * data/checks.json → the declared fact checks. Every problem is reported with its JSON path
 * (checks[3].parts[1].period); whether the rows a check names exist is decided when it is
 * evaluated (a missing row makes that one check unverifiable, not the file invalid).
 */
export function validateChecks(text: string, file: string): Validated<CheckSpec[]> {
  const read = new JsonReader(file);
  const json = parseJson(text, read);
  if (json === undefined) return { ok: false, issues: read.issues };
  const list = read.array(json, '(root)') ?? [];
  const seen = new Set<string>();
  const checks: CheckSpec[] = [];

  const seriesRef = (value: unknown, path: string): SeriesRef | undefined => {
    const entry = read.object(value, path);
    if (!entry) return undefined;
    const indicator = read.string(entry.indicator, `${path}.indicator`);
    const series = read.string(entry.series, `${path}.series`);
    return indicator && series ? { indicator, series } : undefined;
  };
  const rowRef = (value: unknown, path: string): RowRef | undefined => {
    const series = seriesRef(value, path);
    const entry = value as Record<string, unknown> | undefined;
    const period = read.string(entry?.period, `${path}.period`);
    if (period !== undefined && !parseRefPeriod(period)) {
      read.problem(
        `${path}.period`,
        period,
        'period',
        'expected a year ("2023") or years ("2023-2024")',
      );
      return undefined;
    }
    return series && period ? { ...series, period } : undefined;
  };
  const rowRefs = (value: unknown, path: string): RowRef[] | undefined => {
    const items = read.array(value, path);
    if (!items) return undefined;
    // Found by fuzzing (tests/fuzz): "parts": [] passed, a sum of nothing (0) held against
    // the total.
    if (items.length === 0) {
      read.problem(path, value, 'min-items', 'expected at least one row');
      return undefined;
    }
    const refs = items.map((item, index) => rowRef(item, `${path}[${index}]`));
    return refs.every((r): r is RowRef => r !== undefined) ? refs : undefined;
  };

  list.forEach((item, index) => {
    const path = `[${index}]`;
    const entry = read.object(item, path);
    if (!entry) return;
    const before = read.issues.length;
    const id = read.string(entry.id, `${path}.id`);
    const title = read.string(entry.title, `${path}.title`);
    const statement = read.string(entry.statement, `${path}.statement`);
    const paragraph = read.number(entry.paragraph, `${path}.paragraph`);
    // Found by fuzzing (tests/fuzz): any finite number passed (0, -3, 2.5, 1e308), though a
    // check links to its paragraph (/source#p19) as the observation rows do.
    if (paragraph !== undefined && !(Number.isSafeInteger(paragraph) && paragraph >= 1))
      read.problem(
        `${path}.paragraph`,
        paragraph,
        'minimum',
        'expected a paragraph number, a whole number from 1',
      );
    const kind = read.oneOf(entry.kind, CHECK_KINDS, `${path}.kind`);
    // Only the title: the statement is the report's own words and stays in English.
    const translations = readTranslations<TitleTranslation>(
      read,
      entry.translations,
      `${path}.translations`,
      {
        texts: ['title'],
        untranslatable: {
          statement:
            'it quotes the report verbatim and stays in English, the language of the report',
        },
      },
    );
    if (entry.verdict !== undefined) {
      read.problem(
        `${path}.verdict`,
        entry.verdict,
        'computed',
        'verdicts are computed from the figures, never written in the data; remove it',
      );
    }
    if (id !== undefined && seen.has(id))
      read.problem(`${path}.id`, id, 'unique', `"${id}" is declared twice`);
    if (id !== undefined) seen.add(id);
    if (!id || !title || !statement || paragraph === undefined || !kind) return;
    const common = {
      id,
      title,
      statement,
      paragraph,
      ...(translations === undefined ? {} : { translations }),
    };
    const spec = ((): CheckSpec | undefined => {
      switch (kind) {
        case 'sum': {
          const total = rowRef(entry.total, `${path}.total`);
          const parts = rowRefs(entry.parts, `${path}.parts`);
          const tolerance =
            entry.tolerance === undefined ? 0 : read.number(entry.tolerance, `${path}.tolerance`);
          return total && parts && tolerance !== undefined
            ? { ...common, kind, total, parts, tolerance }
            : undefined;
        }
        case 'part_of': {
          const whole = rowRef(entry.whole, `${path}.whole`);
          const part = rowRef(entry.part, `${path}.part`);
          return whole && part ? { ...common, kind, whole, part } : undefined;
        }
        case 'percent_change': {
          const from = rowRef(entry.from, `${path}.from`);
          const to = rowRef(entry.to, `${path}.to`);
          const stated = rowRef(entry.stated, `${path}.stated`);
          const statedDirection = read.oneOf(
            entry.statedDirection,
            DIRECTIONS,
            `${path}.statedDirection`,
          );
          const tolerancePoints = read.number(entry.tolerancePoints, `${path}.tolerancePoints`);
          return from && to && stated && statedDirection && tolerancePoints !== undefined
            ? { ...common, kind, from, to, stated, statedDirection, tolerancePoints }
            : undefined;
        }
        case 'trend': {
          const series = seriesRef(entry.series, `${path}.series`);
          const from = read.number(entry.from, `${path}.from`);
          const to = read.number(entry.to, `${path}.to`);
          const stated = read.oneOf(entry.stated, DIRECTIONS, `${path}.stated`);
          return series && from !== undefined && to !== undefined && stated
            ? { ...common, kind, series, from, to, stated }
            : undefined;
        }
        case 'implied_base': {
          const items = read.array(entry.pairs, `${path}.pairs`) ?? [];
          // Found by fuzzing (tests/fuzz): "pairs": [] dropped the check without an issue.
          if (Array.isArray(entry.pairs) && items.length === 0)
            read.problem(`${path}.pairs`, entry.pairs, 'min-items', 'expected at least one pair');
          const pairs = items.map((pair, i) => {
            const pairEntry = read.object(pair, `${path}.pairs[${i}]`);
            const share = rowRef(pairEntry?.share, `${path}.pairs[${i}].share`);
            const count = rowRef(pairEntry?.count, `${path}.pairs[${i}].count`);
            return share && count ? { share, count } : undefined;
          });
          const tolerance = read.number(entry.tolerance, `${path}.tolerance`);
          return pairs.length > 0 && pairs.every((p) => p !== undefined) && tolerance !== undefined
            ? { ...common, kind, pairs: pairs as { share: RowRef; count: RowRef }[], tolerance }
            : undefined;
        }
        case 'required_pace': {
          const series = seriesRef(entry.series, `${path}.series`);
          return series ? { ...common, kind, series } : undefined;
        }
      }
    })();
    if (spec && read.issues.length === before) checks.push(spec);
  });
  return read.issues.length > 0 ? { ok: false, issues: read.issues } : { ok: true, value: checks };
}
