import type { Observation } from './model';
import { compareObservations } from './values';

/**
 * The most recent actual figure: the one ending last; of those ending the same year, the
 * shortest period (a 2023 figure is more recent news than a 2022–2023 total).
 */
export function latestActual(observations: readonly Observation[]): Observation | undefined {
  const actuals = observations.filter((o) => o.kind === 'actual').sort(compareObservations);
  return actuals.at(-1);
}
