const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * A PNG's width and height, read from its bytes: the signature, then the IHDR chunk, which
 * the format requires first (length, "IHDR", width and height as big-endian 32-bit).
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const isPng = SIGNATURE.every((byte, index) => bytes[index] === byte);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (!isPng || chunk !== 'IHDR') throw new Error('not a PNG (no signature and IHDR chunk)');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
