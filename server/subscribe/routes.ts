/**
 * Subscription pages, the JSON API and the operator's digest preview, as a
 * server plugin: `createServer(store, { plugins: [subscriptionRoutes(opts)] })`.
 *
 * GET never changes state (mail scanners and link previews follow links):
 * confirm and unsubscribe links show a page whose button POSTs. The signed
 * token in each form is what authorises the POST, so a cross-site form cannot
 * act for a subscriber without it. RFC 8058 one-click: a POST to the
 * List-Unsubscribe URL unsubscribes at once, whatever the body.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App, RequestContext } from '../app.ts';
import { HttpError } from '../http.ts';
import { escapeHtml } from '../../db/escape.ts';
import { DEFAULT_SERVER_URL, DEFAULT_TIMEZONE } from '../../taxonomy/defaults.ts';
import { PATHS, tokenUrl } from '../../newsletter/links.ts';
import type { Mailer } from '../../newsletter/mailer.ts';
import { actionPage, type FormValues, managePage, messagePage, PAGE_CSS, pageStrings, subscribePage } from './pages.ts';
import { PeriodError, parseWeek, previousWeek } from '../../newsletter/period.ts';
import { previewDigest } from '../../newsletter/send.ts';
import {
  applyChange,
  authenticate,
  deleteData,
  exportData,
  type FlowDeps,
  InputError,
  parseInterests,
  parseSubscription,
  setPaused,
  subscribe,
  unsubscribe,
  updatePreferences,
  confirm as confirmFlow,
} from '../../newsletter/subscriptions.ts';
import { loadVocabulary, type Vocabulary } from '../../newsletter/taxonomy.ts';
import { clientIp, type TrustProxy, trustedProxies } from '../../newsletter/client-ip.ts';
import { counterFor, type RateCounter } from '../../newsletter/rate-limit.ts';
import { assertSecret, operatorKey } from '../../newsletter/tokens.ts';
import { parseTargetInput, TargetInputError } from '../../newsletter/channels/target-input.ts';

export interface SubscriptionRoutesOptions {
  /** signs subscriber tokens; defaults to the server's options.secret */
  secret?: string;
  /** base of links in mails; defaults to the server's publicUrl */
  publicUrl?: string;
  /** sends confirmation mails (SMTP or outbox) */
  mailer?: Mailer;
  from?: string;
  timezone?: string;
  maxItems?: number;
  /** subscribe requests per client IP per minute (default 5) */
  ratePerMinute?: number;
  /** at most one confirmation mail per address per this many minutes (default 10; 0: no limit) */
  perAddressMinutes?: number;
  /**
   * the proxies in front of the server, whose X-Forwarded-For entries tell the client's IP
   * (client-ip.ts): their addresses/CIDR ranges, or a hop count; true trusts every hop
   * (only when the proxy replaces the header); unset: the socket's peer, XFF ignored
   */
  trustProxy?: boolean | TrustProxy;
  /** where the limits count (default: the shared database on PostgreSQL, memory on SQLite) */
  counter?: RateCounter;
  vocab?: Vocabulary;
  now?: () => number;
  /** push targets on http://127.0.0.1 allowed (tests, a receiver on this machine); default false */
  allowLoopbackHttp?: boolean;
}

const FORM_LIMIT = 16 * 1024;

function sameString(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Form fields as an object; repeated names (topics checkboxes) become arrays. */
function formObject(body: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(body)) {
    if (k === 'topics') {
      out.topics ??= [];
      (out.topics as string[]).push(v);
    } else out[k] = v;
  }
  return out;
}

