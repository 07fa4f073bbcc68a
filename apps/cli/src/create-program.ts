import { Command, InvalidArgumentError, Option } from 'commander';
import type * as ExportModule from './export/export-command';
import type * as IngestModule from './ingest/ingest-command';
import { loadTs } from './load-ts';
import { parseCommand } from './parse/parse-command';

function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 500)
    throw new InvalidArgumentError('give a whole number from 1 to 500 (articles.ingestMany takes 500 at most)');
  return n;
}

function jobCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new InvalidArgumentError('give a whole number of threads from 1 to 64 (1 parses in the main thread)');
  return n;
}

/** The claimline command line: its commands, options and help texts. */
export function createProgram(): Command {
  const program = new Command('claimline')
    .description('Claimline from the command line: parse articles, ingest them into Claimline, export quotes.')
    .showHelpAfterError('(run claimline help for the commands and their options)');

  program
    .command('parse')
    .description('Parse articles (JSON lines: {"id", "text", "title"?, ...}) and write one prediction a line: {"id", "quotes"}')
    .argument('[file]', 'a .jsonl file, or - for standard input', '-')
    .option('-o, --out <file>', 'write the predictions to this file instead of standard output')
    .addOption(new Option('-j, --jobs <n>', 'threads that parse, in input order (default: one a core)').argParser(jobCount))
    .action(parseCommand);

  program
    .command('ingest')
    .description(
      'Store articles in Claimline: JSON lines as articles.ingestMany takes them ({"text", "title"?, "outlet"?, "url"?, "authors"?, "publishedAt"?}), ' +
        'or a folder of .txt / .html files. Resumable and idempotent: run it again after an interrupt, nothing is stored twice. ' +
        'Exit code 0: all stored; 1: some refused (see the report); 2: the run failed; 130: interrupted.',
    )
    .argument('<input>', 'a .jsonl file, a folder of .txt/.html files, or - for standard input')
    .option('--url <url>', 'send to a running server (default: the embedded database; env CLAIMLINE_URL)')
    .option('--token <token>', "the server's CLAIMLINE_API_TOKEN, for --url (env CLAIMLINE_API_TOKEN)")
    .option('--report <file>', 'where to list refused lines (default: <input name>.refused.jsonl in this folder)')
    .addOption(new Option('--batch <n>', 'articles per request').default(200).argParser(batchSize))
    .option('--fresh', 'ignore where an interrupted run stopped and start from the first line')
    .action(async (input: string, options: IngestModule.IngestOptions) => {
      const { ingestCommand } = await loadTs<typeof IngestModule>('ingest/ingest-command.ts');
      await ingestCommand(input, options);
    });

  const list = (value: string, previous: string[] = []) => [...previous, ...value.split(',').filter((v) => v !== '')];
  program
    .command('export')
    .description(
      'Write every quote matching the filters (the quotes.list filters) as CSV or NDJSON, from the embedded database or a server (--url)',
    )
    .addOption(new Option('--format <format>', 'csv or ndjson').choices(['csv', 'ndjson']).default('csv'))
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .option('--q <words>', 'full-text search over the quote text')
    .option('--source-ids <ids>', 'only these sources (comma-separated ids)', list)
    .option('--source-kinds <kinds>', 'person, organization, anonymous, ... (comma-separated)', list)
    .option('--kinds <kinds>', 'direct, indirect, mixed (comma-separated)', list)
    .option('--outlets <outlets>', 'only these outlets (comma-separated)', list)
    .option('--from <date>', 'from this date on (ISO, inclusive)')
    .option('--to <date>', 'before this date (ISO, exclusive)')
    .option('--url <url>', 'export from a running server (default: the embedded database; env CLAIMLINE_URL)')
    .option('--token <token>', "the server's CLAIMLINE_API_TOKEN (env CLAIMLINE_API_TOKEN)")
    .action(async (options: ExportModule.ExportOptions) => {
      const { exportCommand } = await loadTs<typeof ExportModule>('export/export-command.ts');
      await exportCommand(options);
    });

  return program;
}
