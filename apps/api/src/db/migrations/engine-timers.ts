/**
 * The engine arms a 10 s timer around its migration lock and never clears it (its glue imports
 * no clearTimeout), so every applyMigrations would keep the process alive 10 s after the database
 * is closed. Timers stay referenced while engine work is in flight, in case one is a real wait,
 * and are unreferenced as soon as no work is.
 */
const pending = new Set<NodeJS.Timeout>();
let activeWork = 0;

export function engineSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    pending.delete(timer);
    callback();
  }, ms);
  if (activeWork === 0) timer.unref();
  else pending.add(timer);
  return timer;
}

export async function trackEngineWork<T>(work: () => Promise<T>): Promise<T> {
  activeWork += 1;
  try {
    return await work();
  } finally {
    activeWork -= 1;
    if (activeWork === 0) {
      for (const timer of pending) timer.unref();
      pending.clear();
    }
  }
}
