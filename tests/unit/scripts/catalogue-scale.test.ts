import { describe, expect, it } from 'vitest';
import { scriptsBeyond } from '../../../scripts/bench/catalogue-scale';

describe('scriptsBeyond', () => {
  const committed = { 'start-a1.js': 3364, 'home-page-b2.js': 3803 };

  it('names the scripts only the other catalogue loaded, with their bytes, by name', () => {
    const generated = {
      'start-a1.js': 3364,
      'sparkline-c3.js': 722,
      'home-page-b2.js': 3803,
      'catalogue-page-d4.js': 1200,
    };
    expect(scriptsBeyond(committed, generated)).toEqual([
      ['catalogue-page-d4.js', 1200],
      ['sparkline-c3.js', 722],
    ]);
  });

  it('is empty when the other catalogue loaded the same files, whatever their bytes', () => {
    expect(scriptsBeyond(committed, { 'home-page-b2.js': 3810, 'start-a1.js': 3364 })).toEqual([]);
  });
});
