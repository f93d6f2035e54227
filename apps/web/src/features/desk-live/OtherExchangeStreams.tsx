import { useStaffExchanges } from '../staff-shell/use-staff-exchanges.ts';
import type { ClaimLoss } from './claim-loss.ts';
import { exchangesToFollow } from './exchanges-to-follow.ts';
import { useDeskEvents } from './use-desk-events.ts';

type FollowOptions = { meId: string; onClaimLost: (loss: ClaimLoss) => void };

/**
 * The staff streams of the exchanges where work is under way, besides `followed` (which the
 * shell follows anyway), for a page that lists questions of every exchange. Shows nothing.
 */
export function OtherExchangeStreams({
  followed,
  ...options
}: FollowOptions & { followed: string | null }) {
  const exchanges = useStaffExchanges();

  return exchangesToFollow(exchanges.data ?? [], followed).map((id) => (
    <DeskStreamFollower key={id} exchangeId={id} {...options} />
  ));
}

function DeskStreamFollower({ exchangeId, ...options }: FollowOptions & { exchangeId: string }) {
  useDeskEvents(exchangeId, options);
  return null;
}
