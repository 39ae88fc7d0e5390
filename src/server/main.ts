/**
 * `program-pilot-language-server --stdio` (or `--node-ipc`, as the extension starts it): the
 * Program Pilot language server for any editor that speaks LSP.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describeError } from './guard';
import { startServer } from './languageServer';

const connection = createConnection(ProposedFeatures.all);
// Handlers are guarded; this catches a promise someone forgot, without taking the server down.
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${describeError(reason)}`));
startServer(connection);
