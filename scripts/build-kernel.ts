// Assembles the forecast's WebAssembly kernel (src/core/forecast/kernel.wat) into
// src/core/forecast/kernelWasm.ts, so the engine needs no assembler at run time.
// Run after editing kernel.wat: `npm run build:kernel`. test/unit/forecast/kernel.test.ts fails
// while the two disagree.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assembleKernel, kernelModuleSource } from './kernelAssembler';

const folder = join(__dirname, '..', 'src', 'core', 'forecast');

async function main(): Promise<void> {
  const bytes = await assembleKernel(await readFile(join(folder, 'kernel.wat'), 'utf8'));
  await writeFile(join(folder, 'kernelWasm.ts'), kernelModuleSource(bytes));
  console.log(`kernelWasm.ts: ${bytes.length} bytes of WebAssembly`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