function reply(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('Content-Type', type);
  // pages carry tokens: never cache them anywhere
  res.setHeader('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

const htmlType = 'text/html; charset=utf-8';
const jsonType = 'application/json; charset=utf-8';

export function subscriptionRoutes(opts: SubscriptionRoutesOptions = {}) {
  return async (app: App): Promise<void> => {
    const secret = assertSecret(opts.secret ?? app.options.secret);
    const publicUrl = opts.publicUrl ?? app.options.publicUrl ?? DEFAULT_SERVER_URL;
    const vocab = opts.vocab ?? (await loadVocabulary());
    const tz = opts.timezone ?? DEFAULT_TIMEZONE;
    const perMinute = opts.ratePerMinute ?? 5;
    const perAddressMs = (opts.perAddressMinutes ?? 10) * 60_000;
    const trust = trustedProxies(opts.trustProxy === true ? ['0.0.0.0/0', '::/0'] : opts.trustProxy);
    const counter = opts.counter ?? counterFor(app.store, opts.now);
    const knownTopics = new Set(vocab.topicList.map((t) => t.id));

    /** The manage page's push-target actions; a target of another subscriber is treated as absent. */
    const channelAction = async (
      action: string,
      body: Record<string, unknown>,
      subscriberId: number,
    ): Promise<{ ok?: 'channelAdded' | 'channelRemoved' | 'channelResumed'; error?: string }> => {
      if (action === 'channel-add') {
        try {
          const input = parseTargetInput(
            {
              kind: body.kind as string,
              url: body.url as string,
              secret: body.secret as string,
              label: body.label as string,
              schedule: body.schedule as string,
              topics: body.channelTopics as string,
            },
            { allowLoopbackHttp: opts.allowLoopbackHttp, knownTopics },
          );
          await app.store.addChannelTarget({ subscriberId, ...input });
          return { ok: 'channelAdded' };
        } catch (e) {
          if (e instanceof TargetInputError) return { error: `${e.field}: ${e.message}` };
          throw e;
        }
      }
      const id = Number(body.target);
      const t = Number.isSafeInteger(id) && id > 0 ? await app.store.getChannelTarget(id) : null;
      if (!t || t.subscriberId !== subscriberId) return { error: 'no such push target' };
      if (action === 'channel-remove') {
        await app.store.removeChannelTarget(t.id);
        return { ok: 'channelRemoved' };
      }
      if (action === 'channel-resume') {
        await app.store.updateChannelTarget(t.id, { status: 'active', pauseReason: null, failures: 0 });
        return { ok: 'channelResumed' };
      }
      throw new HttpError(400, 'bad_action', `unknown action ${action}`);
    };
    const mayMail = async (email: string) => perAddressMs <= 0 || (await counter.hit(`subscribe-mail:${email}`, perAddressMs)).hits <= 1;
    const deps: FlowDeps = { store: app.store, secret, publicUrl, mailer: opts.mailer, from: opts.from, now: opts.now, mayMail };
    const opKey = operatorKey(secret);

    /** Runs a handler; turns HttpError/InputError into a page or JSON error. */
    const wrap =
      (json: boolean, fn: (ctx: RequestContext) => Promise<void>) =>
      async (ctx: RequestContext): Promise<void> => {
        try {
          await fn(ctx);
        } catch (err) {
          let status = 500;
          let code = 'internal';
          let message = 'internal error';
          let field: string | undefined;
          if (err instanceof InputError) [status, code, message, field] = [400, 'invalid_input', err.message, err.field];
          else if (err instanceof HttpError) [status, code, message, field] = [err.status, err.code, err.message, err.parameter];
          else process.stderr.write(`subscriptions: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
          if (ctx.res.headersSent) return void ctx.res.destroy();
          // a body left unread (too slow, too large) cannot be followed by another request on this connection
          if (status === 408 || status === 413) ctx.res.setHeader('Connection', 'close');
          if (json) reply(ctx.res, status, jsonType, JSON.stringify({ error: { status, code, message, ...(field ? { field } : {}) } }));
          else {
            const s = pageStrings(ctx.lang);
            reply(ctx.res, status, htmlType, messagePage(ctx.lang, status === 400 ? s.errorTitle : status === 429 ? s.tooMany : 'Error', message));
          }
        }
      };

    const checkRate = async (ctx: RequestContext) => {
      const { hits, resetMs } = await counter.hit(`subscribe-ip:${clientIp(ctx.req, trust)}`, 60_000);
      if (hits > perMinute) {
        ctx.res.setHeader('Retry-After', String(Math.max(1, Math.ceil(resetMs / 1000))));
        throw new HttpError(429, 'rate_limited', pageStrings(ctx.lang).tooMany);
      }
    };

    const invalidLink = (ctx: RequestContext) => {
      const s = pageStrings(ctx.lang);
      reply(ctx.res, 400, htmlType, messagePage(ctx.lang, s.invalidTitle, s.invalidText));
    };

    const formBody = async (ctx: RequestContext) => {
      const type = String(ctx.req.headers['content-type'] ?? '');
      const text = await ctx.text(FORM_LIMIT);
      // RFC 8058 allows multipart bodies for the one-click POST; nothing in them is needed
      return type.startsWith('multipart/') ? {} : formObject(text);
    };

    app.nav.push({ href: PATHS.subscribePage, label: { zh: '订阅周报', en: 'Digest' } });

    app.route('GET', '/subscriptions/style.css', (ctx) =>
      reply(ctx.res, 200, 'text/css; charset=utf-8', PAGE_CSS, { 'Cache-Control': 'public, max-age=3600' }),
    );

    app.route(
      'GET',
      PATHS.subscribePage,
      wrap(false, async (ctx) => reply(ctx.res, 200, htmlType, subscribePage(ctx.lang, vocab, { language: ctx.lang }))),
    );

    app.route(
      'POST',
      PATHS.subscribePage,
      wrap(false, async (ctx) => {
        await checkRate(ctx);
        const raw = await formBody(ctx);
        const s = pageStrings(ctx.lang);
        let input: ReturnType<typeof parseSubscription>;
        try {
          input = parseSubscription(raw, vocab);
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          const r = raw as Record<string, string>;
          const v: FormValues = {
            ...r,
            topics: (raw.topics as string[]) ?? [],
            sendEmpty: r.sendEmpty === 'true',
            language: r.language === 'zh' ? 'zh' : 'en',
          };
          return reply(ctx.res, 400, htmlType, subscribePage(ctx.lang, vocab, v, err.message));
        }
        await subscribe(deps, input);
        const extra = input.unknownProducts.length ? `<p class="hint">${escapeHtml(s.unknownProducts(input.unknownProducts.join(', ')))}</p>` : '';
        reply(ctx.res, 200, htmlType, messagePage(ctx.lang, s.checkInbox, s.checkInboxText(input.email), extra));
      }),
    );

    app.route(
      'POST',
      PATHS.api,
      wrap(true, async (ctx) => {
        await checkRate(ctx);
        const type = String(ctx.req.headers['content-type'] ?? '');
        if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'unsupported_media_type', 'send JSON with Content-Type: application/json');
        const text = await ctx.text(FORM_LIMIT);
        let raw: unknown;
        try {
          raw = JSON.parse(text);
        } catch {
          throw new HttpError(400, 'malformed_json', 'the body is not valid JSON');
        }
        const input = parseSubscription(raw, vocab);
        await subscribe(deps, input);
        // the same answer for new, pending and confirmed addresses: no subscriber enumeration
        reply(
          ctx.res,
          202,
          jsonType,
          JSON.stringify({
            status: 'pending',
            message: 'if the address can receive mail, a confirmation message was sent',
            email: input.email,
            interests: input.interests,
            unknownProducts: input.unknownProducts,
          }),
        );
      }),
    );

    app.route(
      'GET',
      PATHS.confirm,
      wrap(false, async (ctx) => {
        const token = ctx.query.get('token');
        const a = await authenticate(deps, token, ['confirm', 'change']);
        if (!a) return invalidLink(ctx);
        const s = pageStrings(ctx.lang);
        // a change link says what it will set: someone else may have asked for it
        const c = a.change;
        const detail = c
          ? [
              s.changeText,
              `language: ${c.language}`,
              ...Object.entries(c.interests)
                .filter(([, v]) => v.length)
                .map(([k, v]) => `${k}: ${v.join(', ')}`),
            ]
          : [];
        reply(
          ctx.res,
          200,
          htmlType,
          actionPage(ctx.lang, s.confirmTitle, s.confirmText(a.subscriber.email), PATHS.confirm, token!, s.confirmButton, false, detail),
        );
      }),
    );

    app.route(
      'POST',
      PATHS.confirm,
      wrap(false, async (ctx) => {
        const body = await formBody(ctx);
        const token = (body.token as string | undefined) ?? ctx.query.get('token');
        const a = await authenticate(deps, token, ['confirm', 'change']);
        if (!a) return invalidLink(ctx);
        // a change link applies the settings it was sent for; gone meanwhile (used, superseded): invalid
        const sub = a.change ? await applyChange(deps, a.change) : await confirmFlow(deps, a.subscriber);
        if (!sub) return invalidLink(ctx);
        const s = pageStrings(ctx.lang);
        const manage = tokenUrl(publicUrl, PATHS.manage, secret, 'manage', sub, opts.now?.());
        reply(
          ctx.res,
          200,
          htmlType,
          messagePage(ctx.lang, s.confirmedTitle, s.confirmedText, `<p><a href="${escapeHtml(manage)}">${escapeHtml(s.manageLink)}</a></p>`),
        );
      }),
    );

    app.route(
      'GET',
      PATHS.manage,
      wrap(false, async (ctx) => {
        const token = ctx.query.get('token');
        const a = await authenticate(deps, token, ['manage']);
        if (!a) return invalidLink(ctx);
        const targets = await app.store.listChannelTargets({ subscriberId: a.subscriber.id });
        reply(ctx.res, 200, htmlType, managePage(ctx.lang, a.subscriber, token!, vocab, undefined, targets));
      }),
    );

    app.route(
      'POST',
      PATHS.manage,
      wrap(false, async (ctx) => {
        const body = await formBody(ctx);
        const token = body.token as string | undefined;
        const a = await authenticate(deps, token, ['manage']);
        if (!a) return invalidLink(ctx);
        const s = pageStrings(ctx.lang);
        let sub = a.subscriber;
        const action = body.action;
        const targets = () => app.store.listChannelTargets({ subscriberId: sub.id });
        if (typeof action === 'string' && action.startsWith('channel-')) {
          const r = await channelAction(action, body, sub.id);
          const note = r.error ? { error: r.error } : { ok: s[r.ok!] };
          return reply(ctx.res, r.error ? 400 : 200, htmlType, managePage(ctx.lang, sub, token!, vocab, note, await targets()));
        }
        if (action === 'pause' || action === 'resume') sub = await setPaused(deps, sub, action === 'pause');
        else if (action === 'save') {
          try {
            const { interests } = parseInterests(body, vocab);
            const language = body.language === 'zh' ? 'zh' : 'en';
            sub = await updatePreferences(deps, sub, { interests, language, sendEmpty: body.sendEmpty === 'true' || body.sendEmpty === 'on' });
          } catch (err) {
            if (!(err instanceof InputError)) throw err;
            return reply(ctx.res, 400, htmlType, managePage(ctx.lang, sub, token!, vocab, { error: err.message }, await targets()));
          }
        } else throw new HttpError(400, 'bad_action', 'action must be save, pause, resume, channel-add, channel-remove or channel-resume');
        reply(ctx.res, 200, htmlType, managePage(ctx.lang, sub, token!, vocab, { ok: s.saved }, await targets()));
      }),
    );

    app.route(
      'GET',
      PATHS.unsubscribe,
      wrap(false, async (ctx) => {
        const token = ctx.query.get('token');
        const a = await authenticate(deps, token, ['unsubscribe', 'manage']);
        if (!a) return invalidLink(ctx);
        const s = pageStrings(ctx.lang);
        if (a.subscriber.status === 'unsubscribed') return reply(ctx.res, 200, htmlType, messagePage(ctx.lang, s.unsubscribedTitle, s.unsubscribedText));
        reply(
          ctx.res,
          200,
          htmlType,
          actionPage(ctx.lang, s.unsubscribeTitle, s.unsubscribeText(a.subscriber.email), PATHS.unsubscribe, token!, s.unsubscribe, true),
        );
      }),
    );

    app.route(
      'POST',
      PATHS.unsubscribe,
      wrap(false, async (ctx) => {
        const body = await formBody(ctx);
        // one-click (RFC 8058) keeps the token in the URL; the confirmation page's form posts it in the body
        const token = ctx.query.get('token') ?? (body.token as string | undefined);
        const a = await authenticate(deps, token, ['unsubscribe', 'manage']);
        if (!a) return invalidLink(ctx);
        await unsubscribe(deps, a.subscriber);
        const s = pageStrings(ctx.lang);
        reply(ctx.res, 200, htmlType, messagePage(ctx.lang, s.unsubscribedTitle, s.unsubscribedText));
      }),
    );

    app.route(
      'GET',
      PATHS.exportData,
      wrap(true, async (ctx) => {
        const a = await authenticate(deps, ctx.query.get('token'), ['manage']);
        if (!a) throw new HttpError(400, 'invalid_token', 'this link is invalid or has expired');
        reply(ctx.res, 200, jsonType, JSON.stringify(await exportData(deps, a.subscriber), null, 2), {
          'Content-Disposition': 'attachment; filename="policy-radar-subscription.json"',
        });
      }),
    );

    app.route(
      'POST',
      PATHS.deleteData,
      wrap(false, async (ctx) => {
        const body = await formBody(ctx);
        const a = await authenticate(deps, body.token, ['manage']);
        if (!a) return invalidLink(ctx);
        if (body.confirm !== 'yes') throw new HttpError(400, 'not_confirmed', pageStrings(ctx.lang).deleteConfirm);
        await deleteData(deps, a.subscriber);
        const s = pageStrings(ctx.lang);
        reply(ctx.res, 200, htmlType, messagePage(ctx.lang, s.deletedTitle, s.deletedText));
      }),
    );

    app.route(
      'GET',
      PATHS.preview,
      wrap(false, async (ctx) => {
        if (!isOperator(ctx.req, opKey)) {
          ctx.res.setHeader('WWW-Authenticate', 'Basic realm="policy-radar operator", charset="UTF-8"');
          throw new HttpError(401, 'unauthorized', 'operator only: use the key from `policy-radar digest --operator-key` (as Basic password or Bearer token)');
        }
        const email = ctx.query.get('email') ?? '';
        const sub = email ? await app.store.getSubscriberByEmail(email) : null;
        if (!sub) throw new HttpError(404, 'not_found', `no subscriber ${email || '(email= missing)'}`);
        let period: ReturnType<typeof parseWeek>;
        try {
          const week = ctx.query.get('week');
          period = week ? parseWeek(week, tz) : previousWeek(new Date(opts.now?.() ?? Date.now()), tz);
        } catch (err) {
          if (err instanceof PeriodError) throw new HttpError(400, 'bad_week', err.message, 'week');
          throw err;
        }
        const d = await previewDigest(app.store, period, sub, { secret, publicUrl, from: opts.from ?? 'preview@localhost', maxItems: opts.maxItems });
        // the mail's own inline styles need a looser CSP than the site; it has no scripts
        ctx.res.setHeader(
          'Content-Security-Policy',
          "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        );
        reply(ctx.res, 200, htmlType, d.rendered.html);
      }),
    );
  };
}

function isOperator(req: IncomingMessage, key: string): boolean {
  const h = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(h)?.[1];
  if (bearer) return sameString(bearer, key);
  const basic = /^Basic\s+(\S+)$/i.exec(h)?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    return sameString(decoded.slice(decoded.indexOf(':') + 1), key);
  }
  return false;
}
