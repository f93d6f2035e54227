import { isApiError } from '../../shared/api/api-error.ts';

/** Long enough not to save in the middle of a word, short enough that little is ever at risk. */
export const AUTOSAVE_DELAY_MS = 1500;
/** After a failure that time may cure (network, server, lapsed session), try again by itself. */
export const AUTOSAVE_RETRY_MS = 10_000;

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: unknown };

type DraftSaverOptions = {
  initial: string;
  initialSavedAt: string | null;
  delayMs: number;
  save: (html: string) => Promise<unknown>;
  onStatus: (status: SaveStatus) => void;
};

/**
 * Keeps the server's copy of a text in step with what is typed: a save once typing pauses and
 * one at once on flush() (blur, submit, leaving the page). Saves go one at a time, so an older
 * text can never land after a newer one.
 */
export class DraftSaver {
  private latestHtml: string;
  private savedHtml: string;
  private savedAt: string | null;
  private status: SaveStatus;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<boolean> = Promise.resolve(true);
  private active = true;

  constructor(private readonly options: DraftSaverOptions) {
    this.latestHtml = options.initial;
    this.savedHtml = options.initial;
    this.savedAt = options.initialSavedAt;
    this.status = { kind: 'saved', at: options.initialSavedAt };
  }

  get latest(): string {
    return this.latestHtml;
  }

  get hasUnsaved(): boolean {
    return this.latestHtml !== this.savedHtml;
  }

  change(html: string): void {
    this.latestHtml = html;
    if (this.status.kind !== 'saving' && this.status.kind !== 'dirty') {
      this.setStatus({ kind: 'dirty' });
    }
    this.schedule(this.options.delayMs);
  }

  /** Saves now whatever is unsaved; resolves true once the server holds the text as it is. */
  flush(): Promise<boolean> {
    this.cancelTimer();
    this.queue = this.queue.then(() => this.saveLatest());
    return this.queue;
  }

  /** Takes a text as saved, without sending it: a version the server already holds. */
  reset(html: string, at: string | null): void {
    this.cancelTimer();
    this.latestHtml = html;
    this.savedHtml = html;
    this.savedAt = at;
    this.setStatus({ kind: 'saved', at });
  }

  /**
   * Off: the editor is gone. A save already asked for still goes, but nothing is planned
   * any more, so a text left behind can never land over one written later elsewhere.
   */
  setActive(active: boolean): void {
    this.active = active;
    if (!active) this.cancelTimer();
  }

  cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async saveLatest(): Promise<boolean> {
    const html = this.latestHtml;
    if (html === this.savedHtml) {
      if (this.status.kind !== 'failed') this.setStatus({ kind: 'saved', at: this.savedAt });
      return true;
    }

    this.setStatus({ kind: 'saving' });
    try {
      await this.options.save(html);
    } catch (error) {
      this.setStatus({ kind: 'failed', error });
      if (isTransient(error)) this.schedule(AUTOSAVE_RETRY_MS);
      return false;
    }

    this.savedHtml = html;
    this.savedAt = new Date().toISOString();
    if (this.latestHtml === html) {
      this.setStatus({ kind: 'saved', at: this.savedAt });
      return true;
    }
    // Typed while that save was on its way: the newer text is the next to go.
    this.setStatus({ kind: 'dirty' });
    this.schedule(this.options.delayMs);
    return true;
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    if (!this.active) return;
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus(status);
  }
}

function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status >= 500 || error.code === 'not_signed_in';
}
