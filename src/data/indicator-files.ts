/** Where an indicator's two files are, relative to the data folder (the data contract's paths). */
export function indicatorFiles(id: string): { observationsPath: string; metadataPath: string } {
  return { observationsPath: `indicators/${id}.csv`, metadataPath: `indicators/${id}.json` };
}
