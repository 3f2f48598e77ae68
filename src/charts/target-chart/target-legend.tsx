import type { ReactElement } from 'react';
import { Marker, MarkerSwatch } from '../marker';
import { REQUIRED_COLOR, TARGET_COLOR, seriesStyle } from '../series-style';

/** What the marks of a target chart mean; the computed lines say so. */
export function TargetLegend({
  index,
  withProjection,
}: {
  index: number;
  withProjection: boolean;
}): ReactElement {
  const style = seriesStyle(index);
  return (
    <ul className="target-legend" aria-label="Legend">
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <Marker shape={style.marker} cx={7} cy={7} color={style.color} size={4.5} />
        </svg>{' '}
        Reported
      </li>
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <Marker shape="circle" cx={7} cy={7} color={TARGET_COLOR} size={5} hollow />
        </svg>{' '}
        Target
      </li>
      <li>
        <MarkerSwatch color={REQUIRED_COLOR} dash="6 4" /> Required straight path (computed)
      </li>
      {withProjection && (
        <li>
          <MarkerSwatch color={style.color} dash="2 4" /> Projection at the pace so far (computed)
        </li>
      )}
    </ul>
  );
}
