import { randomInt } from 'node:crypto';
import { TRACKING_ALPHABET, TRACKING_GROUP_LENGTH, TRACKING_GROUPS } from '@giaoluu/contracts';

/** A fresh tracking code from a cryptographic source, e.g. `K7QM-4XPR-9HDT`. */
export function generateTrackingCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < TRACKING_GROUPS; g++) {
    let group = '';
    for (let i = 0; i < TRACKING_GROUP_LENGTH; i++) {
      group += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
    }
    groups.push(group);
  }
  return groups.join('-');
}
