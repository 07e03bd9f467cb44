import './test-env';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JobName, MailTemplate, type SendMailPayload, type VolunteerEnquiryReceipt } from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '../src/core/outbox/outbox-message.entity';
import { OutboxRelayService } from '../src/core/outbox/outbox-relay.service';
import { OutboxService } from '../src/core/outbox/outbox.service';
import { loadDemoData } from '../src/demo-data/load-demo-data';
import { SendMailJob } from '../src/notifications/jobs/send-mail.job';
import { buildVolunteerEnquiry } from './factories/volunteer-enquiry.factory';
import { createHttpApp } from './http-app';
import { TestClient } from './test-client';
import { mailsTo, sleep, waitForMailsTo } from './mail-catcher';
import { createOutboxRelay, createWorker } from './worker-app';

/** Nothing listens here: the relay sees what it sees when Redis is stopped. */
const STOPPED_REDIS_URL = 'redis://127.0.0.1:6390/15';
const CLOSED_SMTP_URL = 'smtp://127.0.0.1:1127';

describe('thank-you mail: outbox → worker → BullMQ → SMTP', () => {
  let app: NestFastifyApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await createHttpApp();
    dataSource = app.get(DataSource);
    await loadDemoData(dataSource);
  });

  afterAll(() => app.close());

  async function submitEnquiry(overrides = {}) {
    const enquiry = buildVolunteerEnquiry(overrides);
    const response = await new TestClient(app).post('/api/volunteer-enquiries', enquiry);
    expect(response.statusCode).toBe(201);
    return { enquiry, receipt: response.json<VolunteerEnquiryReceipt>() };
  }

  const outboxRow = (receipt: VolunteerEnquiryReceipt) =>
    dataSource.getRepository(OutboxMessage).findOneByOrFail({ idempotencyKey: `volunteer-enquiry-thanks.${receipt.id}` });

  describe('with the worker running', () => {
    let worker: INestApplicationContext;
    beforeAll(async () => (worker = await createWorker()));
    afterAll(() => worker.close());

    it('sends the Japanese thank-you mail with what the visitor wrote', async () => {
      const { enquiry, receipt } = await submitEnquiry();
      const [mail, ...extra] = await waitForMailsTo(enquiry.email);

      expect(extra).toHaveLength(0);
      expect(mail.subject).toBe('【つなぐ区ボランティアセンター】お問い合わせを受け付けました');
      expect(mail.text).toContain('山田 花子 様');
      expect(mail.text).toContain(enquiry.interests);
      expect(mail.headers['message-id']).toBe(`<volunteer-enquiry-thanks.${receipt.id}@tsunagu.local>`);
      expect((await outboxRow(receipt)).completedAt).not.toBeNull();
    });

    it('writes in English to a visitor who chose English', async () => {
      const { enquiry } = await submitEnquiry({ locale: 'en', name: 'Maria Santos', nameKana: 'マリア サントス' });
      const [mail] = await waitForMailsTo(enquiry.email);
      expect(mail.subject).toBe('[Tsunagu Volunteer Center] We have received your enquiry');
      expect(mail.text).toContain('Dear Maria Santos,');
    });

    it('sends one mail when a message is relayed twice (crash between queueing and marking)', async () => {
      const { enquiry, receipt } = await submitEnquiry();
      await waitForMailsTo(enquiry.email);
      await dataSource.getRepository(OutboxMessage).update({ id: (await outboxRow(receipt)).id }, { relayedAt: null });
      await sleep(1000);
      expect(await mailsTo(enquiry.email)).toHaveLength(1);
    });
  });

  it('keeps the mail while Redis is stopped and sends exactly one copy once it is back', async () => {
    const relayWithoutRedis = await createOutboxRelay({ REDIS_URL: STOPPED_REDIS_URL, OUTBOX_POLL_MS: 60_000 });
    const { enquiry, receipt } = await submitEnquiry();
    await expect(relayWithoutRedis.get(OutboxRelayService).relayPending()).rejects.toThrow();
    await expect(relayWithoutRedis.get(OutboxRelayService).relayPending()).rejects.toThrow();
    await relayWithoutRedis.close();
    expect((await outboxRow(receipt)).relayedAt).toBeNull();
    expect(await mailsTo(enquiry.email)).toHaveLength(0);

    const worker = await createWorker();
    try {
      const mails = await waitForMailsTo(enquiry.email);
      expect(mails).toHaveLength(1);
    } finally {
      await worker.close();
    }
  });

  it('fails the send job when the SMTP server refuses, so BullMQ retries it, and sends nothing twice', async () => {
    const worker = await createWorker({ SMTP_URL: CLOSED_SMTP_URL, OUTBOX_POLL_MS: 60_000 });
    try {
      const key = 'integration-smtp-down.1';
      const payload: SendMailPayload = {
        template: MailTemplate.VolunteerEnquiryThanks,
        to: 'smtp-down@example.jp',
        locale: 'ja',
        params: { name: 'テスト', interests: '見守り', areaName: null },
      };
      await dataSource.transaction((manager) => worker.get(OutboxService).add(manager, JobName.SendMail, payload, key));
      const job = { id: key, name: JobName.SendMail, data: payload } as Parameters<SendMailJob['process']>[0];
      await expect(worker.get(SendMailJob).process(job)).rejects.toThrow();
      expect((await dataSource.getRepository(OutboxMessage).findOneByOrFail({ idempotencyKey: key })).completedAt).toBeNull();
    } finally {
      await worker.close();
    }
  });
});
