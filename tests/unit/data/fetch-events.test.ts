import { describe, expect, it } from 'vitest';
import type { DataSource } from '../../../src/data/data-source';
import { DataError, FetchError } from '../../../src/data/issues';
import { EVENTS_PATH, fetchEvents } from '../../../src/data/query-fns';
import { dataKeys } from '../../../src/data/query-keys';

const HEADER =
  'id,date,date_end,kind,body,number,title,paragraph,quote,note,title_ru,title_kk,note_ru,note_kk';
const SOCIAL_CODE =
  'social-code,2023-04-20,,code,,,Social Code,65,"On 20 April 2023, the Social Code was adopted",,Социальный кодекс,Әлеуметтік кодекс,,';

function sourceOf(files: Record<string, string>): DataSource {
  return {
    async readText(path) {
      const text = files[path];
      if (text === undefined) throw new FetchError(`data/${path}`, 404, 'the server answered 404');
      return text;
    },
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe(fetchEvents, () => {
  it('reads data/events.csv and returns the validated events', async () => {
    const events = await fetchEvents(sourceOf({ [EVENTS_PATH]: `${HEADER}\n${SOCIAL_CODE}\n` }));
    expect(EVENTS_PATH).toBe('events.csv');
    expect(events.map((e) => [e.id, e.date.iso, e.kind, e.body])).toEqual([
      ['social-code', '2023-04-20', 'code', undefined],
    ]);
  });

  it('throws a DataError naming the file, row and column of every problem', async () => {
    const text = `${HEADER}\n${SOCIAL_CODE}\n${SOCIAL_CODE.replace('social-code,2023-04-20', 'other,2023-04-31')}\n`;
    const error = await rejection(fetchEvents(sourceOf({ [EVENTS_PATH]: text })));
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).file).toBe('data/events.csv');
    expect((error as DataError).issues.map((i) => [i.row, i.column, i.rule])).toEqual([
      [3, 'date', 'date'],
    ]);
  });

  it('lets a FetchError through, so the retry policy can see it', async () => {
    const error = await rejection(fetchEvents(sourceOf({})));
    expect(error).toBeInstanceOf(FetchError);
  });
});

describe('dataKeys.events', () => {
  it('sits under the data root', () => {
    expect(dataKeys.events()).toEqual(['data', 'events']);
  });
});
