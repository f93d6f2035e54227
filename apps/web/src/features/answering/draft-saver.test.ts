import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../shared/api/api-error.ts';
import { AUTOSAVE_RETRY_MS, DraftSaver, type SaveStatus } from './draft-saver.ts';

function saverWith(save: (html: string) => Promise<unknown>) {
  const statuses: SaveStatus['kind'][] = [];
  const saver = new DraftSaver({
    initial: '<p>a</p>',
    initialSavedAt: null,
    delayMs: 1500,
    save,
    onStatus: (status) => statuses.push(status.kind),
  });
  return { saver, statuses };
}

const problem = (status: number, code: string) =>
  new ApiError(status, { type: 'about:blank', title: code, status, code, detail: code });

describe('DraftSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, 1.5 s after the last change', async () => {
    const save = vi.fn(async () => {});
    const { saver, statuses } = saverWith(save);

    saver.change('<p>ab</p>');
    await vi.advanceTimersByTimeAsync(1000);
    saver.change('<p>abc</p>');
    await vi.advanceTimersByTimeAsync(1499);
    expect(save).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledExactlyOnceWith('<p>abc</p>');
    expect(statuses).toEqual(['dirty', 'saving', 'saved']);
    expect(saver.hasUnsaved).toBe(false);
  });

  it('never sends two saves at once, and sends what was typed meanwhile next', async () => {
    let finish: () => void = () => {};
    const save = vi.fn((_html: string) => new Promise<void>((resolve) => (finish = resolve)));
    const { saver } = saverWith(save);

    saver.change('<p>first</p>');
    const flushed = saver.flush();
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(1));

    // Typed while the first save is on its way: it waits for that one to finish.
    saver.change('<p>second</p>');
    const again = saver.flush();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledTimes(1);

    finish();
    await expect(flushed).resolves.toBe(true);
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    finish();
    await expect(again).resolves.toBe(true);
    expect(save.mock.calls.map(([html]) => html)).toEqual(['<p>first</p>', '<p>second</p>']);
  });

  it('tries again by itself after a network failure, not after a refusal', async () => {
    const save = vi
      .fn<(html: string) => Promise<unknown>>()
      .mockRejectedValueOnce(problem(0, 'network_error'))
      .mockResolvedValueOnce(undefined);
    const { saver, statuses } = saverWith(save);

    saver.change('<p>x</p>');
    await expect(saver.flush()).resolves.toBe(false);
    expect(statuses.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS);
    expect(save).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toBe('saved');

    const refused = saverWith(vi.fn(async () => Promise.reject(problem(409, 'not_claim_holder'))));
    refused.saver.change('<p>y</p>');
    await refused.saver.flush();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS * 3);
    expect(refused.statuses.filter((kind) => kind === 'saving')).toHaveLength(1);
  });

  it('plans nothing more once its editor is gone', async () => {
    const save = vi.fn(async () => Promise.reject(problem(0, 'network_error')));
    const { saver } = saverWith(save);

    saver.change('<p>left behind</p>');
    saver.setActive(false);
    await saver.flush();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS * 3);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
