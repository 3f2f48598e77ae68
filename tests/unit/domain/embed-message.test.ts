import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedHeightMessage } from '../../../src/domain/embed-message';

describe(embedHeightMessage, () => {
  it('carries the type, the id and the height rounded up, nothing else', () => {
    expect(embedHeightMessage('prison-mortality', 412.2)).toEqual({
      type: EMBED_HEIGHT_MESSAGE,
      id: 'prison-mortality',
      height: 413,
    });
  });
});
