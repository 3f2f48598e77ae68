import type { ReactElement } from 'react';
import type { TextSegment } from '../domain/report';

/** A source paragraph with the quoted figures marked; rendered as text, never as HTML. */
export function QuotedParagraph({
  number,
  segments,
}: {
  number: number;
  segments: TextSegment[];
}): ReactElement {
  return (
    <blockquote className="source-paragraph" lang="en" id={`source-p${number}`}>
      <p>
        <span className="paragraph-number">{number}.</span>{' '}
        {segments.map((segment, index) =>
          segment.highlighted ? (
            <mark key={index}>{segment.text}</mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
    </blockquote>
  );
}
