/** The plan book's HTML, made by pure code: everything from the data is escaped, nothing is loaded. */
import { describe, expect, it } from 'vitest';
import { escapeHtml, printable } from '../../../core/export/planBook/escapeHtml.js';
import { renderPlanBookHtml } from '../../../core/export/planBook/renderPlanBook.js';
import { clip, richTextHtml } from '../../../core/export/planBook/richText.js';
import { cssString } from '../../../core/export/planBook/styles.js';
import type { PlanBookInput, PlanBookRow } from '../../../core/export/planBook/types.js';
import type { AccountId, PostId } from '../../../core/model/index.js';

function row(over: Partial<PlanBookRow> = {}): PlanBookRow {
  return {
    key: 'p1.a1',
    post: {
      id: 'p1' as PostId,
      title: '',
      status: 'approved',
      approvals: [
        { by: 'Claire Dubois', at: '2026-03-12T13:05:00.000Z', decision: 'approved', note: '', contentHash: 'h' },
      ],
    },
    account: {
      id: 'a1' as AccountId,
      displayName: 'Fournils',
      handle: '@fournils',
      network: 'instagram',
      colour: '#aa3366',
    },
    date: '2026-03-16',
    time: '09:30',
    zone: 'Europe/Paris',
    workspaceDate: '2026-03-16',
    text: 'Bonjour #Lyon https://fournils.fr @claire',
    threadParts: [],
    firstComment: '',
    media: [],
    labels: [],
    campaign: null,
    ...over,
  };
}

function input(over: Partial<PlanBookInput> = {}): PlanBookInput {
  return {
    workspace: { name: 'Les Fournils', zone: 'Europe/Paris' },
    selection: {
      from: '2026-03-01',
      to: '2026-03-31',
      locale: 'fr',
      statuses: ['approved', 'scheduled'],
      accounts: [],
      labels: [],
      campaigns: [],
    },
    rows: [row()],
    versionHash: 'abcdef0123456789'.repeat(4),
    generatedAt: '2026-03-10T09:00:00.000Z',
    orientation: 'portrait',
    thumbnails: new Map(),
    ...over,
  };
}

describe('escaping', () => {
  it('escapes HTML and makes control characters visible', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(printable('a\u0007b\u001bc\u0085d\ne\tf')).toBe('a␇b␛c\ufffdd\ne\tf');
    expect(printable('x\ud83dy')).toBe('x\ufffdy');
    expect(printable('👩‍👩‍👧')).toBe('👩‍👩‍👧');
  });

  it('makes CSS strings that cannot close their quotes or the style element', () => {
    const css = cssString('A "b" </style><script>\\');
    expect(css).not.toMatch(/<|>|"b"|\\\\/);
    expect(css.startsWith('"') && css.endsWith('"')).toBe(true);
  });
});

describe('rich text', () => {
  it('styles links, hashtags and mentions as text, never as a link target', () => {
    const html = richTextHtml('Bonjour #Lyon https://fournils.fr @claire\n<b>');
    expect(html).toContain('<span class="tag">#Lyon</span>');
    expect(html).toContain('<span class="link">https://fournils.fr</span>');
    expect(html).toContain('<span class="mention">@claire</span>');
    expect(html).toContain('<br>&lt;b&gt;');
    expect(html).not.toContain('href');
  });

  it('cuts long text on whole graphemes', () => {
    const { text, clipped } = clip('ab👩‍👩‍👧cd', 3);
    expect(text).toBe('ab👩‍👩‍👧');
    expect(clipped).toBe(2);
  });
});

describe('the document', () => {
  it('carries its CSP, A4, the version and the signature block, and loads nothing', () => {
    const html = renderPlanBookHtml(input());
    expect(html).toContain(`content="default-src 'none'; img-src data:;`);
    expect(html).toContain('size: A4 portrait');
    expect(html).toContain('abcdef0123456789abcdef0123456789');
    expect(html).toContain('Validé par\u202f:');
    expect(html).toContain('Validé par <bdi>Claire Dubois</bdi> le 12/03/2026 à 14:05');
    expect(html).not.toMatch(/(src|href)="(?!data:)/);
  });

  it('escapes every field that comes from the workspace', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const html = renderPlanBookHtml(
      input({
        workspace: { name: evil, zone: 'Europe/Paris' },
        selection: { ...input().selection, accounts: [evil], labels: [evil], campaigns: [evil] },
        rows: [
          row({
            text: evil,
            firstComment: evil,
            post: { ...row().post, title: evil, approvals: [{ ...row().post.approvals[0]!, by: evil }] },
            account: { ...row().account, displayName: evil, handle: evil, colour: 'red;background:url(http://x)' },
            media: [{ id: 'm1', name: evil, alt: evil, kind: 'image' }],
            labels: [{ name: evil, colour: '#000000' }],
            campaign: { name: evil, colour: '#000000' },
          }),
        ],
        // Only data: images of the three formats ever reach an <img>.
        thumbnails: new Map([['m1', 'http://example.com/x.png']]),
      }),
    );
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('http://');
    expect(html).not.toContain('url(');
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)?.length).toBeGreaterThan(8);
  });

  it('speaks English with its own words, and turns landscape', () => {
    const html = renderPlanBookHtml(
      input({ orientation: 'landscape', selection: { ...input().selection, locale: 'en' } }),
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Publishing plan');
    expect(html).toContain('Approved by <bdi>Claire Dubois</bdi> on 2026-03-12 at 14:05');
    expect(html).toContain('size: A4 landscape');
    expect(html).toContain('Monday 16 March');
  });

  it('names the week and groups cards by day', () => {
    const html = renderPlanBookHtml(input({ rows: [row(), row({ key: 'p2.a1', workspaceDate: '2026-03-18' })] }));
    expect(html).toContain('Semaine 12 · du 16/03/2026 au 22/03/2026');
    expect(html).toContain('Lundi 16 mars');
    expect(html).toContain('Mercredi 18 mars');
    expect(html).toContain('Mars 2026');
  });
});
