import { Link, Outlet } from '@tanstack/react-router';
import { SavedSearchNav } from '../saved-searches/saved-search-nav';

const NAV = [
  { to: '/', label: 'Overview' },
  { to: '/speakers', label: 'Speakers' },
  { to: '/quotes', label: 'Quotes' },
  { to: '/claims', label: 'Claims' },
  { to: '/review', label: 'Review' },
  { to: '/articles', label: 'Articles' },
  { to: '/add', label: 'Add articles' },
  { to: '/feeds', label: 'Feeds' },
] as const;

/** The frame around every view: skip link, header navigation, the saved searches and the main region. */
export function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Claim<span>line</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  activeOptions={{ exact: item.to === '/', includeSearch: false }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <SavedSearchNav />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/** Shown for a URL no view answers. */
export function NotFound() {
  return (
    <section className="state" role="status">
      <h1>Page not found</h1>
      <p>
        This link points nowhere. Go to the <Link to="/">overview</Link> or <Link to="/add">add an article</Link>.
      </p>
    </section>
  );
}
