// The part of one language's catalogue an embed needs (see EMBED_NAMESPACES).
import type { EmbedCatalogue } from '../../namespaces';
import common from './common.json';
import format from './format.json';
import charts from './charts.json';
import embed from './embed.json';

export default { common, format, charts, embed } satisfies EmbedCatalogue;
