import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';
import { paragraphAnchorId } from '../domain/report';

/** Where a paragraph of the report is on the source page, e.g. "/source#p48". */
export function reportParagraphPath(number: number): string {
  return `/source#${paragraphAnchorId(number)}`;
}

/**
 * A link to a paragraph in the report viewer. Shows "para. 48" unless given other text; its
 * accessible name says where it goes, since "48" alone, in a list of numbers, does not.
 */
export function ParagraphLink({
  number,
  children = `para. ${number}`,
}: {
  number: number;
  children?: ReactNode;
}): ReactElement {
  return (
    <Link to={reportParagraphPath(number)} aria-label={`Paragraph ${number} in the report`}>
      {children}
    </Link>
  );
}
