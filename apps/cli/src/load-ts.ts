/**
 * Loads one of the CLI's TypeScript modules at run time through tsx. `ingest` and `export` use the
 * API's own modules (database client, ingest, export), which are TypeScript source that reads files
 * beside itself (migrations, the parse worker), so they are loaded as source, not bundled; only
 * `parse`, the fast path, is in the bundle.
 */
/** Imports src/<path> (a .ts file of this package) whether running from src/ or from the bundle in dist/. */
export async function loadTs<Module>(path: string): Promise<Module> {
  // src/ and dist/ are siblings: ../src/<path> names the same file from either.
  const url = new URL(`../src/${path}`, import.meta.url).href;
  // Imported here, not at the top: `claimline parse` never needs a TypeScript loader, and loading tsx cost it ~0.1 s of start.
  const { tsImport } = await import('tsx/esm/api');
  return (await tsImport(url, import.meta.url)) as Module;
}
