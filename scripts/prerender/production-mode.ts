/**
 * Imported first by prerender.ts, for its side effect alone: ES modules evaluate their imports
 * in order, so every module imported after this one (React included, statically or not) sees
 * NODE_ENV already set. React and react-dom each pick their development or production build
 * when first loaded; set any later, a static import of React would get the development build
 * beside react-dom's production one, and rendering fails with "dispatcher.getOwner is not a
 * function".
 */
process.env.NODE_ENV ??= 'production';
