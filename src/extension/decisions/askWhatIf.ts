/** The pickers of "What if…": which change (or a scenario of the file) and how many working days. */
import * as vscode from 'vscode';
import type { WhatIfQuestion, WhatIfTarget } from '../../protocol/decisions';

type Target = Exclude<WhatIfTarget, { message: string }>;
const MAX_DAYS = 10_000;

export async function askWhatIf(target: Target): Promise<WhatIfQuestion | undefined> {
  type Item = vscode.QuickPickItem & { readonly pick: () => Promise<WhatIfQuestion | undefined> };
  const task = target.taskId;
  const days = (prompt: string, value: number, kind: 'slip' | 'duration' | 'addAfter') => async () => {
    const answer = await vscode.window.showInputBox({ title: `What if: ${target.name}`, prompt, value: String(value), validateInput: validateDays });
    return answer === undefined ? undefined : { change: { kind, task, days: Number(answer.trim()) } };
  };
  const items: Item[] = [
    { label: '$(debug-step-over) Slip…', description: 'start later by N working days', pick: days('Working days it starts later', 5, 'slip') },
    { label: '$(clock) Change duration…', description: `now ${target.duration} working days`, pick: days('New duration in working days', target.duration, 'duration') },
    { label: '$(close) Cancel', description: 'descope it', pick: async () => ({ change: { kind: 'cancel', task } }) },
    { label: '$(add) Add work after…', description: 'a follow-up task that waits for it', pick: days('Working days of added work', 5, 'addAfter') },
  ];
  if (target.scenarios.length > 0) {
    items.push({ label: 'Scenarios of the file', kind: vscode.QuickPickItemKind.Separator, pick: async () => undefined });
    for (const s of target.scenarios) items.push({ label: `$(beaker) ${s.name}`, description: s.id, pick: async () => ({ scenarioId: s.id }) });
  }
  const picked = await vscode.window.showQuickPick(items, { title: `What if: ${target.name}`, placeHolder: 'Which change? Nothing is written until you click Apply.' });
  return picked?.pick();
}

/** Undefined when valid; otherwise what to type. */
export function validateDays(value: string): string | undefined {
  const text = value.trim();
  return /^\d+$/.test(text) && Number(text) <= MAX_DAYS ? undefined : `A whole number of working days from 0 to ${MAX_DAYS}`;
}
