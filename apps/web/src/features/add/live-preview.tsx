import type { ParseResult } from '@claimline/schema';
import type { PreviewState } from './use-preview';

function speakerRows(result: ParseResult) {
  const counts = new Map<string, number>();
  for (const q of result.quotes) if (q.sourceId) counts.set(q.sourceId, (counts.get(q.sourceId) ?? 0) + 1);
  return result.sources
    .map((s) => ({ source: s, count: counts.get(s.id) ?? 0 }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count);
}

/** The live preview beside the paste form: speakers and quotes the parser finds in the text so far. */
export function LivePreview({ state }: { state: PreviewState }) {
  return (
    <section className="preview" aria-labelledby="preview-title" aria-live="polite" aria-busy={state.status === 'loading'}>
      <h2 id="preview-title">Preview</h2>
      {state.status === 'empty' ? (
        <p className="muted">Paste an article: the speakers and quotes found appear here before you save.</p>
      ) : null}
      {state.status === 'loading' ? <p className="muted">Loading the parser…</p> : null}
      {state.status === 'error' ? <p className="error-text">The preview failed: {state.message}. Saving still works.</p> : null}
      {state.status === 'too-complex' ? (
        <p className="error-text">
          This text is too complex to parse ({state.message}). Split the article or remove what is not article text (long runs of links,
          symbols or markup); saving may be refused for the same reason.
        </p>
      ) : null}
      {state.status === 'ready' ? <PreviewResult result={state.result} ms={state.ms} /> : null}
    </section>
  );
}

function PreviewResult({ result, ms }: { result: ParseResult; ms: number }) {
  const speakers = speakerRows(result);
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return (
    <>
      <p className="muted">
        {result.quotes.length} quotes from {speakers.length} speakers
        {result.article.title ? <> · title: “{result.article.title}”</> : null} · parsed in {Math.max(1, Math.round(ms))} ms
      </p>
      <h3>Speakers found</h3>
      {speakers.length ? (
        <ul aria-label="Speakers found" className="plain speakers-found">
          {speakers.map(({ source, count }) => (
            <li key={source.id}>
              <strong>{source.name}</strong>{' '}
              <span className="muted">
                ({source.kind}
                {source.roles[0] ? `, ${source.roles[0]}` : ''}) · {count}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No attributed quotes yet.</p>
      )}
      <h3>Quotes found</h3>
      <ol className="preview-quotes">
        {result.quotes.map((q) => (
          <li key={q.id}>
            <span className="speaker-tag">{q.sourceId ? (names.get(q.sourceId) ?? 'unknown') : 'unattributed'}</span>{' '}
            <span className={`kind kind-${q.kind}`}>{q.kind}</span> {q.text}
          </li>
        ))}
      </ol>
    </>
  );
}
