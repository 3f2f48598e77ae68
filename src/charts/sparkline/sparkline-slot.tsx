import type { ReactElement } from 'react';
import type { Observation } from '../../domain/model';
import { ChartSlot } from '../chart-slot';
import { retryableLazy } from '../../ui/retryable-lazy';

const Sparkline = retryableLazy(
  () => import('./sparkline'),
  (module) => module.default,
);

const SPARKLINE_HEIGHT = 36;

/** A card's sparkline: prerendered, drawn with Recharts once visible; nothing for one point. */
export function SparklineSlot({
  id,
  observations,
}: {
  id: string;
  observations: Observation[];
}): ReactElement | null {
  if (observations.length < 2) return null;
  return (
    <ChartSlot chartKey={`sparkline/${id}`} placeholderHeight={SPARKLINE_HEIGHT}>
      <Sparkline observations={observations} height={SPARKLINE_HEIGHT} />
    </ChartSlot>
  );
}
