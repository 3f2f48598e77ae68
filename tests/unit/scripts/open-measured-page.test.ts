import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openMeasuredPage } from '../../../scripts/bench/open-measured-page';

/** A page whose navigation answers `status` (or no response at all). */
const pageAnswering = (status: number | null) =>
  ({
    goto: async () => (status === null ? null : { status: () => status }),
  }) as unknown as Page;

describe(openMeasuredPage, () => {
  it('loads a page that answers 200', async () => {
    await expect(
      openMeasuredPage(pageAnswering(200), 'http://127.0.0.1:1/indicators/x'),
    ).resolves.toBeUndefined();
  });

  it.each([
    [404, '/indicatrs/x answered 404, not 200: no such page to measure'],
    [null, '/indicatrs/x answered nothing, not 200: no such page to measure'],
  ])('refuses a page that answers %s, naming it', async (status, message) => {
    await expect(
      openMeasuredPage(pageAnswering(status), 'http://127.0.0.1:1/indicatrs/x'),
    ).rejects.toThrow(message);
  });
});
