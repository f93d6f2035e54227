/**
 * sessionStorage that never throws. It lives as long as the tab: enough to survive a reload
 * or a slip of the back button, without leaving personal data on the computer for the next
 * person to find.
 */
export function readSession(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeSession(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Not kept; the form still holds the values.
  }
}

export function removeSession(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}
