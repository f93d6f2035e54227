import { Box, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Có N câu trả lời mới": stays at the top of the screen while the reader is down in the feed.
 * It takes no room in the page (zero height, the button hangs over the feed), so its coming
 * and going moves nothing; and it sticks within the feed section, so it never covers the
 * question form. The region is always there, empty or not, for screen readers to announce
 * changes politely.
 */
export function NewAnswersIndicator({ count, onShow }: { count: number; onShow: () => void }) {
  const { t } = useTranslation();

  return (
    <Box
      aria-live="polite"
      style={{
        position: 'sticky',
        top: 'var(--mantine-spacing-xs)',
        zIndex: 2,
        height: 0,
        display: 'flex',
        justifyContent: 'center',
        overflow: 'visible',
      }}
    >
      {count > 0 && (
        <Button
          size="sm"
          radius="xl"
          onClick={onShow}
          style={{ boxShadow: 'var(--mantine-shadow-md)' }}
        >
          {t('feed.newAnswers', { count })}
        </Button>
      )}
    </Box>
  );
}
