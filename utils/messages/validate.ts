import type { Runtime } from 'webextension-polyfill';
import { describeRequest, isRequestType, type Envelope } from '@/utils/messages/api';
import { refusal } from '@/utils/messages/request';
import { fail, type Check } from '@/utils/model/validate';

export interface SenderRules {
  extensionId: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionOrigin: string;
}

/**
 * Reads an incoming message, or throws an error the sender can show. Only this extension's
 * own content scripts (in a tab) and pages may ask anything, and each request only from the
 * senders its description allows. The background touches nothing a check did not return.
 */
export function validateRequest(message: unknown, sender: Runtime.MessageSender, rules: SenderRules): Envelope {
  if (sender.id !== rules.extensionId) fail('', 'refused: the message did not come from this extension');
  const fromPage = sender.url?.startsWith(rules.extensionOrigin) ?? false;
  if (!sender.tab && !fromPage) fail('', 'refused: unknown sender');
  if (typeof message !== 'object' || message === null || Array.isArray(message)) fail('', 'expected a request object');
  const { type, payload } = message as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !isRequestType(type)) return fail('type', 'unknown request');
  const description = describeRequest(type);
  const refused = refusal(description.from, sender);
  if (refused) fail('', refused);
  return { type, payload: (description.check as Check<unknown>)(payload, 'payload') } as Envelope;
}
