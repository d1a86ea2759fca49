import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

/** A QR code of a URL, drawn by the qrcode package; nothing while it is drawn. */
export function QrImage({ text, size, label }: { text: string; size: number; label: string }) {
  const [src, setSrc] = useState<{ text: string; url: string } | null>(null)
  useEffect(() => {
    let live = true
    void QRCode.toDataURL(text, { margin: 1, width: size * 2, errorCorrectionLevel: 'M' }).then((url) => {
      if (live) setSrc({ text, url })
    })
    return () => {
      live = false
    }
  }, [text, size])
  if (src?.text !== text) return <div style={{ width: size, height: size }} />
  return <img src={src.url} width={size} height={size} alt={label} data-testid="venue-qr" />
}
