import { memo, useId, type ReactElement } from 'react';
import { useHref } from 'react-router';
import { useHydrated } from '../../../ui/use-hydrated';

/**
 * The code to embed this chart: an iframe with a title, and the small script that sizes it
 * to the chart (public/embed-resize.js). Addresses become absolute once the page knows its
 * origin (after hydration; the prerendered page shows them relative to the site).
 */
export const EmbedCode = memo(function EmbedCode({
  id,
  title,
}: {
  id: string;
  title: string;
}): ReactElement {
  const hydrated = useHydrated();
  const embedPath = useHref(`/embed/${id}`);
  const scriptPath = useHref('/embed-resize.js');
  const codeId = useId();
  const absolute = (path: string): string =>
    hydrated ? new URL(path, window.location.origin).href : path;
  const code = [
    `<iframe src="${absolute(embedPath)}" title="Chart: ${title.replace(/"/g, '&quot;')}" width="100%" height="480" style="border:0" loading="lazy"></iframe>`,
    `<script src="${absolute(scriptPath)}" async></script>`,
  ].join('\n');
  return (
    <details className="embed-code">
      <summary>Embed this chart</summary>
      <p id={codeId}>
        Paste this into your page. The chart keeps its title, source line and a link back here, and
        its height follows its content at any width from 280 px.
      </p>
      <textarea readOnly rows={4} value={code} aria-describedby={codeId} aria-label="Embed code" />
    </details>
  );
});
