import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the global setup wrote the initialized PGlite cluster (a dumpDataDir tarball). */
    pgliteTemplate: string;
  }
}

/**
 * Vitest global setup of the pglite project: initdb once for the whole run and hand every test
 * file the cluster as a tarball. A new in-memory PGlite runs initdb in WebAssembly (4-8 s on a
 * busy CI machine) and the suite opens a database a test file; loading the tarball takes a third.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const client = await PGlite.create('memory://');
  const dump = await client.dumpDataDir('none');
  await client.close();
  const path = join(tmpdir(), `claimline-pglite-template-${process.pid}.tar`);
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', path);
  return () => rm(path, { force: true });
}
