import { Typography } from '@mantine/core';

/**
 * An answer as written by officers, with its formatting. The API contract says this HTML is
 * sanitised by the server, which is the only reason it may be injected here; question text
 * from the public never goes through this component (see PlainText).
 */
export function AnswerHtml({ html }: { html: string }) {
  return (
    <Typography style={{ overflowWrap: 'anywhere' }}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the API, see above */}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
