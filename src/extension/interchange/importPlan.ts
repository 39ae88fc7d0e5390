/**
 * "Program Pilot: Import Plan…": an MS Project XML file or a CSV task list becomes a new program
 * file, opened unsaved beside the source so the user reviews it before saving. For a CSV file the
 * user confirms or changes which column holds what (the server recognises Jira exports and
 * spreadsheet task lists). The server reads and converts the file; nothing is written here.
 */
import * as vscode from 'vscode';
import { FIELDS } from '../../core/interchange/csv/layouts';
import { IMPORT_COLUMNS, IMPORT_PLAN, type ImportPlanResult } from '../../protocol/interchange';
import type { ProgramServer } from '../programServer';

export const IMPORT_PLAN_COMMAND = 'programPilot.importPlan';

/** Arguments for tests and other extensions: the file, and the CSV columns instead of asking. */
export interface ImportPlanOptions {
  readonly map?: Readonly<Record<string, string>>;
}

export function registerImportPlan(server: ProgramServer): vscode.Disposable {
  return vscode.commands.registerCommand(IMPORT_PLAN_COMMAND, (source?: vscode.Uri, options?: ImportPlanOptions) => importPlanCommand(server, source, options));
}

/** Resolves with the untitled document it opened, or undefined when cancelled or refused. */
async function importPlanCommand(server: ProgramServer, given?: vscode.Uri, options?: ImportPlanOptions): Promise<vscode.TextDocument | undefined> {
  const source = given instanceof vscode.Uri ? given : await pickSource();
  if (!source) return undefined;
  const name = source.path.slice(source.path.lastIndexOf('/') + 1);
  const columns = await server.request(IMPORT_COLUMNS, { uri: source.toString() });
  if (!columns.ok) return refuse(name, columns.error);
  let map = options?.map;
  if (!map && columns.format === 'csv' && columns.headers) {
    map = await mapColumns(name, columns.headers, columns.mapping ?? {}, columns.recognised);
    if (!map) return undefined;
  }
  const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Importing ${name}…` }, () =>
    server.request(IMPORT_PLAN, { uri: source.toString(), ...(map ? { map } : {}) }),
  );
  if (!result.ok) return refuse(name, result.error);
  const document = await openUntitled(source, result.yamlText);
  void vscode.window.showInformationMessage(summary(name, result));
  return document;
}

function pickSource(): Thenable<vscode.Uri | undefined> {
  return vscode.window
    .showOpenDialog({
      title: 'Import a plan into Program Pilot',
      openLabel: 'Import',
      canSelectMany: false,
      filters: { 'MS Project XML or CSV': ['xml', 'csv', 'tsv', 'txt'], 'MS Project XML': ['xml'], 'CSV task list': ['csv', 'tsv', 'txt'] },
    })
    .then((picked) => picked?.[0]);
}

function refuse(name: string, error: string): undefined {
  void vscode.window.showErrorMessage(`Cannot import ${name}: ${error}`);
  return undefined;
}

interface FieldItem extends vscode.QuickPickItem {
  readonly field?: string;
}

/**
 * One list of the fields with the column each is read from; picking a field changes its column,
 * "Import" accepts. The task names are required, everything else may stay unmapped.
 */
async function mapColumns(name: string, headers: readonly string[], recognised: Readonly<Record<string, string | undefined>>, layout: string | undefined): Promise<Record<string, string> | undefined> {
  const map: Record<string, string> = Object.fromEntries(Object.entries(recognised).filter((entry): entry is [string, string] => entry[1] !== undefined));
  for (;;) {
    const ready = map.name !== undefined;
    const items: FieldItem[] = [
      {
        label: ready ? '$(check) Import with these columns' : '$(warning) Choose the column with the task names first',
        description: layout && ready ? `recognised as ${layout === 'jira' ? 'a Jira export' : 'a task list'}` : undefined,
      },
      { label: 'Fields', kind: vscode.QuickPickItemKind.Separator },
      ...FIELDS.map((field): FieldItem => ({ label: field, description: map[field] ? `← ${map[field]}` : '(not read)', field })),
    ];
    const picked = await vscode.window.showQuickPick(items, { title: `Import ${name}: which column holds what?`, placeHolder: 'Pick a field to change its column, or import' });
    if (!picked) return undefined;
    if (!picked.field) {
      if (ready) return map;
      continue;
    }
    const column = await vscode.window.showQuickPick([{ label: '(none)', header: undefined }, ...headers.map((header) => ({ label: header, header }))], {
      title: `Import ${name}: the column for ${picked.field}`,
    });
    if (!column) continue;
    if (column.header === undefined) delete map[picked.field];
    else map[picked.field] = column.header;
  }
}

/** An unsaved document named after the source, beside it, so that saving proposes that place. */
async function openUntitled(source: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  const base = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'imported';
  const folder = vscode.Uri.joinPath(source, '..');
  let target = vscode.Uri.joinPath(folder, `${base}.program.yaml`);
  for (let n = 2; (await exists(target)) || isOpen(target.with({ scheme: 'untitled' })); n++) target = vscode.Uri.joinPath(folder, `${base}-${n}.program.yaml`);
  const document = await vscode.workspace.openTextDocument(target.with({ scheme: 'untitled' }));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
  return document;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

function isOpen(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
}

function summary(name: string, result: Extract<ImportPlanResult, { ok: true }>): string {
  const { report } = result;
  const counts = `${report.tasks} task${report.tasks === 1 ? '' : 's'} and ${report.people} ${report.people === 1 ? 'person' : 'people'}`;
  const left = report.warnings.length > 0 ? ` ${report.warnings.length} kind${report.warnings.length === 1 ? '' : 's'} of detail could not be carried over (listed at the top of the file).` : '';
  const errors = report.errors > 0 ? ` The result has ${report.errors} error${report.errors === 1 ? '' : 's'}: see the Problems panel.` : '';
  return `Imported ${counts} from ${name}; ${report.schedule}.${left}${errors} Review it, then save.`;
}
