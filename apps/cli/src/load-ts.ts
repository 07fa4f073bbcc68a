/**
 * Loads one of the CLI's TypeScript modules at run time through tsx. `ingest` and `export` use the
 * API's own modules (database client, ingest, export), which are TypeScript source that reads files
 * beside itself (migrations, the parse worker), so they are loaded as source, not bundled; only
 * `parse`, the fast path, is in the bundle.
 */
import { tsImport } from 'tsx/esm/api';

/** Imports src/<path> (a .ts file of this package) whether running from src/ or from the bundle in dist/. */
export async function loadTs<Module>(path: string): Promise<Module> {
  // src/ and dist/ are siblings: ../src/<path> names the same file from either.
  const url = new URL(`../src/${path}`, import.meta.url).href;
  return (await tsImport(url, import.meta.url)) as Module;
}
