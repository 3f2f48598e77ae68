/**
 * The one message an embedded chart sends to the page that embeds it: its content height,
 * so the page can size the iframe. Namespaced by type, and carrying nothing but the
 * indicator id and the height.
 */
export const EMBED_HEIGHT_MESSAGE = 'kz-indicators:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  id: string;
  height: number;
}

export function embedHeightMessage(id: string, height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE, id, height: Math.ceil(height) };
}
