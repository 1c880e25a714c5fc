// Errors shaped like OfficeExtension.Error ("RichApi.Error"), so add-in code that branches on
// `error.code` or reads `error.debugInfo.errorLocation` behaves here as it would in Word.

export const WordErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  itemNotFound: "ItemNotFound",
  notAllowed: "NotAllowed",
  notImplemented: "NotImplemented",
  searchDialogIsOpen: "SearchDialogIsOpen",
  searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
} as const;

/** Client-side codes of OfficeExtension.ErrorCodes that the fake can raise. */
export const ExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

// Wording close to what Word returns, so logs and snapshots read like the real thing.
const DEFAULT_MESSAGES: Record<string, string> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "An internal error has occurred.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  NotAllowed: "The action isn't allowed in the current state of the document.",
  NotImplemented: "The requested feature isn't implemented.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Word.",
  InvalidObjectPath: "The object path isn't working for what you're trying to do.",
  InvalidRequestContext: "Cannot use the object across different request contexts.",
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
};

export interface FakeErrorDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
}

export class FakeOfficeExtensionError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: FakeErrorDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? DEFAULT_MESSAGES[code] ?? code;
    super(text);
    this.code = code;
    this.debugInfo = { code, message: text };
    if (errorLocation) {
      this.debugInfo.errorLocation = errorLocation;
      this.debugInfo.statement = errorLocation;
    }
  }

  override toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function propertyNotLoaded(property: string): FakeOfficeExtensionError {
  return new FakeOfficeExtensionError(
    ExtensionErrorCodes.propertyNotLoaded,
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function valueNotLoaded(): FakeOfficeExtensionError {
  return new FakeOfficeExtensionError(
    ExtensionErrorCodes.valueNotLoaded,
    `The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.`,
  );
}

/** Error object handed to Office common-API callbacks (`asyncResult.error`). */
export interface FakeAsyncError {
  code: number;
  name: string;
  message: string;
}

export const AsyncErrors = {
  internalError: { code: 5001, name: "Internal Error", message: "An internal error has occurred." },
  invalidXml: { code: 13001, name: "Invalid XML", message: "The XML is not well-formed or is not valid." },
  itemNotFound: { code: 13005, name: "Item Not Found", message: "The custom XML part was not found." },
  permissionDenied: { code: 5009, name: "Permission Denied", message: "The operation isn't allowed because the document is read-only." },
} satisfies Record<string, FakeAsyncError>;
