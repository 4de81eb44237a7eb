/**
 * Record ids become file names in the output directory. Ids are often URLs or contain `/`, so anything outside
 * letters, digits, `.`, `_`, `-` and `#` is replaced; whenever the name had to change, a short hash of the
 * original id is appended so two ids never share a file.
 */
import { createHash } from 'node:crypto';

const maximumLength = 120;

export function safeFileName(id: string): string {
  let name = id.replace(/[^\p{L}\p{N}._#-]/gu, '_').replace(/^\.+/, '_');
  if (name.length > maximumLength) name = name.slice(0, maximumLength);
  if (name === id && name !== '') return name;
  const hash = createHash('sha1').update(id).digest('hex').slice(0, 10);
  return `${name}-${hash}`;
}
