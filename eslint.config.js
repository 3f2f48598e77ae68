// One linter (ESLint) and one formatter (Prettier, checked separately in `npm run lint`).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import checkFile from 'eslint-plugin-check-file';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// PRODUCT.md "Architecture": app → features → charts/ui → domain ← data.
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/data', './src/ui', './src/charts', './src/features', './src/app'],
    message: 'domain/ is pure: it imports no other layer.',
  },
  {
    target: './src/data',
    from: ['./src/ui', './src/charts', './src/features', './src/app'],
    message: 'data/ must stay usable in Node: no UI layers.',
  },
  {
    target: './src/ui',
    from: ['./src/data', './src/charts', './src/features', './src/app'],
    message: 'ui/ holds generic pieces: domain types only.',
  },
  {
    target: './src/charts',
    from: ['./src/data', './src/features', './src/app'],
    message: 'charts/ take domain objects; no fetching.',
  },
  { target: './src/features', from: ['./src/app'], message: 'features/ must not import app/.' },
  // Each page is self-contained: shared pieces go down a layer (ui/, charts/, domain/, data/).
  ...readdirSync(path.join(import.meta.dirname, 'src/features'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({
      target: `./src/features/${name}`,
      from: './src/features',
      except: [`./${name}`],
      message: 'a feature must not import another feature (STYLE.md).',
    })),
  {
    target: './src',
    from: ['./scripts', './tests'],
    message: 'src/ never imports scripts or tests.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, 'check-file': checkFile },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'tests/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      '@typescript-eslint/explicit-function-return-type': ['error', { allowExpressions: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'recharts', '@tanstack/react-query'],
              message: 'domain/ and data/ are framework-free.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Every word a reader sees comes from the catalogues (src/app/i18n/locales): no text in
    // markup, nor in the attributes that name or describe things. Codes, numbers and
    // punctuation are not words.
    files: ['src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'alt',
              'placeholder',
              'label',
            ],
          },
          words: { exclude: [/^[\p{P}\p{S}\p{N}\s]+$/u, /^[A-Z0-9_ ./-]+$/] },
        },
      ],
    },
  },
  {
    // Markup from strings is how data would become script: text is rendered as text. The one
    // exception (the prerendered chart layer, the page's own build-time SVG read back from
    // its DOM) says why where it is.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No markup from strings: render text as text.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
          message: 'No markup from strings: build elements or render text.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment)$/]',
          message: 'No markup from strings: build elements or render text.',
        },
        {
          selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']",
          message: 'No code from strings (and the CSP forbids it).',
        },
      ],
    },
  },
  prettier,
);
