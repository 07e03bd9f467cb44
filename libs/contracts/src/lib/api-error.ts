/** The one error body every API endpoint returns (STYLE.md), in the caller's language. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Field name → message, for input that failed validation. */
  fields?: Record<string, string>;
}
