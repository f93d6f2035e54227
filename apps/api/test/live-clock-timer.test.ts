import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adjustableClock } from '../src/core/clock.ts';
import { answerUrl, createDeskTeam, writeAndSubmit } from './support/answering.ts';
import { createExchange } from './support/fixtures.ts';
import { type LiveApp, startLiveApps } from './support/live-app.ts';
import { openSse } from './support/live-stream.ts';
import { createStaff, type StaffClient, signIn } from './support/staff.ts';
import { addQuestion } from './support/triage.ts';

/** The wall clock, shaped as the tests' clock; these tests wait for real seconds. */
function wallClock() {
  const clock = adjustableClock();
  return {
    now: clock.now,
    set: clock.setNow,
    advance: (ms: number) => clock.setNow(new Date(clock.now().getTime() + ms)),
  };
}

let live: Awaited<ReturnType<typeof startLiveApps>>;
let team: Awaited<ReturnType<typeof createDeskTeam>>;
let first: LiveApp;
let second: LiveApp;
let admin: StaffClient;

beforeAll(async () => {
  // Two instances, each with its own clock running by itself, as in production.
  live = await startLiveApps(2, { clock: wallClock(), env: { LIVE_CLOCK: 'on' } });
  [first, second] = live.apps as [LiveApp, LiveApp];
  team = await createDeskTeam(first);
  await createStaff(first.prisma, {
    tenantSlug: 'hanoi',
    email: 'admin@hanoi.test',
    roles: ['admin'],
  });
  admin = await signIn(first, 'hanoi', 'admin@hanoi.test');
});
afterAll(async () => {
  await live?.close();
});

describe('the live clock, running by itself on two instances', () => {
  it('brings a pre-answer to viewers of both at the opening second, once, and not before', async () => {
    const created = await createExchange(first.prisma, {
      tenantSlug: 'hanoi',
      kind: 'announced',
      now: first.clock.now(),
    });
    const question = await addQuestion(first.prisma, {
      exchangeId: created.id,
      title: 'Thời hạn sử dụng đất nông nghiệp',
      status: 'accepted',
    });
    await writeAndSubmit(team.khoa, question.id, '<p>Gia hạn theo Điều 172.</p>');
    const approved = await team.an.request('POST', answerUrl(question.id, 'approve'));
    expect(approved.statusCode, approved.body).toBe(200);

    const viewers = await Promise.all(
      [first, second].map((app) =>
        openSse({ port: app.port, path: `/api/exchanges/${created.id}/events` }),
      ),
    );

    // Through the first instance, the admin brings the opening forward to two seconds from
    // now; the second instance's clock, asleep until the old time, must hear of it.
    const liveStartsAt = new Date(Date.now() + 2_000);
    const current = (await admin.request('GET', `/api/admin/exchanges/${created.id}`)).json();
    const edit = await admin.request('PUT', `/api/admin/exchanges/${created.id}`, {
      title: current.title,
      description: current.description,
      fieldSlugs: current.fields.map((field: { slug: string }) => field.slug),
      guests: current.guests,
      ...current.schedule,
      liveStartsAt: liveStartsAt.toISOString(),
    });
    expect(edit.statusCode, edit.body).toBe(200);

    const arrivals = viewers.map((viewer) => viewer.waitForEvents(3, 8_000).then(() => Date.now()));
    for (const arrivedAt of await Promise.all(arrivals)) {
      expect(arrivedAt).toBeGreaterThanOrEqual(liveStartsAt.getTime());
      // The clock sleeps until the due instant; a second is room for a busy test machine.
      expect(arrivedAt - liveStartsAt.getTime()).toBeLessThan(1_000);
    }

    // Give both clocks time to run again: each piece of news is still there once.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const viewer of viewers) {
      expect(viewer.events.map((event) => event.event)).toEqual([
        'exchange.changed',
        'exchange.changed',
        'answer.published',
      ]);
      viewer.close();
    }
  });
});
