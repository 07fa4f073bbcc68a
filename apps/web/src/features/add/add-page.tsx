import { AddByLink } from './add-by-link';
import { PasteForm } from './paste-form';
import { UploadPanel } from './upload-panel';

/** Adding articles: paste one with a live preview, add one by link, or upload many from files. */
export function AddPage() {
  return (
    <section className="page">
      <header className="page-header">
        <h1>Add articles</h1>
      </header>
      <PasteForm />
      <AddByLink />
      <UploadPanel />
    </section>
  );
}
