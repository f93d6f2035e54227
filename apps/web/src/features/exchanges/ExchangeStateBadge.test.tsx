import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../app/i18n.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { ExchangeStateBadge } from './ExchangeStateBadge.tsx';

const CASES = [
  { state: 'announced', intakeOpen: false, vi: 'Sắp diễn ra', en: 'Upcoming' },
  { state: 'announced', intakeOpen: true, vi: 'Đang nhận câu hỏi', en: 'Accepting questions' },
  { state: 'live', intakeOpen: true, vi: 'Đang diễn ra', en: 'Live now' },
  { state: 'ended', intakeOpen: false, vi: 'Đã kết thúc', en: 'Ended' },
] as const;

describe('ExchangeStateBadge', () => {
  it.each(CASES)('labels $state (intake open: $intakeOpen) "$vi"', ({ state, intakeOpen, vi }) => {
    renderWithProviders(<ExchangeStateBadge state={state} intakeOpen={intakeOpen} />);
    expect(screen.getByText(vi)).toBeTruthy();
  });

  it.each(CASES)('labels $state (intake open: $intakeOpen) "$en" in English', async (badge) => {
    await i18n.changeLanguage('en');
    renderWithProviders(<ExchangeStateBadge state={badge.state} intakeOpen={badge.intakeOpen} />);
    expect(screen.getByText(badge.en)).toBeTruthy();
  });
});
