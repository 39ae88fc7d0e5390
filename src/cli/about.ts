/** What the command line says about itself, from package.json (esbuild bundles only these two fields). */
import { repository, version } from '../../package.json';

export const VERSION: string = version;

/** Where to report a bug: the repository's GitHub issues, as npm derives them from its URL. */
export const ISSUES_URL = `${repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/issues`;
