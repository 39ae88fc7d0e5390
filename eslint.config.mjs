// ESLint flat config: typescript-eslint's recommended rules over all TypeScript in the project.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.code-server/', 'test-results/', '.bench/', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // The core stays free of the editor so it runs in the CLI, in tests and in benchmarks; the
    // language server and the protocol it shares with the extension run outside VS Code too.
    files: ['src/core/**/*.ts', 'src/server/**/*.ts', 'src/protocol/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
  },
);
