import { bodySizeProblem } from '@/lib/recaps/draft-size';
import { describeSaveFailure } from './save-failure';
import type { DraftContent, SaveFn, SaveState, SaveStatus } from './types';

export interface AutosaveListener {
  status(status: SaveStatus): void;
  version(version: number): void;
}

/** `current` is false when the text changed while the save was in flight. */
export type ResultHandler = (result: SaveState, current: boolean) => void;

export const AUTOSAVE_DELAY = 2500;
const MAX_BACKOFF = 30_000;

/**
 * The save loop, kept out of React so its bookkeeping (revisions, the one
 * request in flight, backoff) never depends on render timing. Text is only
 * ever read from `content`, which the editor replaces on every change, so a
 * failed or overlapping save can never drop what was typed.
 */
export class AutosaveController {
  private content: DraftContent;
  private revision = 0;
  private savedRevision = 0;
  private inFlight = false;
  private again = false;
  private paused = false;
  private disposed = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private handleResult: ResultHandler = () => {};
  /** The version whose text the editor holds edits of; stays behind `version` after keepMine. */
  private startedFrom: number;

  constructor(
    private readonly save: SaveFn,
    private version: number,
    content: DraftContent,
    private readonly listener: AutosaveListener,
    private readonly delay = AUTOSAVE_DELAY,
  ) {
    this.content = content;
    this.startedFrom = version;
  }

  /** Every edit: remember the text and (re)start the quiet-period timer. */
  change(content: DraftContent): void {
    this.content = content;
    this.revision++;
    if (this.paused) return;
    // While retrying, the backoff timer stays in charge and the failure stays visible.
    if (this.attempt > 0) return;
    if (!this.inFlight) this.listener.status({ kind: 'dirty' });
    this.schedule(this.delay);
  }

  /** Save now (button, Ctrl/Cmd+S, blur). Does nothing when there is nothing new. */
  flush = (): void => {
    void this.run();
  };

  /**
   * After a conflict: save this text over theirs, based on their version. Not
   * edited from theirs (`startedFrom` stays), so the server keeps their text
   * as its own revision instead of folding this one into it.
   */
  keepMine(theirVersion: number): void {
    this.version = theirVersion;
    this.listener.version(theirVersion);
    this.paused = false;
    if (this.revision === this.savedRevision) this.revision++;
    void this.run();
  }

  /** After a conflict: the editor now shows their text, which is already saved. */
  replaceWith(version: number, content: DraftContent): void {
    this.version = version;
    this.startedFrom = version;
    this.listener.version(version);
    this.content = content;
    this.paused = false;
    this.attempt = 0;
    this.savedRevision = ++this.revision;
    this.listener.status({ kind: 'clean' });
  }

  onResult(handler: ResultHandler): void {
    this.handleResult = handler;
  }

  /** Mount and unmount (twice in Strict Mode, hence not a one-way switch). */
  attach(): void {
    this.disposed = false;
  }

  dispose(): void {
    clearTimeout(this.timer);
    // Leaving within the quiet period (e.g. a client-side navigation): save what is pending.
    if (!this.paused && this.revision !== this.savedRevision) void this.run();
    this.disposed = true;
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, ms);
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    if (this.paused || this.disposed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    if (this.revision === this.savedRevision) return;
    // Over the size limit the server would refuse it (or Next would, before the
    // action runs, with nothing but a failed request): say why, keep the text.
    const tooLarge = bodySizeProblem(this.content.body);
    if (tooLarge) {
      this.listener.status({ kind: 'error', message: tooLarge });
      return;
    }
    const revision = this.revision;
    this.inFlight = true;
    this.again = false;
    this.listener.status({ kind: 'saving' });
    let result: SaveState;
    try {
      result = await this.save({ baseVersion: this.version, startedFrom: this.startedFrom, fields: this.content.fields, body: this.content.body });
    } catch (error) {
      // Network or server failure: back off and try again with whatever the text is by then.
      // A refusal that names its reason would only repeat: show it and wait for an edit.
      this.inFlight = false;
      if (this.paused || this.disposed) return;
      const refused = describeSaveFailure(error);
      if (refused) {
        this.attempt = 0;
        this.listener.status({ kind: 'error', message: refused });
        return;
      }
      this.attempt++;
      this.listener.status({ kind: 'retrying', attempt: this.attempt });
      this.schedule(Math.min(MAX_BACKOFF, 1000 * 2 ** (this.attempt - 1)));
      return;
    }
    this.inFlight = false;
    this.attempt = 0;
    const current = revision === this.revision;
    if (result.status === 'saved') {
      this.version = result.version;
      this.startedFrom = result.version;
      this.savedRevision = revision;
      this.listener.version(result.version);
      this.handleResult(result, current);
      if (current) this.listener.status({ kind: 'saved', at: result.savedAt });
      else {
        // Typed during the save: that text is still unsaved. An explicit request meanwhile saves it at once.
        this.listener.status({ kind: 'dirty' });
        this.schedule(this.again ? 0 : this.delay);
      }
    } else if (result.status === 'conflict') {
      this.paused = true;
      this.handleResult(result, current);
      this.listener.status({ kind: 'conflict' });
    } else {
      // Refused (e.g. a field too long): retrying the same text would fail again, so wait for the next edit.
      this.handleResult(result, current);
      this.listener.status({ kind: 'error', message: result.message });
    }
  }
}
