// One language's catalogue, a namespace a page or layer (see src/app/i18n/namespaces.ts).
import type { Catalogue } from '../../namespaces';
import common from './common.json';
import format from './format.json';
import charts from './charts.json';
import home from './home.json';
import indicator from './indicator.json';
import embed from './embed.json';
import source from './source.json';
import timeline from './timeline.json';
import checks from './checks.json';
import recommendations from './recommendations.json';
import data from './data.json';
import about from './about.json';
import meta from './meta.json';

export default {
  common,
  format,
  charts,
  home,
  indicator,
  embed,
  source,
  timeline,
  checks,
  recommendations,
  data,
  about,
  meta,
} satisfies Catalogue;
