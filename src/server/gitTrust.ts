/**
 * The one trust policy for git in the server. A repository's own configuration can make git run
 * programs (hooks, `core.fsmonitor`, filters), so in a folder VS Code has not trusted
 * (Restricted Mode) the server runs no git at all: week over week, baselines, the milestone
 * trend, the history metrics and Set Baseline each say why instead. The client tells the trust at
 * start (`initializationOptions.workspaceTrusted`) and when it is granted (WORKSPACE_TRUSTED).
 * Clients without the notion of trust (other editors) are trusted, as their git would be.
 */
import type { BaselineLookup } from '../core/baseline/baselineVersion';
import { GIT, type BaselineGit } from './baseline';

export const RESTRICTED_MODE = 'this folder is not trusted (Restricted Mode), so Program Pilot runs no git in it; trust the folder to use the plan\'s git history';

export class GitTrust {
  constructor(private trusted = true) {}

  /** Why git may not run now, or undefined when it may. */
  refusal(): string | undefined {
    return this.trusted ? undefined : RESTRICTED_MODE;
  }

  /** Sets the trust; returns whether it was just granted (what was refused can now be read). */
  set(trusted: boolean): boolean {
    const granted = trusted && !this.trusted;
    this.trusted = trusted;
    return granted;
  }
}

/** The baselines' git, refusing while the folder is not trusted. */
export function trustedBaselineGit(trust: GitTrust, git: BaselineGit = GIT): BaselineGit {
  return {
    commitOf: (filePath, ref) => (trust.refusal() ? Promise.resolve(undefined) : git.commitOf(filePath, ref)),
    load: (filePath, ref): Promise<BaselineLookup> => {
      const refusal = trust.refusal();
      return refusal ? Promise.resolve({ problem: { kind: 'no-git', message: refusal } }) : git.load(filePath, ref);
    },
  };
}
