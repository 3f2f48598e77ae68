const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML we write as a string (head tags, embed snippets): inside a quoted
 * attribute value of either quote, and as element content. Titles and subtitles come from
 * data files, so a quote or `<` in them must never end the attribute or open a tag.
 */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
