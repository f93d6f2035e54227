import { type RefObject, useEffect, useState } from 'react';

/**
 * Whether the reader has scrolled into the feed, past its top edge: then an item added at the
 * top would push what they are reading down. Measured on scroll and resize, which is cheap
 * enough (one rectangle) and works where IntersectionObserver thresholds would not tell
 * "above the screen" from "below it".
 */
export function useReadingFeed(ref: RefObject<HTMLElement | null>): boolean {
  const [reading, setReading] = useState(false);

  useEffect(() => {
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top;
      setReading(top !== undefined && top < 0);
    };
    measure();
    window.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure, { passive: true });
    return () => {
      window.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [ref]);

  return reading;
}
