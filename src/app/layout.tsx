import type { ReactElement, ReactNode } from 'react';
import { Link } from 'react-router';

import { SITE_NAME } from './site';

export function Layout({ children }: { children: ReactNode }): ReactElement {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="site-name">
            {SITE_NAME}
          </Link>
          <nav aria-label="Main">
            <Link to="/">Indicators</Link>
            <Link to="/checks">Fact checks</Link>
            <Link to="/timeline">Timeline</Link>
            <Link to="/recommendations">Recommendations</Link>
            <Link to="/source">Report</Link>
            <Link to="/data/">Data</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Source: Information received from Kazakhstan on follow-up to the concluding observations
            on its fourth periodic report (CAT/C/KAZ/CO/4), United Nations Committee against
            Torture, received 13 May 2024.
          </p>
          <p>Curated data: CC BY 4.0. Every figure links to the paragraph it comes from.</p>
        </div>
      </footer>
    </>
  );
}
