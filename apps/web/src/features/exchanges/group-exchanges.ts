import type { ExchangeSummary } from '@giaoluu/contracts';

export type ExchangeGroups = {
  live: ExchangeSummary[];
  announced: ExchangeSummary[];
  ended: ExchangeSummary[];
};

const startOf = (exchange: ExchangeSummary) => Date.parse(exchange.schedule.liveStartsAt);

/** Live and upcoming soonest first; past ones most recent first, as a reader looks for them. */
export function groupExchanges(items: ExchangeSummary[]): ExchangeGroups {
  const byStart = [...items].sort((a, b) => startOf(a) - startOf(b));

  return {
    live: byStart.filter((exchange) => exchange.state === 'live'),
    announced: byStart.filter((exchange) => exchange.state === 'announced'),
    ended: byStart.filter((exchange) => exchange.state === 'ended').reverse(),
  };
}
