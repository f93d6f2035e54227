import { Text, type TextProps } from '@mantine/core';

/**
 * Text typed by a member of the public: rendered as text, never as HTML, keeping the line
 * breaks the person typed.
 */
export function PlainText({ children, ...props }: TextProps & { children: string }) {
  return (
    <Text {...props} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
      {children}
    </Text>
  );
}
