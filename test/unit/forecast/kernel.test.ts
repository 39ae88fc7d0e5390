import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kernel } from '../../../src/core/forecast/kernel';
import { KERNEL_WASM } from '../../../src/core/forecast/kernelWasm';
import { assembleKernel, kernelModuleSource } from '../../../scripts/kernelAssembler';

const folder = join(__dirname, '..', '..', '..', 'src', 'core', 'forecast');

describe('the forecast\'s WebAssembly kernel', () => {
  it('is the assembly of kernel.wat as it stands (run `npm run build:kernel` after editing it)', async () => {
    const bytes = await assembleKernel(readFileSync(join(folder, 'kernel.wat'), 'utf8'));
    assert.equal(readFileSync(join(folder, 'kernelWasm.ts'), 'utf8'), kernelModuleSource(bytes));
    assert.equal(Buffer.from(KERNEL_WASM, 'base64').length, bytes.length);
  });

  it('lays arrays out 16-byte aligned, each its own, in a memory sized once', () => {
    const kernel = new Kernel();
    const bytes = kernel.uint8(3);
    const big = kernel.float64(20_000);
    const small = kernel.int8(1);
    assert.deepEqual([bytes.at % 16, big.at % 16, small.at % 16], [0, 0, 0]);
    assert.ok(big.at >= bytes.at + 3 && small.at >= big.at + 160_000);
    kernel.open();
    big.view.fill(7);
    bytes.view.fill(1);
    small.view[0] = -1;
    assert.deepEqual([big.view.length, big.view[0], big.view[19_999], bytes.view[2], small.view[0]], [20_000, 7, 7, 1, -1]);
    assert.throws(() => kernel.float64(1), /already laid out/);
    assert.throws(() => kernel.open(), /already laid out/);
  });

  it('gives two kernels memories of their own', () => {
    const [a, b] = [new Kernel(), new Kernel()];
    const [x, y] = [a.float64(4), b.float64(4)];
    a.open();
    b.open();
    x.view.fill(1);
    a.run.boundMax(x.at, x.at, 2, 4);
    assert.deepEqual([...x.view, ...y.view], [3, 3, 3, 3, 0, 0, 0, 0]);
  });
});
