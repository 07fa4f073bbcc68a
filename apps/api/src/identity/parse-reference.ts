import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { ReferenceEntitySchema, type ReferenceEntity, type ReferenceImportInput } from '@claimline/schema';
import { describeZodError } from '../trpc';

/** Splits CSV text into rows of fields: commas, double-quoted fields with "" for a quote, CRLF or LF. */
export function csvRows(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((f) => f.trim())) out.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      field += c;
    }
  }
  endRow();
  return out;
}

const list = (cell: string | undefined) =>
  (cell ?? '')
    .split('|')
    .map((v) => v.trim())
    .filter(Boolean);

/** Reads a reference list (JSON array, or CSV with the header name,kind,aliases,roles,wikidataId) into checked entities. */
export function parseReference(input: ReferenceImportInput): ReferenceEntity[] {
  let raw: unknown;
  if (input.format === 'json') {
    try {
      raw = JSON.parse(input.text);
    } catch (error) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `the list is not JSON (${(error as Error).message}): send an array of { name, kind, aliases, roles, wikidataId }`,
      });
    }
  } else {
    const [header, ...body] = csvRows(input.text);
    const columns = (header ?? []).map((h) => h.trim());
    if (!columns.includes('name') || !columns.includes('kind'))
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: 'the CSV needs a header row with at least name and kind: name,kind,aliases,roles,wikidataId',
      });
    raw = body.map((cells) => {
      const cell = (name: string) => cells[columns.indexOf(name)]?.trim();
      const wikidataId = cell('wikidataId');
      return {
        name: cell('name'),
        kind: cell('kind'),
        aliases: list(cell('aliases')),
        roles: list(cell('roles')),
        ...(wikidataId ? { wikidataId } : {}),
      };
    });
  }
  const checked = z
    .array(ReferenceEntitySchema)
    .min(1, { error: 'the list is empty: give at least one entity' })
    .max(10_000)
    .safeParse(raw);
  if (!checked.success) throw new TRPCError({ code: 'BAD_REQUEST', message: `reference list: ${describeZodError(checked.error)}` });
  return checked.data;
}
