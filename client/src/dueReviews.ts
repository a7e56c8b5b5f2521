import * as vscode from 'vscode';
import { LanguageClient, RequestType } from 'vscode-languageclient/node';

/** One note whose review is due, as the server returns it. */
export interface DueReview {
  uri: string;
  title: string;
  /** Next review date, `YYYY-MM-DD`. */
  nextReview: string;
  /** Days since the next review date: 0 on the day, negative while the date is still ahead. */
  daysOverdue: number;
}

export interface DueReviewsResult {
  items: DueReview[];
}

/** Custom request `notelsp/dueReviews`: the notes whose review is due or due soon, computed by the server. */
export const dueReviewsRequest = new RequestType<Record<string, never>, DueReviewsResult, void>('notelsp/dueReviews');

export async function requestDueReviews(client: LanguageClient): Promise<DueReview[]> {
  const result = await client.sendRequest(dueReviewsRequest, {});
  return result?.items ?? [];
}

/** Lets the user pick one of the due notes and opens it. */
export async function pickDueReview(client: LanguageClient): Promise<void> {
  const items = await requestDueReviews(client);
  if (items.length === 0) {
    void vscode.window.showInformationMessage('NoteLsp: no notes are due for review.');
    return;
  }

  const picks = items.map((item) => ({
    label: item.title,
    description: describeDueDate(item),
    detail: vscode.workspace.asRelativePath(vscode.Uri.parse(item.uri)),
    uri: item.uri,
  }));
  const chosen = await vscode.window.showQuickPick(picks, {
    title: 'NoteLsp: Due Reviews',
    placeHolder: 'Select a note to review',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (chosen) {
    await vscode.window.showTextDocument(vscode.Uri.parse(chosen.uri));
  }
}

function describeDueDate(item: DueReview): string {
  if (item.daysOverdue > 0) {
    return `${item.nextReview}, ${item.daysOverdue} ${item.daysOverdue === 1 ? 'day' : 'days'} overdue`;
  }
  if (item.daysOverdue === 0) {
    return `${item.nextReview}, due today`;
  }
  const daysLeft = -item.daysOverdue;
  return `${item.nextReview}, due in ${daysLeft} ${daysLeft === 1 ? 'day' : 'days'}`;
}

/** Status bar item with the number of due reviews, refreshed on save and on a timer. */
export class DueReviewsStatus implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly timer: NodeJS.Timeout;
  private readonly saveListener: vscode.Disposable;
  private lastError: string | undefined;

  constructor(
    private readonly getClient: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
    refreshIntervalMs: number,
  ) {
    this.item = vscode.window.createStatusBarItem('notelsp.dueReviews', vscode.StatusBarAlignment.Left, 10);
    this.item.name = 'NoteLsp Due Reviews';
    this.item.command = 'notelsp.showDueReviews';
    this.timer = setInterval(() => void this.refresh(), refreshIntervalMs);
    this.saveListener = vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId === 'markdown') {
        void this.refresh();
      }
    });
  }

  async refresh(): Promise<void> {
    const client = this.getClient();
    if (!client || !client.isRunning()) {
      this.item.hide();
      return;
    }

    let items: DueReview[];
    try {
      items = await requestDueReviews(client);
    } catch (error) {
      // The timer retries every few minutes, so log each distinct failure once.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== this.lastError) {
        this.log.warn(`Request notelsp/dueReviews failed: ${message}`);
        this.lastError = message;
      }
      this.item.hide();
      return;
    }
    this.lastError = undefined;

    const due = items.filter((item) => item.daysOverdue >= 0).length;
    const dueSoon = items.length - due;
    this.item.text = dueSoon > 0 ? `$(calendar) ${due} due, ${dueSoon} soon` : `$(calendar) ${due} due`;
    this.item.tooltip =
      items.length === 0
        ? 'NoteLsp: no notes are due for review'
        : `NoteLsp: ${due} ${due === 1 ? 'note is' : 'notes are'} due for review and ${dueSoon} due soon. ` +
          'Click to pick one.';
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.timer);
    this.saveListener.dispose();
    this.item.dispose();
  }
}
