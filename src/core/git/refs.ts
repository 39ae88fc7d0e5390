/**
 * Refs, tags and the state of one file, for baselines: what a ref names, which tags exist,
 * whether the file as saved is committed, and making an annotated tag (never moving one).
 */
import { runGit, type GitOptions } from './git';

const trimmed = (text: string): string => text.replace(/\r?\n$/, '');

/** The commit a ref (tag, branch, commit id) names, or undefined when it names none. */
export async function resolveCommit(ref: string, options: GitOptions): Promise<string | undefined> {
  // `--end-of-options`: a ref written `--output=x` is a ref, not an option.
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], options);
  return result.code === 0 ? trimmed(result.stdout) || undefined : undefined;
}

/** The blob of `path` (from the repository's top) in `commit`, or undefined when the commit has no such file. */
export async function blobAt(commit: string, path: string, options: GitOptions): Promise<string | undefined> {
  const result = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${commit}:${path}`], options);
  return result.code === 0 ? trimmed(result.stdout) || undefined : undefined;
}

/** Every tag's name. */
export async function listTags(options: GitOptions): Promise<string[]> {
  const result = await runGit(['tag', '--list'], options);
  return result.code === 0 ? result.stdout.split('\n').filter((name) => name !== '') : [];
}

/** The commits reachable from `commit` (itself included). */
export async function ancestors(commit: string, options: GitOptions): Promise<Set<string>> {
  const result = await runGit(['rev-list', '--end-of-options', commit], { ...options, timeout: options.timeout ?? 60_000 });
  return new Set(result.code === 0 ? result.stdout.split('\n').filter((line) => line !== '') : []);
}

/**
 * Whether the file as saved differs from HEAD: changed, staged, untracked or deleted. `path` is
 * from the repository's top (`cwd`), as `locateInRepository` gives it.
 */
export async function hasUncommittedChanges(path: string, options: GitOptions): Promise<boolean | { readonly unavailable: string }> {
  const result = await runGit(['--literal-pathspecs', 'status', '--porcelain', '-z', '--untracked-files=all', '--', path], options);
  if (result.code !== 0) return { unavailable: `git status failed: ${result.stderr.trim()}` };
  return result.stdout !== '';
}

/** The commit of an existing tag, or undefined. */
export async function tagCommit(name: string, options: GitOptions): Promise<string | undefined> {
  return resolveCommit(`refs/tags/${name}`, options);
}

/**
 * Creates the annotated tag `name` on `commit`. Refuses when the tag exists, wherever it points:
 * a baseline that moves is no baseline.
 */
export async function createAnnotatedTag(
  name: string,
  commit: string,
  message: string,
  options: GitOptions,
): Promise<{ readonly created: string } | { readonly refused: string }> {
  const existing = await tagCommit(name, options);
  if (existing) return { refused: `the tag '${name}' already exists (on commit ${existing.slice(0, 10)}); a baseline tag is never moved` };
  const result = await runGit(['tag', '--annotate', '--message', message, '--end-of-options', name, commit], options);
  if (result.code !== 0) return { refused: `git tag failed: ${result.stderr.trim()}` };
  return { created: name };
}
