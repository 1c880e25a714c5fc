/** Resolves once the browser is idle after the first screen (or after a short delay where idle callbacks are missing). */
export function afterFirstScreen(): Promise<void> {
  return new Promise((resolve) => {
    const w = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void };
    if (w.requestIdleCallback) w.requestIdleCallback(() => resolve(), { timeout: 800 });
    else setTimeout(resolve, 200);
  });
}
