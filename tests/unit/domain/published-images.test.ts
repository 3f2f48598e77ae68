import { describe, expect, it } from 'vitest';
import { chartImageAlt, publishedImagePath } from '../../../src/domain/published-images';

describe(publishedImagePath, () => {
  it.each([
    ['chart-png', 'images/prison-mortality-chart.png'],
    ['chart-svg', 'images/prison-mortality-chart.svg'],
    ['social-png', 'images/prison-mortality-social.png'],
  ] as const)('%s is %s, relative to the site root', (image, expected) => {
    expect(publishedImagePath('prison-mortality', image)).toBe(expected);
  });
});

describe(chartImageAlt, () => {
  it('is the title and what the chart shows', () => {
    expect(chartImageAlt('Deaths', 'Deaths from disease, 2021 to 2023.')).toBe(
      'Deaths: Deaths from disease, 2021 to 2023.',
    );
    expect(chartImageAlt('Deaths', '')).toBe('Deaths');
  });
});
