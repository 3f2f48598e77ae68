import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactElement } from 'react';
import { Link } from 'react-router';
import { describeError } from '../../data/describe-error';
import { ErrorPanel } from '../../ui/error-panel';
import { Loading } from '../../ui/loading';
import { RegionBoundary } from '../../ui/region-boundary';
import { TimelineView } from './components/timeline-view';
import { eventsQueryOptions } from './queries';

export function TimelinePage(): ReactElement {
  const query = useQuery(eventsQueryOptions());
  useEffect(() => {
    document.title = 'Timeline of measures · Kazakhstan torture-prevention indicators';
  }, []);
  return (
    <div className="timeline-page">
      <section className="intro" aria-labelledby="timeline-heading">
        <h1 id="timeline-heading">Timeline of measures</h1>
        <p className="lead">
          Every dated law, order, decree, plan, training session and other measure that Kazakhstan
          reported in its 2024 follow-up information to the Committee against Torture, in date
          order. Each date is given as precisely as the report gives it, with the words it is quoted
          from and a link to its paragraph in the <Link to="/source">report</Link>.
        </p>
      </section>
      {query.isError && (
        <ErrorPanel
          title="The timeline of measures"
          {...describeError(query.error)}
          onRetry={() => void query.refetch()}
        />
      )}
      {query.isPending && <Loading label="Loading the timeline…" />}
      {query.isSuccess && (
        <RegionBoundary title="The timeline of measures">
          <TimelineView events={query.data} />
        </RegionBoundary>
      )}
    </div>
  );
}
