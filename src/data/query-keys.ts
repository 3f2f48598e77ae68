/** Every TanStack Query key of the data layer, from one factory. */
export const dataKeys = {
  all: ['data'] as const,
  catalogue: () => [...dataKeys.all, 'catalogue'] as const,
  catalogueTitles: (ids: readonly string[]) =>
    [...dataKeys.catalogue(), 'titles', ids.join(',')] as const,
  topics: () => [...dataKeys.all, 'topics'] as const,
  checks: () => [...dataKeys.all, 'checks'] as const,
  checksReading: (indicatorId: string) => [...dataKeys.checks(), 'reading', indicatorId] as const,
  keyFindings: () => [...dataKeys.checks(), 'key-findings'] as const,
  events: () => [...dataKeys.all, 'events'] as const,
  dataPackage: () => [...dataKeys.all, 'datapackage'] as const,
  datasetCitation: () => [...dataKeys.dataPackage(), 'citation'] as const,
  columnDocs: (path: string) => [...dataKeys.all, 'columns', path] as const,
  tableSummary: (path: string) => [...dataKeys.all, 'table-summary', path] as const,
  indicators: () => [...dataKeys.all, 'indicators'] as const,
  indicator: (id: string) => [...dataKeys.indicators(), id] as const,
  indicatorCard: (id: string) => [...dataKeys.indicator(id), 'card'] as const,
  report: (sourceId: string) => [...dataKeys.all, 'report', sourceId] as const,
  reportParagraphs: (sourceId: string, numbers: readonly number[]) =>
    [...dataKeys.report(sourceId), numbers.join(',')] as const,
  reportDocument: (sourceId: string) => [...dataKeys.report(sourceId), 'document'] as const,
};
