import { useEffect, useState } from 'react'
import { photoObjectUrl } from '../photos/photoBytes'
import { useData } from './useData'

/**
 * The object URL of a stored photo file, by hash: undefined while it loads, null when the file
 * cannot be read. Read through the bridge (never a path).
 */
export function usePhotoUrl(hash: string): string | null | undefined {
  const { data, bridge } = useData()
  const [state, setState] = useState<{ hash: string; url: string | null } | null>(null)
  useEffect(() => {
    let live = true
    void photoObjectUrl(data.db, bridge, hash).then((url) => {
      if (live) setState({ hash, url })
    })
    return () => {
      live = false
    }
  }, [data.db, bridge, hash])
  return state?.hash === hash ? state.url : undefined
}
