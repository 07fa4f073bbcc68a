import type { IngestItemResult } from '@claimline/schema';
import { useState, type ChangeEvent } from 'react';
import { useTRPCClient } from '../../lib/trpc';
import { useRefreshEverything } from '../corrections/use-correction';
import { readUpload, type UploadItem } from './read-upload';
import { UploadReport, type ReportRow } from './upload-report';

const BATCH = 50;

function rowFor(label: string, result: IngestItemResult | undefined): ReportRow {
  if (!result) return { label, outcome: 'refused', detail: 'no answer from the server: try this file again' };
  if (!result.ok) return { label, outcome: 'refused', detail: result.error.message };
  const { status, quoteCount, sourceCount, articleId } = result.result;
  return status === 'created'
    ? { label, outcome: 'added', detail: `${quoteCount} quotes, ${sourceCount} speakers`, articleId }
    : { label, outcome: 'duplicate', detail: 'same text already stored', articleId };
}

/** Uploads .txt and .jsonl files in batches through articles.ingestMany, with progress and a per-article report. */
export function UploadPanel() {
  const client = useTRPCClient();
  const refresh = useRefreshEverything();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [rows, setRows] = useState<ReportRow[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setFailure(null);
    const items: UploadItem[] = [];
    for (const file of files) items.push(...readUpload(file.name, await file.text()));
    const report: ReportRow[] = items.flatMap((i) =>
      'error' in i ? [{ label: i.label, outcome: 'refused' as const, detail: i.error }] : [],
    );
    const sendable = items.filter((i): i is Extract<UploadItem, { input: unknown }> => 'input' in i);
    setRows(report);
    setProgress({ done: 0, total: sendable.length });
    try {
      for (let start = 0; start < sendable.length; start += BATCH) {
        const batch = sendable.slice(start, start + BATCH);
        const { results } = await client.articles.ingestMany.mutate({ articles: batch.map((b) => b.input) });
        report.push(
          ...batch.map((b, i) =>
            rowFor(
              b.label,
              results.find((r) => r.index === i),
            ),
          ),
        );
        setRows([...report]);
        setProgress({ done: Math.min(sendable.length, start + batch.length), total: sendable.length });
      }
    } catch (error) {
      setFailure(
        `The upload stopped: ${error instanceof Error ? error.message : String(error)}. What is listed below was handled; upload the rest again (duplicates are skipped).`,
      );
    }
    void refresh();
  };

  return (
    <section className="upload" aria-labelledby="upload-title">
      <h2 id="upload-title">Upload files</h2>
      <p className="muted">
        A .txt file is one article; a .jsonl file has one JSON article per line ({'{"text", "title", "outlet", "url", "publishedAt"}'}).
      </p>
      <label className="file-button">
        Choose .txt or .jsonl files
        <input type="file" accept=".txt,.jsonl,.ndjson,text/plain" multiple onChange={(e) => void upload(e)} />
      </label>
      {progress ? (
        <div className="progress">
          <label htmlFor="upload-progress">
            Sent {progress.done} of {progress.total} articles
          </label>
          <progress id="upload-progress" max={Math.max(1, progress.total)} value={progress.done} />
        </div>
      ) : null}
      {failure ? (
        <p role="alert" className="error-text">
          {failure}
        </p>
      ) : null}
      {rows.length ? <UploadReport rows={rows} /> : null}
    </section>
  );
}
