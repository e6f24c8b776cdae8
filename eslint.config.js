// typescript-eslint's recommended rules over the sources, tests, benchmarks and eval; Prettier decides layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Text from notes and people is cleaned of control characters on purpose: those regexes name them.
      'no-control-regex': 'off',
      // A handle declared before the closure that may read it, assigned once the thing exists (main.ts's bot).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests build malformed payloads and fakes speak raw platform JSON.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
