// The part of @vscode/vsce's API the harness uses (the package ships no type declarations).
declare module '@vscode/vsce' {
  /** How vsce collects the production dependencies; `None` ships none and runs no `npm list`. */
  export enum PackageManager {
    Npm = 0,
    Yarn = 1,
    None = 2,
  }
  /** The files `vsce package` would put into the .vsix, relative to `cwd`. */
  export function listFiles(options: { cwd?: string; packageManager?: PackageManager }): Promise<string[]>;
}
