/** Errors shaped like OfficeExtension.Error: name "RichApi.Error", a code, debugInfo. */
export type FakeErrorCode =
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "PropertyNotLoaded"
  | "GeneralException"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidReference"
  | "InvalidOperationInCellEditMode"
  | "ActivityLimitReached"
  | "InactiveWorkbook"
  | "AccessDenied"
  | "EmptyChartSeries"
  | "UnsupportedOperation"
  | "ApiNotFound";

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: FakeErrorCode; message: string; errorLocation?: string };
  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export function officeError(code: FakeErrorCode, message: string, where?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, where);
}

export function propertyNotLoaded(prop: string, where: string): FakeOfficeError {
  return officeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    where,
  );
}
