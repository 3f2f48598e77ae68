import type { Language } from '../../domain/language';
import type { Catalogue } from './namespaces';

// One chunk per language: a reader downloads only the catalogue of the language they read.
const LOADERS: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./locales/en/index'),
  ru: () => import('./locales/ru/index'),
  kk: () => import('./locales/kk/index'),
};

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  return (await LOADERS[language]()).default;
}
