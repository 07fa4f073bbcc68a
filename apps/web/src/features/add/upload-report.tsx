import { Link } from '@tanstack/react-router';

/** One row of the upload report. */
export interface ReportRow {
  label: string;
  outcome: 'added' | 'duplicate' | 'refused';
  detail: string;
  articleId?: string;
}

function ReportTable({ rows, caption }: { rows: ReportRow[]; caption: string }) {
  return (
    <table className="data-table report">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Article</th>
          <th scope="col">Result</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={`${r.label}-${i}`} className={`outcome-${r.outcome}`}>
            <td>
              {r.articleId ? (
                <Link to="/articles/$id" params={{ id: r.articleId }}>
                  {r.label}
                </Link>
              ) : (
                r.label
              )}
            </td>
            <td>{r.outcome}</td>
            <td>{r.detail}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * What an upload did: the counts, where to go next, the refused lines (each needs the user), and every
 * article in a collapsed table, so a corpus of a thousand lines does not make the page 40,000 px tall.
 */
export function UploadReport({ rows }: { rows: ReportRow[] }) {
  const counts = { added: 0, duplicate: 0, refused: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  const refused = rows.filter((r) => r.outcome === 'refused');
  return (
    <div className="upload-report">
      <p role="status">
        {counts.added} added, {counts.duplicate} skipped as duplicates, {counts.refused} refused.
      </p>
      {counts.added + counts.duplicate > 0 ? (
        <p>
          Next: <Link to="/articles">open the articles list</Link> or <Link to="/">see who said what on the overview</Link>.
        </p>
      ) : null}
      {refused.length ? (
        <>
          <h3>Refused: fix these lines and upload them again</h3>
          <ReportTable rows={refused} caption="Uploaded articles that were refused, with the reason" />
        </>
      ) : null}
      <details className="report-all">
        <summary>Every article of this upload ({rows.length.toLocaleString('en')})</summary>
        <ReportTable rows={rows} caption="What happened to each uploaded article" />
      </details>
    </div>
  );
}
