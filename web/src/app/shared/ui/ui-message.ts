/**
 * A message to show: a translation key (re-rendered when the language changes), or text that
 * arrived already worded, such as an API error in the visitor's language.
 */
export interface UiMessage {
  key?: string;
  params?: Record<string, unknown>;
  text?: string;
}
