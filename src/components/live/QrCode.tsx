/**
 * A QR code for a link, drawn as SVG by the `qrcode` package (loaded on demand) and shown as an
 * image: the link is data, never markup in the page.
 */
import { useEffect, useState } from 'react';
import './liveDialogs.css';

export function QrCode({ text, label }: { text: string; label: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('qrcode').then(async (qr) => {
      const svg = await qr.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      if (!cancelled) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      cancelled = true;
    };
  }, [text]);
  return source ? <img className="qr-code" src={source} alt={label} width={200} height={200} /> : <div className="qr-code" aria-hidden="true" />;
}
