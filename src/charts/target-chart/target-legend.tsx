import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('charts');
  const style = seriesStyle(index);
  return (
    <ul className="target-legend" aria-label={t('legend.name')}>
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <Marker shape={style.marker} cx={7} cy={7} color={style.color} size={4.5} />
        </svg>{' '}
        {t('legend.reported')}
      </li>
      <li>
        <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
          <Marker shape="circle" cx={7} cy={7} color={TARGET_COLOR} size={5} hollow />
        </svg>{' '}
        {t('legend.target')}
      </li>
      <li>
        <MarkerSwatch color={REQUIRED_COLOR} dash="6 4" /> {t('legend.requiredStraightPath')}
      </li>
      {withProjection && (
        <li>
          <MarkerSwatch color={style.color} dash="2 4" /> {t('legend.projection')}
        </li>
      )}
    </ul>
  );
}
