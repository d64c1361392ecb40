import { describe, expect, it } from 'vitest';
import { changeSignal, DEFAULT_SIGNALS, signalHash } from '../../crawler/detect/signal.ts';

describe('change signals from page metadata', () => {
  it('reads gov.cn lastmodifiedtime and the usual "modified" metas, in either attribute order', () => {
    expect(changeSignal('<html><head><meta name="lastmodifiedtime" content="2024-04-19-17:05:40"></head>')).toBe('lastmodifiedtime=2024-04-19-17:05:40');
    expect(changeSignal(`<head><meta content='2025-01-02T10:00:00Z' property='article:modified_time'/></head>`)).toBe(
      'article:modified_time=2025-01-02T10:00:00Z',
    );
    expect(changeSignal('<head><meta name=dcterms.modified content=2024-05-01></head>')).toBe('dcterms.modified=2024-05-01');
  });

  it('publication dates are not a change signal unless a source names them', () => {
    const page = '<head><meta name="PubDate" content="2024-06-12 10:00"><meta name="firstpublishedtime" content="2024-06-12-10:00:00"></head>';
    expect(changeSignal(page)).toBeNull();
    expect(changeSignal(page, ['PubDate'])).toBe('PubDate=2024-06-12 10:00');
    expect(DEFAULT_SIGNALS).not.toContain('PubDate');
  });

  it('only the head counts; empty values and pages without metadata give none', () => {
    expect(changeSignal('<head></head><body><meta name="lastmodifiedtime" content="2024-01-01"></body>')).toBeNull();
    expect(changeSignal('<head><meta name="lastmodifiedtime" content=""></head>')).toBeNull();
    expect(changeSignal('<p>no head at all</p>')).toBeNull();
  });

  it('hashes differ per value and never equal a body hash of the same text', () => {
    expect(signalHash('lastmodifiedtime=1')).not.toBe(signalHash('lastmodifiedtime=2'));
    expect(signalHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
