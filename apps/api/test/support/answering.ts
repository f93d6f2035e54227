import type { StaffRole } from '@giaoluu/contracts';
import { expect } from 'vitest';
import { createStaff, type StaffClient, signIn } from './staff.ts';
import { hostOf, type TestApp } from './test-app.ts';

type Person = {
  slug: 'hanoi' | 'danang';
  email: string;
  roles: StaffRole[];
  name: string;
  position?: string;
};

/** The people of the desk: two experts and a leader in Hà Nội, a moderator, and Đà Nẵng staff. */
const TEAM = {
  khoa: { slug: 'hanoi', email: 'khoa@hanoi.test', roles: ['expert'], name: 'Trần Minh Khoa' },
  hoa: { slug: 'hanoi', email: 'hoa@hanoi.test', roles: ['expert'], name: 'Lê Thị Hoa' },
  an: {
    slug: 'hanoi',
    email: 'an@hanoi.test',
    roles: ['leader'],
    name: 'Nguyễn Văn An',
    position: 'Phó Giám đốc Sở',
  },
  thu: { slug: 'hanoi', email: 'thu@hanoi.test', roles: ['moderator'], name: 'Lê Thu' },
  danangExpert: { slug: 'danang', email: 'expert@danang.test', roles: ['expert'], name: 'Võ Nam' },
  danangLeader: { slug: 'danang', email: 'leader@danang.test', roles: ['leader'], name: 'Hồ Lan' },
} satisfies Record<string, Person>;

type Member = keyof typeof TEAM;

/** Creates the team and signs each one in: their ids, and a signed-in client per person. */
export async function createDeskTeam(t: TestApp) {
  const ids = {} as Record<Member, string>;
  const clients = {} as Record<Member, StaffClient>;
  for (const [key, person] of Object.entries(TEAM) as [Member, Person][]) {
    const staff = await createStaff(t.prisma, {
      tenantSlug: person.slug,
      email: person.email,
      roles: person.roles,
      name: person.name,
      ...(person.position ? { position: person.position } : {}),
    });
    ids[key] = staff.id;
    clients[key] = await signIn(t, person.slug, person.email);
  }
  return { ids, ...clients };
}

/** The URL of an answer step of a question: draft, revisions, submit, approve … */
export const answerUrl = (questionId: string, step: string) =>
  `/api/desk/questions/${questionId}/answer/${step}`;

/** The expert's whole path to review: claim, write, send. Each step must succeed. */
export async function writeAndSubmit(expert: StaffClient, questionId: string, html: string) {
  const claim = await expert.request('POST', `/api/desk/questions/${questionId}/claim`);
  expect(claim.statusCode, claim.body).toBe(200);
  const draft = await expert.request('PUT', answerUrl(questionId, 'draft'), { html });
  expect(draft.statusCode, draft.body).toBe(200);
  const submit = await expert.request('POST', answerUrl(questionId, 'submit'));
  expect(submit.statusCode, submit.body).toBe(200);
  return submit.json();
}

/** The titles the public feed of an exchange shows right now. */
export async function feedTitles(t: TestApp, exchangeId: string, slug = 'hanoi') {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/exchanges/${exchangeId}/feed?limit=50`,
    headers: { host: hostOf(slug) },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((item: { title: string }) => item.title) as string[];
}

/** What an asker sees on the tracking page with their code. */
export async function track(t: TestApp, code: string, slug = 'hanoi') {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/track/${code}`,
    headers: { host: hostOf(slug) },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
