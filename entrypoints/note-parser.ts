import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { parseInline } from '@/utils/formats/note-inline';
import { leaveInlineParser } from '@/utils/sidebar/parser-handoff';

// Run by the background beside the sidebar (same content-script world): notes' inline Markdown.
export default defineUnlistedScript(() => leaveInlineParser(parseInline));
