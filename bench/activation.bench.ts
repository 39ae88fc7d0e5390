/**
 * Extension activation: loading the bundled `dist/extension.js` and running `activate()`, against
 * a stand-in `vscode` module whose every API is a no-op, so what is timed is the extension's own
 * work (module evaluation, registrations). Target: ≤ 50 ms. The language client, most of the
 * extension's code, is a bundle of its own loaded right after activation (timed on its own row);
 * the Gantt and critical-path webview bundle is loaded by the panels only, never at activation.
 * Build first (`npm run build`); the bundles' sizes are printed beside the table.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { measure, type BenchOptions, type BenchRow } from './harness';

const BUNDLE = join(__dirname, '..', 'dist', 'extension.js');
const CLIENT = join(__dirname, '..', 'dist', 'languageClient.js');
const VSCODE_VERSION = '1.138.0';

/** Any property, call or construction gives the stand-in again; awaiting it gives it at once. */
function standIn(): unknown {
  const target = function () {
    /* no-op */
  };
  const proxy: unknown = new Proxy(target, {
    get: (_target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => 0 : proxy),
    set: () => true,
    apply: () => proxy,
    construct: () => proxy as object,
  });
  return proxy;
}

/**
 * The module itself: the bundle reads it as an ES module namespace, so it must list its names;
 * they are taken from the API's type declarations.
 */
function vscodeModule(): unknown {
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = new Set([...declarations.matchAll(/^\t?export (?:namespace|enum|class|function|const|let) (\w+)/gm)].map((match) => match[1]));
  const member = standIn();
  return new Proxy(
    { __esModule: true },
    {
      // The language client checks the editor's version before anything else.
      get: (_target, key) => (key === '__esModule' ? true : key === 'then' ? undefined : key === 'version' ? VSCODE_VERSION : member),
      ownKeys: () => ['__esModule', ...names],
      getOwnPropertyDescriptor: (_target, key) => ({ configurable: true, enumerable: true, writable: false, value: key === '__esModule' ? true : key === 'version' ? VSCODE_VERSION : member }),
    },
  );
}

interface Loader {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
}

export default async function activationBench(options: BenchOptions): Promise<BenchRow[]> {
  if (!existsSync(BUNDLE)) throw new Error('dist/extension.js is missing: run `npm run build` first');
  console.log(`dist/extension.js: ${(statSync(BUNDLE).size / 1024).toFixed(0)} KB, dist/languageClient.js: ${(statSync(CLIENT).size / 1024).toFixed(0)} KB`);
  const loader = Module as unknown as Loader;
  const load = loader._load.bind(loader);
  const vscode = vscodeModule();
  const context = standIn();
  loader._load = (request, parent, isMain) => (request === 'vscode' ? vscode : load(request, parent, isMain));
  // The workspace scan after activation runs against the stand-in; its outcome is not the point.
  const ignore = (): void => undefined;
  process.on('unhandledRejection', ignore);
  try {
    const row = measure(
      'extension activation (load bundle + activate())',
      0,
      () => {
        delete require.cache[require.resolve(BUNDLE)];
        const extension = load(BUNDLE, module, false) as { activate(context: unknown): void };
        extension.activate(context);
      },
      { runs: options.runs, warmup: 0 },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const client = measure(
      'language client: load dist/languageClient.js + create (right after activation)',
      0,
      () => {
        delete require.cache[require.resolve(CLIENT)];
        const bundle = load(CLIENT, module, false) as { createLanguageClient(context: unknown, redHatValidates: () => boolean): unknown };
        return bundle.createLanguageClient(context, () => false);
      },
      { runs: options.runs, warmup: 0 },
    );
    return [row, client];
  } finally {
    loader._load = load;
    process.off('unhandledRejection', ignore);
  }
}
