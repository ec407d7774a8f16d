import { describe, expect, it } from 'vitest';
import { canonicalize, FormParseError, parseForm, splitKey } from '../../electron/emulators/stripe/form';

describe('Stripe form-body parser', () => {
  it('parses flat pairs with percent-encoding and + as space', () => {
    expect(parseForm('amount=1000&currency=usd&description=Payout+for+%C3%A9t%C3%A9%20%26%20co')).toEqual({
      amount: '1000',
      currency: 'usd',
      description: 'Payout for été & co',
    });
  });

  it('builds hashes from bracket keys (metadata, created ranges)', () => {
    expect(parseForm('metadata[payout_id]=po_1&metadata[creator]=c%201&created[gte]=1700000000&created[lt]=1800000000')).toEqual({
      metadata: { payout_id: 'po_1', creator: 'c 1' },
      created: { gte: '1700000000', lt: '1800000000' },
    });
  });

  it('accepts the indexed arrays stripe-node sends and the [] form', () => {
    expect(parseForm('expand[0]=latest_charge&expand[1]=customer')).toEqual({ expand: ['latest_charge', 'customer'] });
    expect(parseForm('expand[]=a&expand[]=b')).toEqual({ expand: ['a', 'b'] });
    // brackets arrive percent-encoded from some clients
    expect(parseForm('expand%5B0%5D=a')).toEqual({ expand: ['a'] });
  });

  it('builds arrays of hashes', () => {
    expect(parseForm('items[0][price]=p1&items[0][quantity]=2&items[1][price]=p2')).toEqual({
      items: [{ price: 'p1', quantity: '2' }, { price: 'p2' }],
    });
    expect(parseForm('items[][price]=p1&items[][quantity]=2&items[][price]=p2')).toEqual({
      items: [{ price: 'p1', quantity: '2' }, { price: 'p2' }],
    });
  });

  it('keeps metadata a hash even with numeric keys', () => {
    expect(parseForm('metadata[0]=zero&metadata[1]=one')).toEqual({ metadata: { '0': 'zero', '1': 'one' } });
  });

  it('compacts sparse indexes in order', () => {
    expect(parseForm('a[5]=y&a[0]=x')).toEqual({ a: ['x', 'y'] });
  });

  it('treats a bare key and an empty value as the empty string (used to unset metadata)', () => {
    expect(parseForm('metadata=&description')).toEqual({ metadata: '', description: '' });
    expect(parseForm('')).toEqual({});
  });

  it('rejects conflicting shapes, malformed names and prototype keys', () => {
    expect(() => parseForm('a=1&a[b]=2')).toThrow(FormParseError);
    expect(() => parseForm('a[b]=2&a=1')).toThrow(FormParseError);
    expect(() => parseForm('a[0]=1&a[b]=2')).toThrow(FormParseError);
    expect(() => parseForm('a[b=1')).toThrow(FormParseError);
    expect(() => parseForm('[x]=1')).toThrow(FormParseError);
    expect(() => parseForm('__proto__[polluted]=1')).toThrow(FormParseError);
    expect(() => parseForm('a=%E0%A4%A')).toThrow(FormParseError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not confuse inherited Object properties with parameters', () => {
    expect(parseForm('toString[a]=1&hasOwnProperty=2')).toEqual({ toString: { a: '1' }, hasOwnProperty: '2' });
  });

  it('splits keys into segments', () => {
    expect(splitKey('a')).toEqual(['a']);
    expect(splitKey('a[b][]')).toEqual(['a', 'b', '']);
    expect(() => splitKey('a]')).toThrow(FormParseError);
  });

  it('canonicalizes independently of field order but not of array order', () => {
    const a = parseForm('amount=1&metadata[x]=1&metadata[y]=2&expand[0]=p&expand[1]=q');
    const b = parseForm('expand[0]=p&metadata[y]=2&expand[1]=q&amount=1&metadata[x]=1');
    const c = parseForm('amount=1&metadata[x]=1&metadata[y]=2&expand[0]=q&expand[1]=p');
    expect(canonicalize(a)).toBe(canonicalize(b));
    expect(canonicalize(a)).not.toBe(canonicalize(c));
    expect(canonicalize(parseForm('amount=1'))).not.toBe(canonicalize(parseForm('amount=2')));
  });
});
