import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The production build the browser tests serve. */
export const distDir = path.resolve(import.meta.dirname, '../../dist');

/** Every HTML page of the build, relative to it with "/" separators ("indicators/x.html"). */
export function builtPages(): string[] {
  return (readdirSync(distDir, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('assets/'))
    .sort();
}
