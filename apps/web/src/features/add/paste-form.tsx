import { ArticleInputSchema, MAX_ARTICLE_CHARS, type ArticleInput } from '@claimline/schema';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../lib/trpc';
import { useRefreshEverything } from '../corrections/use-correction';
import { MutationError } from '../layout/mutation-error';
import { LivePreview } from './live-preview';
import { usePreview } from './use-preview';

/** Paste one article with optional title, outlet, URL and date; a live preview shows what will be found. */
export function PasteForm() {
  const trpc = useTRPC();
  const refresh = useRefreshEverything();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [outlet, setOutlet] = useState('');
  const [url, setUrl] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const preview = usePreview(text, title.trim() || undefined);
  const ingest = useMutation(
    trpc.articles.ingest.mutationOptions({
      onSuccess: () => {
        // Saved: the form is ready for the next article (the message keeps the link to this one).
        for (const clear of [setText, setTitle, setOutlet, setUrl, setDate]) clear('');
        return refresh();
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: ArticleInput = { text };
    if (title.trim()) input.title = title.trim();
    if (outlet.trim()) input.outlet = outlet.trim();
    if (url.trim()) input.url = url.trim();
    if (date) input.publishedAt = date;
    // Check here first so the user hears what to fix without a round trip; the server checks again.
    const checked = ArticleInputSchema.safeParse(input);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      setProblem(`${issue?.path.join('.') || 'input'}: ${issue?.message ?? 'invalid'}`);
      return;
    }
    setProblem(null);
    ingest.mutate(checked.data);
  };

  return (
    <div className="add-layout">
      <form className="paste-form" aria-labelledby="paste-title" onSubmit={submit} noValidate>
        <h2 id="paste-title">Paste an article</h2>
        <div className="field">
          <label htmlFor="add-text">Article text</label>
          <textarea
            id="add-text"
            value={text}
            rows={16}
            aria-describedby="add-text-help"
            placeholder="Paste the article as copied: title, body, captions and all."
            onChange={(e) => setText(e.target.value)}
          />
          <p id="add-text-help" className="muted small">
            {text.length.toLocaleString('en')} / {MAX_ARTICLE_CHARS.toLocaleString('en')} characters. A first line that is a headline
            becomes the title.
          </p>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="add-title">Title (optional)</label>
            <input id="add-title" value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="add-outlet">Outlet (optional)</label>
            <input id="add-outlet" value={outlet} placeholder="e.g. Reuters" onChange={(e) => setOutlet(e.target.value)} />
          </div>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="add-url">URL (optional)</label>
            <input id="add-url" type="url" value={url} placeholder="https://…" onChange={(e) => setUrl(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="add-date">Published (optional)</label>
            <input id="add-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </div>
        </div>
        <div className="actions">
          <button type="submit" disabled={ingest.isPending}>
            {ingest.isPending ? 'Saving…' : 'Save article'}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {problem ? <p className="error-text">Not saved. {problem}</p> : null}
          {ingest.isError ? <MutationError error={ingest.error} action="Not saved" /> : null}
          {ingest.isSuccess ? (
            <p className="success">
              {ingest.data.status === 'created' ? 'Saved' : 'Already stored (same text)'}: {ingest.data.quoteCount} quotes from{' '}
              {ingest.data.sourceCount} speakers.{' '}
              <Link to="/articles/$id" params={{ id: ingest.data.articleId }}>
                Open the article
              </Link>
            </p>
          ) : null}
        </div>
      </form>
      <LivePreview state={preview} />
    </div>
  );
}
