import { AboutPage } from '../features/about/about-page';
import { ChecksPage } from '../features/checks/checks-page';
import { DataCataloguePage } from '../features/data-catalogue/data-catalogue-page';
import { EmbedRoute } from '../features/embed/embed-route';
import { HomePage } from '../features/home/home-page';
import { IndicatorPage } from '../features/indicator/indicator-page';
import { NotFoundPage } from '../features/not-found/not-found-page';
import { RecommendationsPage } from '../features/recommendations/recommendations-page';
import { SourcePage } from '../features/source/source-page';
import { TimelinePage } from '../features/timeline/timeline-page';
import type { PageComponents } from './route-table';

/**
 * The pages imported directly, for the build's prerendering: a lazy page would suspend and
 * leave a loading fallback plus inline reveal scripts in the static HTML.
 */
export const eagerPages: PageComponents = {
  HomePage,
  IndicatorPage,
  EmbedPage: EmbedRoute,
  SourcePage,
  TimelinePage,
  ChecksPage,
  RecommendationsPage,
  DataCataloguePage,
  AboutPage,
  NotFoundPage,
};
