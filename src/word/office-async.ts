// The common API (customXmlParts, settings) uses callbacks; these wrap them as promises that reject with
// the Office error, so callers handle both APIs the same way.

export class OfficeAsyncError extends Error {
  constructor(
    readonly code: number | string,
    message: string,
  ) {
    super(message);
  }
}

export function officeAsync<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      // Office.AsyncResultStatus.Succeeded is the string "succeeded" in every host.
      if (String(result.status) === "succeeded") resolve(result.value);
      else reject(new OfficeAsyncError(result.error?.code ?? "unknown", result.error?.message ?? "Office error"));
    });
  });
}
