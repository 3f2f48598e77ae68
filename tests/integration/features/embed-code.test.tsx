import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../render';
import { committedMeta } from '../../support/committed-data';

const ID = 'prison-mortality';

describe('the embed code on an indicator page', () => {
  it('offers the interactive chart and the chart image, each in a labelled box', async () => {
    const user = userEvent.setup();
    renderApp(`/indicators/${ID}`);
    await user.click(await screen.findByText('Embed this chart'));
    const origin = window.location.origin;

    const iframeCode = screen.getByRole('textbox', { name: 'Embed code: interactive chart' });
    expect(iframeCode).toHaveAccessibleDescription(/^Paste this into your page\./);
    const iframe = new DOMParser()
      .parseFromString((iframeCode as HTMLTextAreaElement).value, 'text/html')
      .querySelector('iframe');
    // Shared addresses name their language; files have one address for every language.
    expect(iframe?.getAttribute('src')).toBe(`${origin}/en/embed/${ID}`);

    const imageCode = screen.getByRole('textbox', { name: 'Embed code: chart image' });
    expect(imageCode).toHaveAccessibleDescription(/^For print, email/);
    expect(imageCode).toHaveAttribute('readonly');
    const snippet = new DOMParser().parseFromString(
      (imageCode as HTMLTextAreaElement).value,
      'text/html',
    );
    const { title, subtitle } = committedMeta(ID);
    expect(snippet.querySelector('a')?.getAttribute('href')).toBe(`${origin}/en/indicators/${ID}`);
    const image = snippet.querySelector('a > img');
    expect(image?.getAttribute('src')).toBe(`${origin}/images/${ID}-chart.png`);
    expect(image?.getAttribute('alt')).toBe(`${title}: ${subtitle}`);
    expect(image?.getAttribute('width')).toBe('768');
  });
});
