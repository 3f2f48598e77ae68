import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paragraphAnchorId } from '../domain/report';

/** Where a paragraph of the report is on the source page, e.g. "/source#p48". */
export function reportParagraphPath(number: number): string {
  return `/source#${paragraphAnchorId(number)}`;
}

/**
 * A link to a paragraph in the report viewer. Shows "Paragraph 48" unless given other text
 * (e.g. the number alone under a "Paragraph" heading); its accessible name says where it
 * goes, since "48" alone, in a list of numbers, does not. Whatever it shows must be part of
 * that name (WCAG 2.5.3, label in name), so that a speech user can say what they see: hence
 * no abbreviation such as "para.", which the name "Paragraph 48" does not contain. Each
 * language's messages keep the short form inside the long one.
 */
export function ParagraphLink({
  number,
  children,
}: {
  number: number;
  children?: ReactNode;
}): ReactElement {
  const { t } = useTranslation('common');
  // A paragraph number is a label, not a quantity: never grouped or localised.
  const values = { number: String(number) };
  return (
    <Link to={reportParagraphPath(number)} aria-label={t('paragraph.inReport', values)}>
      {children ?? t('paragraph.short', values)}
    </Link>
  );
}
