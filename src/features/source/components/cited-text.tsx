import { Fragment, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyedSegment } from '../../../domain/report';
import { useLocale } from '../../../ui/use-locale';

/**
 * A paragraph's text with each cited figure marked and linked to the indicator that uses it.
 * A passage used by several indicators is marked once, followed by a numbered link to each
 * (numbered as in the paragraph's "Figures used in" list). Text only, never HTML.
 *
 * The text is the report's English; what the links say of themselves (titles, names) is in the
 * reader's language, and a link whose whole content is ours says so with its own `lang`.
 */
export function CitedText({
  segments,
  citing,
  titles,
}: {
  segments: readonly KeyedSegment[];
  /** The indicators citing the paragraph, in the order listed after it. */
  citing: readonly string[];
  titles: ReadonlyMap<string, string>;
}): ReactElement {
  const { t } = useTranslation('source');
  const { language } = useLocale();
  const titleOf = (id: string): string => titles.get(id) ?? id;
  const usedIn = (id: string): string => t('usedIn', { title: titleOf(id) });
  return (
    <>
      {segments.map(({ text, keys }, index) => {
        const [only] = keys;
        if (only === undefined) return <Fragment key={index}>{text}</Fragment>;
        if (keys.length === 1) {
          return (
            <Link
              key={index}
              to={`/indicators/${only}`}
              className="figure-link"
              title={usedIn(only)}
            >
              <mark>{text}</mark>
            </Link>
          );
        }
        return (
          <Fragment key={index}>
            <mark>{text}</mark>
            <sup className="figure-refs">
              {keys.map((id) => {
                const n = citing.indexOf(id) + 1;
                return (
                  <Link
                    key={id}
                    to={`/indicators/${id}`}
                    lang={language}
                    aria-label={t('usedInNumbered', { title: titleOf(id), number: String(n) })}
                    title={usedIn(id)}
                  >
                    {n}
                  </Link>
                );
              })}
            </sup>
          </Fragment>
        );
      })}
    </>
  );
}
