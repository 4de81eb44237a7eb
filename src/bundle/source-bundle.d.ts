/** Types of source-bundle.js (plain JavaScript, so the `depesche` command can load it without tsx). */
export function bundledEntryUrl(entryPath: string, name: string): Promise<URL | undefined>;
