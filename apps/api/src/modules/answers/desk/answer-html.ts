import sanitizeHtml from 'sanitize-html';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * What an answer may contain. The answer is shown on the public site as HTML, so anything that
 * can run script or load content (script, style, img, iframe, on* handlers, style attributes)
 * is removed here on the server, whatever the editor sent.
 */
const ANSWER_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'u',
    's',
    'ul',
    'ol',
    'li',
    'a',
    'h3',
    'h4',
    'blockquote',
  ],
  allowedAttributes: { a: ['href', 'rel', 'target'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: safeLink },
  // A link whose address was refused keeps its words but stops being a link.
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/** The answer HTML reduced to the allowed tags; links are absolute and open in a new tab. */
export function sanitizeAnswerHtml(html: string): string {
  return sanitizeHtml(html, ANSWER_HTML).trim();
}

/** Whether the answer says anything once its tags and blank space are gone. */
export function hasAnswerText(html: string): boolean {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim().length > 0;
}

function safeLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const href = absoluteHref(attribs.href);
  if (!href) return { tagName, attribs: {} };
  // Forced on every link: the public page must not hand itself to the linked site
  // (window.opener), nor lend it the department's search ranking.
  return { tagName, attribs: { href, rel: 'noopener noreferrer nofollow', target: '_blank' } };
}

// The URL parser removes the tabs, line breaks and case tricks that hide "javascript:", and a
// relative address has no scheme to check, so only absolute http(s)/mailto addresses remain.
function absoluteHref(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return LINK_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
