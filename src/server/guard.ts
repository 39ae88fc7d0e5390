/**
 * The server never dies on a file: every handler runs guarded, so an exception becomes an LSP
 * error answer (the request fails, the server goes on) and is logged to the connection's console,
 * which the client shows in the "Program Pilot" output channel. A `ResponseError` thrown on
 * purpose (e.g. "this cannot be renamed") is answered as it is, without a log entry.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';

export interface Logger {
  error(message: string): void;
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function guarded<A extends unknown[], R>(logger: Logger, name: string, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R | ResponseError<void>> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<void>;
      logger.error(`${name} failed: ${describeError(error)}`);
      return new ResponseError<void>(LSPErrorCodes.RequestFailed, `Program Pilot could not answer ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** For notifications: nobody waits for an answer, so a failure is only logged. */
export function guardedEvent<A extends unknown[]>(logger: Logger, name: string, handler: (...args: A) => unknown): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await handler(...args);
    } catch (error) {
      logger.error(`${name} failed: ${describeError(error)}`);
    }
  };
}
