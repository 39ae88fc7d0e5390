/** One `program-pilot <name>` subcommand. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a file's bytes; throws, with the file system's `code`, when it cannot (injected so tests need no files). */
  readonly readFile: (path: string) => Uint8Array;
  /**
   * Writes a file; throws with the file system's `code` when it cannot, and with `EEXIST` when
   * the file exists and `overwrite` is false. Absent where a command may not write (tests).
   */
  readonly writeFile?: (path: string, text: string, options: { readonly overwrite: boolean }) => void;
  readonly cwd: string;
}

export interface CliCommand {
  readonly name: string;
  /** One line for `program-pilot --help`. */
  readonly summary: string;
  /** Full usage text for `program-pilot <name> --help`. */
  readonly usage: string;
  /** Returns the process exit status. */
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}
