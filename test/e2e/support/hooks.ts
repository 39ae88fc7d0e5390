/** Root hooks (loaded by `test/e2e/.mocharc.json`): the shared VS Code ends after the last suite. */
import type { RootHookObject } from 'mocha';
import { stopSharedSession } from './session';

export const mochaHooks: RootHookObject = {
  async afterAll() {
    await stopSharedSession();
  },
};
