// The part of @vscode/vsce's API the harness uses (the package ships no type declarations).
declare module '@vscode/vsce' {
  /** The files `vsce package` would put into the .vsix, relative to `cwd`. */
  export function listFiles(options: { cwd?: string; packageManager?: 'none' | 'npm' | 'yarn' }): Promise<string[]>;
}
