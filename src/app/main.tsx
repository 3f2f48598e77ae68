import './styles.css';

// Let the prerendered page paint before the app's JavaScript competes with it for a slow
// connection: the chart is already in the HTML; React takes over a frame later.
await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
await import('./start');
