/**
 * Whether Red Hat's YAML extension is validating, for the server's `programPilot.schemaDiagnostics`
 * decision on documents in the `yaml` mode (only the editor knows which extensions are active).
 */
import * as vscode from 'vscode';

const RED_HAT_YAML = 'redhat.vscode-yaml';

function decide(): boolean {
  // getExtension only knows installed, enabled extensions; `yaml.validate: false` turns its checks off.
  return vscode.extensions.getExtension(RED_HAT_YAML) !== undefined && vscode.workspace.getConfiguration('yaml').get<boolean>('validate', true);
}

export class YamlValidation implements vscode.Disposable {
  private current = decide();
  private readonly changed = new vscode.EventEmitter<boolean>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor() {
    const update = () => {
      const next = decide();
      if (next === this.current) return;
      this.current = next;
      this.changed.fire(next);
    };
    this.subscriptions.push(vscode.extensions.onDidChange(update), vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('yaml.validate') && update()));
  }

  get redHatValidates(): boolean {
    return this.current;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
