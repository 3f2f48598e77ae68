import type { Language } from '../../domain/language';
import type { Catalogue, EmbedCatalogue } from './namespaces';

// One chunk per language: a reader downloads only the catalogue of the language they read.
const LOADERS: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./locales/en/index'),
  ru: () => import('./locales/ru/index'),
  kk: () => import('./locales/kk/index'),
};

// An embed's namespaces only; the bundler shares their chunk with the whole catalogue.
const EMBED_LOADERS: Record<Language, () => Promise<{ default: EmbedCatalogue }>> = {
  en: () => import('./locales/en/embed-namespaces'),
  ru: () => import('./locales/ru/embed-namespaces'),
  kk: () => import('./locales/kk/embed-namespaces'),
};

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  return (await LOADERS[language]()).default;
}

export async function loadEmbedCatalogue(language: Language): Promise<EmbedCatalogue> {
  return (await EMBED_LOADERS[language]()).default;
}
